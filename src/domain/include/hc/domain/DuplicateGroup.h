#pragma once

#include "hc/domain/Customer.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace hc::domain {

/// Why customers look like one person (the rule that found them). Keys (CLI JSON "reason", joined
/// by "+" when several rules found the same customers): "same_mobile", "same_id_number",
/// "same_vin", "plate_owners", "pinyin_phone".
enum class DuplicateReason { SameMobile, SameIdNumber, SameVin, PlateOwners, PinyinPhone };
[[nodiscard]] QString duplicateReasonKey(DuplicateReason reason);

/// One group of likely duplicate customers.
struct DuplicateGroup {
    struct Finding {
        DuplicateReason reason = DuplicateReason::SameMobile;
        QString value;  ///< what they share: the mobile, ID number, VIN, plate, or the pinyin
    };
    std::vector<CustomerId> customerIds;  ///< ascending, at least two
    std::vector<Finding> findings;        ///< in the order of DuplicateReason, at least one
    int score = 0;                        ///< 0–100

    /// The reason keys joined by "+" ("same_mobile+same_id_number").
    [[nodiscard]] QString reasonKey() const;
};

}  // namespace hc::domain
