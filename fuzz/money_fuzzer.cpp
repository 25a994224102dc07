// libFuzzer target: MoneyParser (every option) and the fen formatters, with round trips.
#include "FuzzSupport.h"
#include "hc/domain/MoneyParser.h"

using hc::domain::MoneyParser;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input = hc::fuzz::text(data, size);
    for (const bool negative : {false, true}) {
        for (const bool emptyZero : {false, true}) {
            const MoneyParser::Options options{negative, emptyZero};
            const auto r = MoneyParser::parse(input, options);
            if (!r.fen) {
                continue;
            }
            hc::fuzz::check(r.isAcceptable(), "amount without an acceptable status", input);
            hc::fuzz::check(negative || *r.fen >= 0, "negative amount accepted", input);
            for (const QString& shown :
                 {MoneyParser::formatFenPlain(*r.fen), MoneyParser::formatFen(*r.fen),
                  MoneyParser::formatYuan(*r.fen)}) {
                const auto again = MoneyParser::parse(shown, options);
                hc::fuzz::check(again.fen == r.fen, "formatted amount does not parse back",
                                input + QStringLiteral(" -> ") + shown);
            }
        }
    }
    return 0;
}
