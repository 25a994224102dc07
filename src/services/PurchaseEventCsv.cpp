#include "hc/services/PurchaseEventCsv.h"

#include "UseCase.h"
#include "hc/services/CsvReader.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace hc::services {

namespace {

QDate parseDate(const QString& text) {
    const QString t = text.trimmed();
    if (t.size() == 8) {
        return QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    }
    if (t.size() == 10) {
        return QDate::fromString(t, Qt::ISODate);
    }
    return {};
}

ServiceError bad(const QString& message) {
    return invalidInput(QStringLiteral("events"), message);
}

}  // namespace

Result<std::vector<domain::PurchaseEvent>> PurchaseEventCsv::read(const QString& path,
                                                                  const Columns& columns) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return bad(QCoreApplication::translate("hc::services", "无法读取文件 %1:%2")
                       .arg(path, file.errorString()));
    }
    CsvReader reader(CsvReader::decode(file.readAll()));
    CsvRecord header;
    if (!reader.next(header)) {
        return bad(QCoreApplication::translate("hc::services", "文件 %1 是空的").arg(path));
    }
    QStringList names;
    for (const QString& name : header.fields) {
        names << name.trimmed();
    }
    const auto idColumn = names.indexOf(columns.customer);
    const auto dateColumn = names.indexOf(columns.date);
    const auto amountColumn = names.indexOf(columns.amount);
    for (const auto& [index, name] :
         {std::pair{idColumn, columns.customer}, std::pair{dateColumn, columns.date},
          std::pair{columns.amountOptional ? qsizetype{0} : amountColumn, columns.amount}}) {
        if (index < 0) {
            return bad(
                QCoreApplication::translate("hc::services", "文件 %1 的标题行没有“%2”列(现有列:%3)")
                    .arg(path, name, names.join(QStringLiteral(", "))));
        }
    }
    std::vector<domain::PurchaseEvent> events;
    CsvRecord record;
    while (reader.next(record)) {
        const auto field = [&](qsizetype i) { return record.fields.value(i).trimmed(); };
        bool ok = false;
        const qlonglong id = field(idColumn).toLongLong(&ok);
        if (!ok) {
            return bad(
                QCoreApplication::translate("hc::services", "%1 第 %2 行:客户编号“%3”不是整数")
                    .arg(path)
                    .arg(record.line)
                    .arg(field(idColumn)));
        }
        const QDate date = parseDate(field(dateColumn));
        if (!date.isValid()) {
            return bad(QCoreApplication::translate(
                           "hc::services", "%1 第 %2 行:日期“%3”无效(应为 YYYY-MM-DD 或 YYYYMMDD)")
                           .arg(path)
                           .arg(record.line)
                           .arg(field(dateColumn)));
        }
        double amount = 0.0;
        if (amountColumn >= 0 && !field(amountColumn).isEmpty()) {
            amount = field(amountColumn).toDouble(&ok);
            if (!ok || amount < 0 || !std::isfinite(amount)) {
                return bad(QCoreApplication::translate("hc::services", "%1 第 %2 行:金额“%3”无效")
                               .arg(path)
                               .arg(record.line)
                               .arg(field(amountColumn)));
            }
        }
        events.push_back(domain::PurchaseEvent{id, date, amount});
    }
    return events;
}

}  // namespace hc::services
