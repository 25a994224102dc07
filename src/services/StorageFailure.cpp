#include "StorageFailure.h"

#include "hc/storage/StorageError.h"

#include <QCoreApplication>

namespace hc::services {

ServiceError storageFailure(const storage::StorageError& e, const QString& consequence) {
    ServiceError err;
    switch (e.kind()) {
        case storage::StorageError::Kind::Busy:
            err.code = ServiceError::Code::Busy;
            err.message =
                QCoreApplication::translate("hc::services", "数据库正被其他程序使用,请稍后再试。");
            break;
        case storage::StorageError::Kind::Corrupt:
            err.code = ServiceError::Code::Damaged;
            err.message =
                QCoreApplication::translate("hc::services", "数据库文件已损坏或不是回厂数据库。");
            break;
        case storage::StorageError::Kind::Schema:
            err.code = ServiceError::Code::Damaged;
            err.message =
                QCoreApplication::translate("hc::services", "数据库版本不对:%1").arg(e.message());
            break;
        case storage::StorageError::Kind::ReadOnly:
            err.message = QCoreApplication::translate("hc::services", "无法打开或写入数据库文件:%1")
                              .arg(e.message());
            break;
        case storage::StorageError::Kind::Full:
            err.message = QCoreApplication::translate("hc::services", "磁盘已满。");
            break;
        case storage::StorageError::Kind::Constraint:
            err.code = ServiceError::Code::Duplicate;
            err.message = QCoreApplication::translate("hc::services", "数据与已有记录冲突:%1")
                              .arg(e.message());
            break;
        default:
            err.message =
                QCoreApplication::translate("hc::services", "数据库出错:%1").arg(e.message());
            break;
    }
    if (!consequence.isEmpty()) {
        err.message += QLatin1Char(' ') + consequence;
    }
    err.detail = QString::fromUtf8(e.what());
    return err;
}

}  // namespace hc::services
