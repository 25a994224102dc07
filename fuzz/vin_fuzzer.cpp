// libFuzzer target: VinValidator, normalisation (idempotent) and the check digit.
#include "FuzzSupport.h"
#include "hc/domain/VinValidator.h"

using hc::domain::VinValidator;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input = hc::fuzz::text(data, size);
    const QString normal = VinValidator::normalize(input);
    hc::fuzz::check(VinValidator::normalize(normal) == normal, "normalize is not idempotent",
                    input);
    (void)VinValidator::checkDigit(input);
    const auto r = VinValidator::validate(input);
    if (r.isAcceptable()) {
        hc::fuzz::check(r.value.size() == 17, "accepted VIN is not 17 characters", input);
        hc::fuzz::check(VinValidator::checkDigit(r.value).has_value(),
                        "accepted VIN has no check digit", input);
        const auto again = VinValidator::validate(r.value);
        hc::fuzz::check(again.status == r.status && again.value == r.value,
                        "normalised VIN does not validate to itself", input);
    }
    return 0;
}
