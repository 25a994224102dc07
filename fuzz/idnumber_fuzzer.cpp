// libFuzzer target: IdNumberValidator (18 and legacy 15 digits), check character, upgrade, mask.
#include "FuzzSupport.h"
#include "hc/domain/IdNumberValidator.h"

#include <QDate>

using hc::domain::IdNumberValidator;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input = hc::fuzz::text(data, size);
    const QDate today(2026, 6, 15);
    const auto r = IdNumberValidator::validate(input, today);
    (void)IdNumberValidator::checkCharacter(input);
    (void)IdNumberValidator::maskIdNumber(input);
    const auto upgraded = IdNumberValidator::upgradeTo18(input);
    if (upgraded) {
        hc::fuzz::check(upgraded->size() == 18, "upgraded number is not 18 characters", input);
    }
    if (r.isAcceptable()) {
        hc::fuzz::check(r.birthday.has_value() && r.birthday->isValid() && *r.birthday <= today,
                        "accepted number without a valid past birthday", input);
        hc::fuzz::check(r.gender.has_value(), "accepted number without a gender", input);
        if (r.value.size() == 18) {
            const auto c = IdNumberValidator::checkCharacter(r.value.left(17));
            hc::fuzz::check(c.has_value() && *c == r.value.at(17), "wrong check character", input);
        }
        const auto again = IdNumberValidator::validate(r.value, today);
        hc::fuzz::check(again.status == r.status && again.birthday == r.birthday,
                        "normalised number does not validate to itself", input);
        const QString masked = IdNumberValidator::maskIdNumber(r.value);
        hc::fuzz::check(masked.size() == r.value.size() && masked != r.value,
                        "mask changes the length or hides nothing", input);
    }
    return 0;
}
