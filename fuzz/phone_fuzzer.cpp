// libFuzzer target: PhoneValidator, masking and tails; a normalised number validates to itself.
#include "FuzzSupport.h"
#include "hc/domain/PhoneValidator.h"

using hc::domain::PhoneValidator;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input = hc::fuzz::text(data, size);
    const auto r = PhoneValidator::validate(input);
    (void)PhoneValidator::maskPhone(input);
    (void)PhoneValidator::phoneTail(input);
    for (const int count : {-1, 0, 4, 11, 40}) {
        (void)PhoneValidator::phoneTail(r.value, count);
    }
    if (r.isAcceptable()) {
        const auto again = PhoneValidator::validate(r.value);
        hc::fuzz::check(again.isAcceptable() && again.value == r.value && again.kind == r.kind,
                        "normalised phone does not validate to itself", input);
        const QString masked = PhoneValidator::maskPhone(r.value);
        hc::fuzz::check(masked != r.value || r.value.isEmpty(), "mask shows the whole number",
                        input);
    }
    return 0;
}
