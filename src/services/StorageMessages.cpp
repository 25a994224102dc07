#include "hc/services/StorageMessages.h"

#include "hc/storage/StorageError.h"

#include <QCoreApplication>

namespace hc::services {

ServiceError StorageMessages::describe(const storage::StorageError& e) {
    using Kind = storage::StorageError::Kind;
    ServiceError err;
    err.detail = QString::fromUtf8(e.what());
    switch (e.kind()) {
        case Kind::Busy:
            err.code = ServiceError::Code::Busy;
            err.message =
                QCoreApplication::translate("hc::services", "数据库正被其他程序占用,请稍后重试");
            break;
        case Kind::Corrupt:
            err.code = ServiceError::Code::Damaged;
            err.message =
                QCoreApplication::translate("hc::services", "数据库文件已损坏或不是回厂数据库");
            break;
        case Kind::Schema:
            err.code = ServiceError::Code::Damaged;
            err.message = QCoreApplication::translate(
                "hc::services", "数据库结构与本程序版本不符,请升级回厂或从备份恢复");
            break;
        case Kind::Constraint: {
            const int ext = e.sqliteCode();
            // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
            const bool unique =
                ext == 2067 || ext == 1555 || e.message().contains(QStringLiteral("UNIQUE"));
            err.code = unique ? ServiceError::Code::Duplicate : ServiceError::Code::Invalid;
            err.message =
                unique ? QCoreApplication::translate("hc::services", "该记录已存在,不能重复保存")
                       : QCoreApplication::translate("hc::services", "数据不符合要求,未保存");
            break;
        }
        case Kind::NotFound:
            err.code = ServiceError::Code::NotFound;
            err.message = QCoreApplication::translate("hc::services", "记录不存在,可能已被删除");
            break;
        case Kind::Full:
            err.code = ServiceError::Code::Failed;
            err.message = QCoreApplication::translate("hc::services", "磁盘已满,数据未保存");
            break;
        case Kind::ReadOnly:
            err.code = ServiceError::Code::Failed;
            err.message = QCoreApplication::translate(
                "hc::services", "无法打开或写入数据库文件,请检查文件夹和访问权限");
            break;
        case Kind::Configuration:
        case Kind::Other:
            err.code = ServiceError::Code::Failed;
            err.message = QCoreApplication::translate("hc::services", "数据库操作失败");
            break;
    }
    return err;
}

}  // namespace hc::services
