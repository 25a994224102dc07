#include "Commands.h"

#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QCoreApplication>

namespace hc::cli {

int runInit(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, QStringLiteral("init"), {}, 0, 0, &code)) {
        return code;
    }
    const auto db = openDatabase(ctx, true, true);
    if (!db) {
        return kExitFailure;
    }
    try {
        const int version = db->schemaVersion();
        out(QCoreApplication::translate("hc::cli", "数据库已就绪:%1\n结构版本:%2\n")
                .arg(ctx.dbPath)
                .arg(version));
    } catch (const storage::StorageError& e) {
        err(QCoreApplication::translate("hc::cli", "读取数据库版本失败:%1").arg(e.message()));
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace hc::cli
