#include "hc/services/ImportFileReader.h"

#include "XlsxReader.h"

#include "hc/services/CsvReader.h"

#include <QCoreApplication>

namespace hc::services {

namespace {

/// An OLE2 compound file: the old binary .xls, or an .xlsx protected with a password.
bool isOle(const QByteArray& bytes) {
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

ServiceError oleError() {
    return ServiceError{
        ServiceError::Code::Invalid,
        QCoreApplication::translate(
            "hc::services",
            "这是旧版 .xls 文件或设置了密码的 Excel 文件,无法直接读取。请在 Excel 中打开它,"
            "(去掉密码后)另存为 .xlsx 或 CSV 再导入。"),
        {},
        QStringLiteral("OLE2 compound file")};
}

}  // namespace

bool ImportFileReader::isXlsx(const QByteArray& bytes) {
    // Local file header, or the end record of an empty archive.
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) ||
           bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

Result<QStringList> ImportFileReader::sheets(const QByteArray& bytes) {
    if (isXlsx(bytes)) {
        return XlsxReader::sheets(bytes);
    }
    if (isOle(bytes)) {
        return oleError();
    }
    return QStringList();
}

Result<ImportTable> ImportFileReader::read(const QByteArray& bytes, const QString& sheet) {
    if (isXlsx(bytes)) {
        return XlsxReader::read(bytes, sheet);
    }
    if (isOle(bytes)) {
        return oleError();
    }
    CsvReader::Decoded decoded = CsvReader::decodeChecked(bytes);
    if (!decoded.ok) {  // say where, instead of a misleading "missing columns" later
        return ServiceError{ServiceError::Code::Invalid,
                            decoded.message,
                            {},
                            QStringLiteral("encoding: byte 0x%1 at offset %2")
                                .arg(static_cast<uint>(decoded.byte), 2, 16, QLatin1Char('0'))
                                .arg(decoded.offset)};
    }
    ImportTable table;
    table.format = QStringLiteral("csv");
    table.encoding = CsvReader::encodingName(decoded.encoding);
    // About one record per 64 bytes in a shop's export: room up front, no regrowth.
    table.records.reserve(static_cast<std::size_t>(bytes.size() / 64));
    CsvReader reader(std::move(decoded.text));
    CsvRecord record;
    if (!reader.next(record)) {
        return table;
    }
    table.header = std::move(record.fields);
    table.headerLine = record.line;
    while (reader.next(record)) {
        table.records.push_back(std::move(record));
        record = CsvRecord();
    }
    return table;
}

}  // namespace hc::services
