#include "hc/domain/DuplicateGroup.h"

namespace hc::domain {

QString duplicateReasonKey(DuplicateReason reason) {
    switch (reason) {
        case DuplicateReason::SameMobile:
            return QStringLiteral("same_mobile");
        case DuplicateReason::SameIdNumber:
            return QStringLiteral("same_id_number");
        case DuplicateReason::SameVin:
            return QStringLiteral("same_vin");
        case DuplicateReason::PlateOwners:
            return QStringLiteral("plate_owners");
        case DuplicateReason::PinyinPhone:
            return QStringLiteral("pinyin_phone");
    }
    return {};
}

QString DuplicateGroup::reasonKey() const {
    QStringList keys;
    for (const auto& f : findings) {
        const QString k = duplicateReasonKey(f.reason);
        if (!keys.contains(k)) {
            keys << k;
        }
    }
    return keys.join(u'+');
}

}  // namespace hc::domain
