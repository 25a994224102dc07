// libFuzzer target: PlateValidator, normalisation (idempotent) and search keys.
#include "FuzzSupport.h"
#include "hc/domain/PlateValidator.h"

using hc::domain::PlateValidator;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input = hc::fuzz::text(data, size);
    const QString normal = PlateValidator::normalize(input);
    hc::fuzz::check(PlateValidator::normalize(normal) == normal, "normalize is not idempotent",
                    input);
    const auto r = PlateValidator::validate(input);
    (void)PlateValidator::plateSearchKeys(input);
    if (r.isAcceptable()) {
        const auto again = PlateValidator::validate(r.value);
        hc::fuzz::check(again.isAcceptable() && again.value == r.value && again.kind == r.kind,
                        "normalised plate does not validate to itself", input);
        const QStringList keys = PlateValidator::plateSearchKeys(r.value);
        hc::fuzz::check(!keys.isEmpty() && keys.front() == r.value,
                        "search keys do not start with the plate", input);
    }
    return 0;
}
