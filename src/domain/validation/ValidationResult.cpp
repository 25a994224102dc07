#include "hc/domain/ValidationResult.h"

namespace hc::domain {

QString ValidationResult::message(MessageLanguage language) const {
    return language == MessageLanguage::Zh ? messageZh : messageEn;
}

ValidationResult ValidationResult::ok(const QString& value) {
    return ValidationResult{Status::Ok, value, {}, {}, {}};
}

ValidationResult ValidationResult::warning(const QString& value, const QString& code,
                                           const QString& messageZh, const QString& messageEn) {
    return ValidationResult{Status::Warning, value, code, messageZh, messageEn};
}

ValidationResult ValidationResult::error(const QString& value, const QString& code,
                                         const QString& messageZh, const QString& messageEn) {
    return ValidationResult{Status::Error, value, code, messageZh, messageEn};
}

}  // namespace hc::domain
