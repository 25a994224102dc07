#include "AnalysisCommands.h"
#include "Commands.h"

#include "hc/domain/LoyaltyMatrix.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>

namespace hc::cli {

int runMatrix(CliContext& ctx) {
    int code = kExitOk;
    auto run = startAnalysis(ctx, QStringLiteral("matrix"), {}, &code);
    if (!run) {
        return code;
    }
    const auto result = run->service->matrix(run->asOf);
    if (!result) {
        return serviceFailure(result.error());
    }
    const auto& report = result.value();
    if (!ctx.args.flag(QStringLiteral("json"))) {
        QString text = QCoreApplication::translate("hc::cli", "忠诚度 × 贡献度矩阵,截至 %1\n")
                           .arg(report.asOf.toString(Qt::ISODate));
        for (int i = 0; i < domain::kMatrixCellCount; ++i) {
            const auto cell = static_cast<domain::MatrixCell>(i);
            text += QStringLiteral("  %1: %2\n")
                        .arg(domain::toKey(cell))
                        .arg(report.matrix.count(cell));
        }
        out(text);
        return kExitOk;
    }
    QByteArray json = "{\n  \"as_of\": " + jsonDate(report.asOf) +
                      ",\n  \"from\": " + jsonDate(report.from) + ",\n  \"cells\": {";
    for (int i = 0; i < domain::kMatrixCellCount; ++i) {
        const auto cell = static_cast<domain::MatrixCell>(i);
        json += (i ? ", " : "") + jsonString(domain::toKey(cell)) + ": " +
                QByteArray::number(report.matrix.count(cell));
    }
    json += "}\n}\n";
    outUtf8(json);
    return kExitOk;
}

}  // namespace hc::cli
