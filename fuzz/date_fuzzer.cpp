// libFuzzer target: DateParser (every option) and MileageParser, with round-trip invariants.
#include "FuzzSupport.h"
#include "hc/domain/DateParser.h"
#include "hc/domain/MileageParser.h"

using hc::domain::DateParser;
using hc::domain::MileageParser;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input = hc::fuzz::text(data, size);
    for (const bool serial : {false, true}) {
        for (const bool empty : {false, true}) {
            const auto r = DateParser::parse(input, {serial, empty});
            if (!r.date) {
                continue;
            }
            hc::fuzz::check(r.isAcceptable(), "date without an acceptable status", input);
            hc::fuzz::check(r.date->isValid(), "invalid QDate returned", input);
            const QString iso = r.date->toString(Qt::ISODate);
            hc::fuzz::check(r.value == iso, "normalised value is not ISO", input);
            const auto again = DateParser::parse(iso);
            hc::fuzz::check(again.date == r.date, "ISO value does not parse back", iso);
        }
    }
    (void)DateParser::toDate(input);

    const auto m = MileageParser::parse(input, {true, 2'000'000});
    if (m.km) {
        hc::fuzz::check(*m.km >= 0, "negative mileage accepted", input);
        const auto again = MileageParser::parse(QString::number(*m.km));
        hc::fuzz::check(again.km == m.km, "mileage does not parse back", input);
    }
    return 0;
}
