#include "AnalysisCommands.h"
#include "Commands.h"

#include "hc/domain/RfmAnalysis.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

namespace hc::cli {

int runRfm(CliContext& ctx) {
    int code = kExitOk;
    auto run = startAnalysis(ctx, QStringLiteral("rfm"), {}, &code);
    if (!run) {
        return code;
    }
    const auto result = run->service->rfm(run->asOf);
    if (!result) {
        return serviceFailure(result.error());
    }
    const auto& report = result.value();
    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = QCoreApplication::translate("hc::cli", "RFM 八类客户,截至 %1(共 %2 位)\n")
                           .arg(report.asOf.toString(Qt::ISODate))
                           .arg(report.rfm.population);
        for (int i = 0; i < domain::kRfmSegmentCount; ++i) {
            const auto segment = static_cast<domain::RfmSegment>(i);
            text += QStringLiteral("  %1: %2\n")
                        .arg(domain::toKey(segment))
                        .arg(report.rfm.count(segment));
        }
        out(text);
        return kExitOk;
    }
    QByteArray json = "{\n  \"as_of\": " + jsonDate(report.asOf) +
                      ",\n  \"from\": " + jsonDate(report.from) +
                      ",\n  \"population\": " + QByteArray::number(report.rfm.population) +
                      ",\n  \"segments\": {";
    for (int i = 0; i < domain::kRfmSegmentCount; ++i) {
        const auto segment = static_cast<domain::RfmSegment>(i);
        json += (i ? ", " : "") + jsonString(domain::toKey(segment)) + ": " +
                QByteArray::number(report.rfm.count(segment));
    }
    // Added key: the population with each customer's segment, in input (id) order.
    json += "},\n  \"customers\": [";
    bool first = true;
    for (const auto& e : report.rfm.entries) {
        json += first ? "\n    " : ",\n    ";
        first = false;
        json += "{\"id\": " + QByteArray::number(static_cast<qlonglong>(e.customerId)) +
                ", \"segment\": " + jsonString(domain::toKey(e.segment)) + "}";
    }
    json += first ? "]\n}\n" : "\n  ]\n}\n";
    outUtf8(json);
    return kExitOk;
}

}  // namespace hc::cli
