#include "AnalysisCommands.h"
#include "Commands.h"

#include "hc/domain/CustomerClass.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/services/CustomerService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

namespace hc::cli {

int runClassify(CliContext& ctx) {
    int code = kExitOk;
    auto run = startAnalysis(ctx, QStringLiteral("classify"), {QStringLiteral("reveal")}, &code);
    if (!run) {
        return code;
    }
    const auto result = run->service->classify(run->asOf);
    if (!result) {
        return serviceFailure(result.error());
    }
    const auto& report = result.value();
    const auto& c = report.counts;
    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = QCoreApplication::translate("hc::cli", "截至 %1 的客户分类\n")
                           .arg(report.asOf.toString(Qt::ISODate));
        text += QCoreApplication::translate(
                    "hc::cli",
                    "客户总数 %1:有效 %2(忠诚 %3,摇摆 %4,流失 %5),无效 %6,未进厂 %7;本期新增 %8\n")
                    .arg(c.customers)
                    .arg(c.valid)
                    .arg(c.loyal)
                    .arg(c.swing)
                    .arg(c.lost)
                    .arg(c.invalid)
                    .arg(c.noVisit)
                    .arg(c.newCustomers);
        for (int i = 0; i < domain::kStageCount; ++i) {
            const auto stage = static_cast<domain::Stage>(i);
            text += QStringLiteral("  %1: %2\n").arg(domain::toKey(stage)).arg(c.stageCount(stage));
        }
        out(text);
        return kExitOk;
    }
    // Phones are masked unless --reveal, which is written to the audit log before the list goes
    // out (PIPL: personal data only where needed, and a record of who took it).
    const bool reveal = ctx.args.flag(QStringLiteral("reveal"));
    if (reveal) {
        services::CustomerService customers(*run->db, services::systemClock());
        if (const auto recorded =
                customers.recordListReveal(cliUser(), QStringLiteral("classify --json --reveal"),
                                           static_cast<int>(report.customers.size()));
            !recorded) {
            return serviceFailure(recorded.error());
        }
    }
    QByteArray json;
    json.reserve(static_cast<qsizetype>(report.customers.size()) * 120 + 512);
    json += "{\n  \"as_of\": " + jsonDate(report.asOf) + ",\n";
    json += "  \"counts\": {\"customers\": " + QByteArray::number(c.customers) +
            ", \"valid\": " + QByteArray::number(c.valid) +
            ", \"invalid\": " + QByteArray::number(c.invalid) +
            ", \"no_visit\": " + QByteArray::number(c.noVisit) +
            ", \"loyal\": " + QByteArray::number(c.loyal) +
            ", \"swing\": " + QByteArray::number(c.swing) +
            ", \"lost\": " + QByteArray::number(c.lost) +
            ", \"new\": " + QByteArray::number(c.newCustomers) + "},\n";
    json += "  \"stages\": {";
    for (int i = 0; i < domain::kStageCount; ++i) {
        const auto stage = static_cast<domain::Stage>(i);
        json += (i ? ", " : "") + jsonString(domain::toKey(stage)) + ": " +
                QByteArray::number(c.stageCount(stage));
    }
    json += "},\n  \"customers\": [";
    bool first = true;
    for (const auto& row : report.customers) {
        json += first ? "\n    " : ",\n    ";
        first = false;
        json +=
            "{\"id\": " + QByteArray::number(static_cast<qlonglong>(row.id)) +
            ", \"name\": " + jsonString(row.name) + ", \"phone\": " +
            (row.phone.isEmpty()
                 ? QByteArray("null")
                 : jsonString(reveal ? row.phone : domain::PhoneValidator::maskPhone(row.phone))) +
            ", \"class\": " + jsonString(domain::toKey(row.cls)) + ", \"stage\": " +
            (row.stage ? jsonString(domain::toKey(*row.stage)) : QByteArray("null")) +
            ", \"new\": " + (row.isNew ? "true" : "false") +
            ", \"last_visit\": " + jsonDate(row.lastVisit) + "}";
    }
    json += first ? "]\n}\n" : "\n  ]\n}\n";
    outUtf8(json);
    return kExitOk;
}

}  // namespace hc::cli
