// TEMP(audit): replaced by h/xlsx at merge
// A minimal ImportFileReader so the import wizard builds and is tested on this branch: CSV only;
// an .xlsx file is refused with "暂不支持". The real reader (CSV and .xlsx) comes from h/xlsx.
#include "hc/services/ImportFileReader.h"

#include "hc/services/CsvReader.h"

#include <QCoreApplication>

namespace hc::services {

namespace {

ServiceError invalid(const QString& message) {
    return ServiceError{ServiceError::Code::Invalid, message, {}, {}};
}

}  // namespace

bool ImportFileReader::isXlsx(const QByteArray& bytes) {
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

Result<QStringList> ImportFileReader::sheets(const QByteArray& bytes) {
    if (isXlsx(bytes)) {
        return invalid(
            QCoreApplication::translate("hc::services", "暂不支持 .xlsx 文件,请另存为 CSV"));
    }
    return QStringList{};
}

Result<ImportTable> ImportFileReader::read(const QByteArray& bytes, const QString& /*sheet*/) {
    if (isXlsx(bytes)) {
        return invalid(
            QCoreApplication::translate("hc::services", "暂不支持 .xlsx 文件,请另存为 CSV"));
    }
    CsvReader::Decoded decoded = CsvReader::decodeChecked(bytes);
    if (!decoded.ok) {
        return invalid(decoded.message);
    }
    ImportTable table;
    table.format = QStringLiteral("csv");
    table.encoding = CsvReader::encodingName(decoded.encoding);
    CsvReader reader(std::move(decoded.text));
    CsvRecord record;
    if (!reader.next(record)) {
        return invalid(QCoreApplication::translate("hc::services", "文件是空的,没有可导入的行。"));
    }
    table.header = record.fields;
    table.headerLine = record.line;
    while (reader.next(record)) {
        table.records.push_back(record);
    }
    return table;
}

}  // namespace hc::services
