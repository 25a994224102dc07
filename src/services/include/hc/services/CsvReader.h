#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace hc::services {

/// One record of a CSV file.
struct CsvRecord {
    int line = 0;                    ///< physical line (1-based) where the record starts
    QStringList fields;              ///< unquoted field values
    QString raw;                     ///< the record's text as in the file, without the line break
    bool unterminatedQuote = false;  ///< a quoted field ran to the end of the file
};

/// RFC 4180 CSV as spreadsheets export it: comma separated, fields optionally in double quotes,
/// quoted fields may contain commas, line breaks and doubled quotes (""); CRLF, LF or CR line
/// ends; blank lines skipped. Lenient: a quote inside an unquoted field is kept as text.
///
/// decode() turns the file's bytes into text: a UTF-8 BOM is removed; the encoding, UTF-8 or
/// GB18030 (a superset of GBK / GB2312, what Excel writes on Chinese Windows), is decided on the
/// whole file's evidence: valid UTF-8 multi-byte sequences against bytes that cannot be UTF-8.
/// decodeChecked() also names the first line and byte that do not fit the chosen encoding.
class CsvReader {
public:
    enum class Encoding { Utf8, Utf8Bom, Gb18030 };

    /// The outcome of decodeChecked().
    struct Decoded {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool ok = true;
        int line = 0;           ///< 1-based line of the first byte that does not fit
        qsizetype column = 0;   ///< 1-based byte position within that line
        qsizetype offset = -1;  ///< 0-based offset in the file
        unsigned char byte = 0;
        QString message;  ///< user-level (hc::services), empty when ok
    };

    explicit CsvReader(QString text);

    /// Reads the next non-blank record; false at the end.
    bool next(CsvRecord& record);

    /// Every record of `text`.
    [[nodiscard]] static std::vector<CsvRecord> parseAll(const QString& text);

    /// Decodes file bytes (see the class comment); `detected` receives the encoding used.
    [[nodiscard]] static QString decode(const QByteArray& bytes, Encoding* detected = nullptr);
    /// As decode(), and says where the bytes do not fit the encoding chosen.
    [[nodiscard]] static Decoded decodeChecked(const QByteArray& bytes);
    /// "UTF-8", "UTF-8 BOM", "GB18030".
    [[nodiscard]] static QString encodingName(Encoding encoding);

    /// One field quoted when needed (comma, quote, line break, leading/trailing space).
    [[nodiscard]] static QString quote(const QString& field);
    /// A record line: fields quoted when needed, joined by commas (no line break).
    [[nodiscard]] static QString formatRecord(const QStringList& fields);

private:
    QString text_;
    qsizetype pos_ = 0;
    int line_ = 1;
};

}  // namespace hc::services
