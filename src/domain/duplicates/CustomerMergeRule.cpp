#include "hc/domain/CustomerMergeRule.h"

namespace hc::domain {

const QStringList& CustomerMergeRule::fields() {
    static const QStringList kFields = {
        QStringLiteral("name"),        QStringLiteral("kind"),
        QStringLiteral("phone"),       QStringLiteral("phone2"),
        QStringLiteral("id_number"),   QStringLiteral("address"),
        QStringLiteral("postal_code"), QStringLiteral("birthday"),
        QStringLiteral("gender"),      QStringLiteral("region"),
        QStringLiteral("source"),      QStringLiteral("attribute"),
        QStringLiteral("behaviour"),   QStringLiteral("decision_style"),
        QStringLiteral("note")};
    return kFields;
}

CustomerMergeRule::Side CustomerMergeRule::defaultChoice(const QString& keptValue,
                                                         const QString& removedValue) {
    return keptValue.trimmed().isEmpty() && !removedValue.trimmed().isEmpty() ? Side::Removed
                                                                              : Side::Kept;
}

}  // namespace hc::domain
