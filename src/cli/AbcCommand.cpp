#include "AnalysisCommands.h"
#include "Commands.h"

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/MoneyParser.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

namespace hc::cli {

int runAbc(CliContext& ctx) {
    int code = kExitOk;
    const QString cmd = QStringLiteral("abc");
    auto run = startAnalysis(ctx, cmd, {QStringLiteral("months")}, &code);
    if (!run) {
        return code;
    }
    std::optional<int> months;
    if (ctx.args.has(QStringLiteral("months"))) {
        bool ok = false;
        months = ctx.args.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || *months <= 0 || *months > 1200) {
            return usageError(
                QCoreApplication::translate("hc::cli", "--months 必须是 1 到 1200 之间的整数"),
                cmd);
        }
    }
    const auto result = run->service->abc(run->asOf, months);
    if (!result) {
        return serviceFailure(result.error());
    }
    const auto& report = result.value();
    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = QCoreApplication::translate("hc::cli", "ABC 分析 %1 至 %2,合计 %3 元\n")
                           .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
                                domain::MoneyParser::formatFen(report.totalFen));
        for (const auto& r : report.rows) {
            text += QStringLiteral("%1\t%2\t%3\t%4%\t%5\n")
                        .arg(r.row.rank)
                        .arg(r.name)
                        .arg(domain::MoneyParser::formatFen(r.row.amountFen))
                        .arg(domain::formatBp(r.row.cumulativeBp), domain::toKey(r.row.grade));
        }
        out(text);
        return kExitOk;
    }
    QByteArray json;
    json.reserve(static_cast<qsizetype>(report.rows.size()) * 110 + 256);
    json += "{\n  \"from\": " + jsonDate(report.from) + ",\n  \"to\": " + jsonDate(report.to) +
            ",\n  \"total_fen\": " + QByteArray::number(static_cast<qlonglong>(report.totalFen)) +
            ",\n  \"customers\": [";
    bool first = true;
    for (const auto& r : report.rows) {
        json += first ? "\n    " : ",\n    ";
        first = false;
        // cumulative_pct is written from the integer basis points: exact, always 2 decimals.
        json += "{\"rank\": " + QByteArray::number(r.row.rank) +
                ", \"id\": " + QByteArray::number(static_cast<qlonglong>(r.row.customerId)) +
                ", \"name\": " + jsonString(r.name) +
                ", \"amount_fen\": " + QByteArray::number(static_cast<qlonglong>(r.row.amountFen)) +
                ", \"cumulative_pct\": " + domain::formatBp(r.row.cumulativeBp).toUtf8() +
                ", \"grade\": " + jsonString(domain::toKey(r.row.grade)) + "}";
    }
    json += first ? "]\n}\n" : "\n  ]\n}\n";
    outUtf8(json);
    return kExitOk;
}

}  // namespace hc::cli
