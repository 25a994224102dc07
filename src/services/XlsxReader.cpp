#include "XlsxReader.h"

#include "ZipArchive.h"

#include "XlsxScanner.h"

#include "hc/services/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTime>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace hc::services {

namespace {

constexpr int kMaxColumns = 16384;  // XFD
constexpr int kMaxRows = 1048576;

ServiceError damaged(const QString& why) {
    return ServiceError{
        ServiceError::Code::Invalid,
        QCoreApplication::translate(
            "hc::services",
            "无法读取这个 .xlsx 文件:%1。文件可能已损坏;请在 Excel 中打开它,另存为 .xlsx 或 CSV "
            "后再导入。")
            .arg(why),
        {},
        why};
}

/// Thrown inside the parser, turned into damaged() at the entry points.
struct Damaged {
    QString why;
};

/// The zip container, read from memory.
class Package {
public:
    explicit Package(const QByteArray& bytes) : bytes_(bytes) {}

    bool open() { return zip_.open(bytes_); }
    [[nodiscard]] bool has(const QString& path) const { return zip_.has(path); }
    [[nodiscard]] const ZipArchive& zip() const { return zip_; }

private:
    QByteArray bytes_;
    ZipArchive zip_;
};

/// A whole part's bytes (the large parts are scanned in memory); throws Damaged when it is
/// missing, cannot be inflated or its checksum fails.
QByteArray partBytes(const Package& package, const QString& path) {
    if (!package.has(path)) {
        throw Damaged{QCoreApplication::translate("hc::services", "缺少 %1").arg(path)};
    }
    QString why;
    auto bytes = package.zip().read(path, &why);
    if (!bytes) {
        throw Damaged{QCoreApplication::translate("hc::services", "无法解压 %1").arg(path)};
    }
    return *std::move(bytes);
}

/// Throws Damaged when the XML of `part` is not well-formed.
void finish(const QXmlStreamReader& xml, const QString& part) {
    if (xml.hasError()) {
        throw Damaged{QCoreApplication::translate("hc::services", "%1 的内容有误(第 %2 行:%3)")
                          .arg(part)
                          .arg(xml.lineNumber())
                          .arg(xml.errorString())};
    }
}

QString attribute(const QXmlStreamReader& xml, QStringView name) {
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == name) {
            return a.value().toString();
        }
    }
    return {};
}

/// The r:id attribute (any relationships namespace).
QString relationId(const QXmlStreamReader& xml) {
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty()) {
            return a.value().toString();
        }
    }
    return {};
}

/// "xl/" + "worksheets/sheet1.xml", "/xl/x.xml", "../x.xml" → a zip entry name.
QString resolve(const QString& baseDir, const QString& target) {
    QStringList parts;
    const QString joined = target.startsWith(u'/') ? target.mid(1) : baseDir + target;
    for (const QString& p : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (p == u"..") {
            if (!parts.isEmpty()) {
                parts.removeLast();
            }
        } else if (p != u".") {
            parts << p;
        }
    }
    return parts.join(u'/');
}

QString directoryOf(const QString& path) {
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash + 1);
}

struct Relationship {
    QString type;  // last segment of the Type URI ("worksheet", "sharedStrings", ...)
    QString target;
};

/// The relationships of `part` (its _rels/NAME.rels), id → (type, resolved target).
QHash<QString, Relationship> relationships(Package& package, const QString& part) {
    QHash<QString, Relationship> out;
    const QString dir = directoryOf(part);
    const QString rels =
        dir + QStringLiteral("_rels/") + part.mid(dir.size()) + QStringLiteral(".rels");
    if (!package.has(rels)) {
        return out;
    }
    // Bytes first: QXmlStreamReader loops on a device that keeps failing.
    QXmlStreamReader xml(partBytes(package, rels));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QString type = attribute(xml, u"Type");
            const QString target = attribute(xml, u"Target");
            if (attribute(xml, u"TargetMode") == u"External") {
                continue;
            }
            out.insert(attribute(xml, u"Id"),
                       Relationship{type.mid(type.lastIndexOf(u'/') + 1), resolve(dir, target)});
        }
    }
    finish(xml, rels);
    return out;
}

struct Workbook {
    struct Sheet {
        QString name;
        QString part;
    };
    std::vector<Sheet> sheets;
    bool date1904 = false;
    QString sharedStrings;
    QString styles;
};

Workbook readWorkbook(Package& package) {
    Workbook wb;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship& r : relationships(package, QString())) {
        if (r.type == u"officeDocument") {
            workbookPart = r.target;
        }
    }
    if (!package.has(workbookPart)) {
        if (package.has(QStringLiteral("content.xml"))) {
            throw Damaged{QCoreApplication::translate(
                "hc::services", "这是 OpenDocument 表格(.ods),不是 Excel 工作簿")};
        }
        throw Damaged{QCoreApplication::translate("hc::services", "压缩包里没有 Excel 工作簿(%1)")
                          .arg(workbookPart)};
    }
    const auto rels = relationships(package, workbookPart);
    const QString dir = directoryOf(workbookPart);
    for (const Relationship& r : rels) {
        if (r.type == u"sharedStrings") {
            wb.sharedStrings = r.target;
        } else if (r.type == u"styles") {
            wb.styles = r.target;
        }
    }
    // Bytes first: QXmlStreamReader loops on a device that keeps failing.
    QXmlStreamReader xml(partBytes(package, workbookPart));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"workbookPr") {
            const QString v = attribute(xml, u"date1904");
            wb.date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            const QString id = relationId(xml);
            const auto it = rels.constFind(id);
            QString part = it != rels.cend() ? it->target : QString();
            if (it == rels.cend()) {  // no relationship: the usual name
                part =
                    dir + QStringLiteral("worksheets/sheet%1.xml").arg(attribute(xml, u"sheetId"));
            } else if (it->type != u"worksheet") {
                part.clear();  // a chart sheet or a macro sheet: no cells to import
            }
            wb.sheets.push_back(Workbook::Sheet{attribute(xml, u"name"), part});
        }
    }
    finish(xml, workbookPart);
    if (wb.sheets.empty()) {
        throw Damaged{QCoreApplication::translate("hc::services", "工作簿里没有工作表")};
    }
    return wb;
}

/// "_x000D_" → U+000D (how Excel stores characters XML cannot hold).
QString decodeEscapes(QString text) {
    if (!text.contains(QStringLiteral("_x"))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
            text.at(i + 6) == u'_') {
            bool ok = false;
            const uint code = QStringView(text).sliced(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(static_cast<char16_t>(code));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

/// The text of a string item (<si> or <is>) the scanner is at: every <t>, phonetic runs (<rPh>)
/// left out. Leaves the scanner at the item's end.
QString stringItem(XlsxScanner& xml) {
    QString text;
    int depth = 0;
    int phonetic = 0;
    for (;;) {
        const auto token = xml.next();
        if (token == XlsxScanner::Token::Start) {
            if (xml.name() == "t") {
                const QString t = xml.elementText();
                if (phonetic == 0) {
                    text += t;
                }
                continue;
            }
            ++depth;
            if (xml.name() == "rPh") {
                ++phonetic;
            }
        } else if (token == XlsxScanner::Token::End) {
            if (depth-- == 0) {
                break;
            }
            if (xml.name() == "rPh") {
                --phonetic;
            }
        } else if (token == XlsxScanner::Token::Done) {
            break;
        }
    }
    return decodeEscapes(std::move(text));
}

QStringList readSharedStrings(Package& package, const QString& part) {
    QStringList strings;
    if (part.isEmpty() || !package.has(part)) {
        return strings;
    }
    XlsxScanner xml(partBytes(package, part));
    try {
        for (auto token = xml.next(); token != XlsxScanner::Token::Done; token = xml.next()) {
            if (token != XlsxScanner::Token::Start) {
                continue;
            }
            if (xml.name() == "sst") {
                const int count = xml.attribute("uniqueCount").toByteArray().toInt();
                strings.reserve(std::clamp(count, 0, 1 << 20));
            } else if (xml.name() == "si") {
                strings << stringItem(xml);
            }
        }
    } catch (const XlsxScanner::Error& e) {
        throw Damaged{part + QStringLiteral(": ") + e.what};
    }
    return strings;
}

/// The kind of every cell style (index = the s attribute of a cell).
std::vector<XlsxReader::FormatKind> readStyles(Package& package, const QString& part) {
    std::vector<XlsxReader::FormatKind> kinds;
    if (part.isEmpty() || !package.has(part)) {
        return kinds;
    }
    QHash<int, QString> custom;
    // Bytes first: QXmlStreamReader loops on a device that keeps failing.
    QXmlStreamReader xml(partBytes(package, part));
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt") {
                custom.insert(attribute(xml, u"numFmtId").toInt(), attribute(xml, u"formatCode"));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = attribute(xml, u"numFmtId").toInt();
                const auto it = custom.constFind(id);
                kinds.push_back(XlsxReader::formatKind(id, it != custom.cend() ? *it : QString()));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    finish(xml, part);
    return kinds;
}

/// "AB12" → column 27 (0-based) and row 12; nullopt when malformed or beyond Excel's grid.
struct CellRef {
    int column = -1;
    int row = 0;
};
std::optional<CellRef> parseRef(QStringView ref) {
    CellRef out;
    qsizetype i = 0;
    int column = 0;
    while (i < ref.size() && ref[i] >= u'A' && ref[i] <= u'Z' && i < 3) {
        column = column * 26 + (ref[i].unicode() - u'A' + 1);
        ++i;
    }
    int row = 0;
    qsizetype digits = 0;
    while (i < ref.size() && ref[i] >= u'0' && ref[i] <= u'9' && digits < 8) {
        row = row * 10 + (ref[i].unicode() - u'0');
        ++i;
        ++digits;
    }
    if (i != ref.size() || column > kMaxColumns || row > kMaxRows) {
        return std::nullopt;
    }
    out.column = column - 1;
    out.row = row;
    return out;
}

struct Merge {
    CellRef first;
    CellRef last;
};

struct SheetData {
    std::vector<std::pair<int, QStringList>> rows;  // sheet row number, cells; non-empty rows
    std::vector<Merge> merges;
    int columns = 0;  // one past the last non-empty column
};

class SheetParser {
public:
    SheetParser(const QStringList& strings, const std::vector<XlsxReader::FormatKind>& kinds,
                bool date1904)
        : strings_(strings), kinds_(kinds), date1904_(date1904) {}

    SheetData parse(QByteArray bytes, const QString& part) {
        try {
            return parse(XlsxScanner(std::move(bytes)), part);
        } catch (const XlsxScanner::Error& e) {
            throw Damaged{part + QStringLiteral(": ") + e.what};
        }
    }

private:
    SheetData parse(XlsxScanner xml, const QString& part) {
        SheetData data;
        int rowNumber = 0;
        QStringList cells;
        bool rowHasText = false;
        int nextColumn = 0;
        for (auto token = xml.next(); token != XlsxScanner::Token::Done; token = xml.next()) {
            if (token == XlsxScanner::Token::Start) {
                const QByteArrayView name = xml.name();
                if (name == "c") {
                    const auto [column, text] = cell(xml, nextColumn);
                    nextColumn = column + 1;
                    if (!text.isEmpty()) {
                        if (cells.size() <= column) {
                            cells.resize(column + 1);
                        }
                        cells[column] = text;
                        rowHasText = true;
                        data.columns = std::max(data.columns, column + 1);
                    }
                } else if (name == "row") {
                    const QByteArrayView r = xml.attribute("r");
                    bool ok = true;
                    const int number = r.isEmpty() ? rowNumber + 1 : r.toByteArray().toInt(&ok);
                    if (!ok || number < 1 || number > kMaxRows) {
                        throw Damaged{
                            QCoreApplication::translate("hc::services", "%1 中的行号“%2”无效")
                                .arg(part, QString::fromUtf8(r))};
                    }
                    rowNumber = number;
                    cells.clear();
                    rowHasText = false;
                    nextColumn = 0;
                } else if (name == "mergeCell") {
                    const QString ref = xml.attributeText("ref");
                    const qsizetype colon = ref.indexOf(u':');
                    const auto a = parseRef(QStringView(ref).first(colon < 0 ? ref.size() : colon));
                    const auto b =
                        parseRef(colon < 0 ? QStringView(ref) : QStringView(ref).sliced(colon + 1));
                    if (a && b && a->column >= 0 && b->column >= a->column && a->row >= 1 &&
                        b->row >= a->row) {
                        data.merges.push_back(Merge{*a, *b});
                    }
                }
            } else if (token == XlsxScanner::Token::End && xml.name() == "row") {
                if (rowHasText) {
                    data.rows.emplace_back(rowNumber, std::move(cells));
                }
                cells = QStringList();
                rowHasText = false;
            }
        }
        return data;
    }

    /// The cell the scanner is at: its column and its text; leaves the scanner at its end.
    std::pair<int, QString> cell(XlsxScanner& xml, int nextColumn) {
        int column = nextColumn;
        if (const QByteArrayView r = xml.attribute("r"); !r.isEmpty()) {
            const auto ref = parseRef(QString::fromLatin1(r));
            if (!ref || ref->column < 0) {
                throw Damaged{QCoreApplication::translate("hc::services", "单元格位置“%1”无效")
                                  .arg(QString::fromUtf8(r))};
            }
            column = ref->column;
        }
        if (column >= kMaxColumns) {
            throw Damaged{QCoreApplication::translate("hc::services", "单元格超出 Excel 的列范围")};
        }
        const QString type = QString::fromLatin1(xml.attribute("t"));
        const QByteArrayView s = xml.attribute("s");
        const int style = s.isEmpty() ? 0 : s.toByteArray().toInt();
        QString value;
        QString inline_;
        bool hasInline = false;
        for (;;) {
            const auto token = xml.next();
            if (token == XlsxScanner::Token::Start) {
                if (xml.name() == "v") {
                    value = xml.elementText();
                } else if (xml.name() == "is") {
                    inline_ = stringItem(xml);
                    hasInline = true;
                } else {
                    xml.skipElement();  // <f>, <extLst>
                }
            } else if (token == XlsxScanner::Token::End || token == XlsxScanner::Token::Done) {
                break;
            }
        }
        return {column, text(type, style, value, inline_, hasInline)};
    }

    QString text(const QString& type, int style, const QString& value, const QString& inlineText,
                 bool hasInline) const {
        if (type == u"s") {
            bool ok = false;
            const int index = value.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= strings_.size()) {
                throw Damaged{
                    QCoreApplication::translate("hc::services", "共享字符串编号“%1”不存在")
                        .arg(value)};
            }
            return strings_.at(index);
        }
        if (type == u"inlineStr" || hasInline) {
            return inlineText;
        }
        if (type == u"str" || type == u"e") {
            return decodeEscapes(value);
        }
        if (type == u"b") {
            return value.isEmpty() ? QString()
                   : value.trimmed() == u"1" || value.trimmed() == u"true"
                       ? QStringLiteral("TRUE")
                       : QStringLiteral("FALSE");
        }
        if (type == u"d") {  // ISO 8601 date cell
            const QString v = value.trimmed();
            return v.size() >= 10 && v.at(4) == u'-' ? v.left(10) : v;
        }
        if (value.isEmpty()) {
            return value;
        }
        const XlsxReader::FormatKind kind =
            style >= 0 && static_cast<std::size_t>(style) < kinds_.size()
                ? kinds_[static_cast<std::size_t>(style)]
                : XlsxReader::FormatKind::Number;
        if (kind != XlsxReader::FormatKind::Number) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            if (ok && std::isfinite(serial)) {
                if (kind == XlsxReader::FormatKind::Date) {
                    const QString iso = XlsxReader::serialToIsoDate(serial, date1904_);
                    if (!iso.isEmpty()) {
                        return iso;
                    }
                } else if (serial >= 0) {
                    const double fraction = serial - std::floor(serial);
                    const auto ms = static_cast<int>(std::llround(fraction * 86400000.0));
                    return QTime(0, 0).addMSecs(ms).toString(QStringLiteral("HH:mm:ss"));
                }
            }
        }
        return XlsxReader::formatNumber(value);
    }

    const QStringList& strings_;
    const std::vector<XlsxReader::FormatKind>& kinds_;
    bool date1904_;
};

/// Copies each merged range's top-left value into the empty cells of the range, in rows that
/// hold data and columns up to the last non-empty one.
void applyMerges(SheetData& data) {
    if (data.merges.empty() || data.rows.empty()) {
        return;
    }
    auto rowAt = [&](int number) -> QStringList* {
        const auto it = std::lower_bound(
            data.rows.begin(), data.rows.end(), number,
            [](const std::pair<int, QStringList>& r, int n) { return r.first < n; });
        return it != data.rows.end() && it->first == number ? &it->second : nullptr;
    };
    // Cells a merge may fill, all merges together: far more than a real sheet's merges cover,
    // small enough that a crafted file cannot make the reader take gigabytes.
    constexpr qint64 kFillBudget = 10'000'000;
    qint64 filled = 0;
    for (const Merge& m : data.merges) {
        const QStringList* top = rowAt(m.first.row);
        if (!top || m.first.column >= top->size() || top->at(m.first.column).isEmpty()) {
            continue;
        }
        const QString value = top->at(m.first.column);
        const int lastColumn = std::min(m.last.column, data.columns - 1);
        auto it = std::lower_bound(
            data.rows.begin(), data.rows.end(), m.first.row,
            [](const std::pair<int, QStringList>& r, int n) { return r.first < n; });
        for (; it != data.rows.end() && it->first <= m.last.row; ++it) {
            QStringList& cells = it->second;
            // Cells written and cells added to the row.
            filled += lastColumn - m.first.column + 1 +
                      std::max<qsizetype>(0, lastColumn + 1 - cells.size());
            if (filled > kFillBudget) {
                throw Damaged{
                    QCoreApplication::translate("hc::services", "合并单元格的范围大得不合理")};
            }
            if (cells.size() <= lastColumn) {
                cells.resize(lastColumn + 1);
            }
            for (int c = m.first.column; c <= lastColumn; ++c) {
                if (cells[c].isEmpty()) {
                    cells[c] = value;
                }
            }
        }
    }
}

template <typename F>
auto guarded(const QByteArray& bytes, F&& body) -> decltype(body(std::declval<Package&>())) {
    Package package(bytes);
    if (!package.open()) {
        return damaged(QCoreApplication::translate("hc::services", "不是有效的 zip 压缩包"));
    }
    try {
        return body(package);
    } catch (const Damaged& d) {
        return damaged(d.why);
    }
}

}  // namespace

XlsxReader::FormatKind XlsxReader::formatKind(int numFmtId, const QString& formatCode) {
    if (formatCode.isEmpty()) {
        if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 ||
            (numFmtId >= 27 && numFmtId <= 31) || numFmtId == 36 ||
            (numFmtId >= 50 && numFmtId <= 54) || numFmtId == 57 || numFmtId == 58) {
            return FormatKind::Date;
        }
        if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 32 && numFmtId <= 35) ||
            (numFmtId >= 45 && numFmtId <= 47) || numFmtId == 55 || numFmtId == 56) {
            return FormatKind::Time;
        }
        return FormatKind::Number;
    }
    // The first section only; quoted text, escapes, fills, paddings and [colour]/[$-804] left
    // out; [h] / [mm] / [ss] are elapsed times.
    bool date = false;
    bool time = false;
    bool month = false;
    const QString code = formatCode.toLower();
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u';') {
            break;
        }
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            if (end < 0) {
                break;
            }
            i = end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            if (end < 0) {
                break;
            }
            const QStringView inside = QStringView(code).sliced(i + 1, end - i - 1);
            if (!inside.isEmpty() &&
                (inside[0] == u'h' || inside[0] == u'm' || inside[0] == u's')) {
                time = true;
            }
            i = end;
        } else if (code.mid(i, 5) == u"am/pm") {
            time = true;
            i += 4;
        } else if (code.mid(i, 3) == u"a/p") {
            time = true;
            i += 2;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true;
        }
    }
    if (date || (month && !time)) {
        return FormatKind::Date;
    }
    return time ? FormatKind::Time : FormatKind::Number;
}

QString XlsxReader::serialToIsoDate(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < (date1904 ? 0.0 : 1.0) || serial >= 2958466.0) {
        return {};
    }
    const auto days = static_cast<qint64>(std::floor(serial + 1e-9));
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days == 60) {
        return QStringLiteral("1900-02-29");  // Lotus 1-2-3's leap day, kept by Excel
    } else {
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
    }
    return date.isValid() && date.year() <= 9999 ? date.toString(Qt::ISODate) : QString();
}

QString XlsxReader::formatNumber(const QString& stored) {
    const QString s = stored.trimmed();
    if (s.size() <= 15 && !s.contains(u'e') && !s.contains(u'E')) {
        return s;  // as written: no float noise possible in 15 characters
    }
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        return s;
    }
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        return QString::number(static_cast<qint64>(v));
    }
    QString out = QString::number(v, 'g', 15);
    if (!out.contains(u'e')) {
        return out;
    }
    return out.toUpper();
}

Result<QStringList> XlsxReader::sheets(const QByteArray& bytes) {
    return guarded(bytes, [](Package& package) -> Result<QStringList> {
        QStringList names;
        for (const auto& s : readWorkbook(package).sheets) {
            names << s.name;
        }
        return names;
    });
}

Result<ImportTable> XlsxReader::read(const QByteArray& bytes, const QString& sheet) {
    return guarded(bytes, [&](Package& package) -> Result<ImportTable> {
        const Workbook wb = readWorkbook(package);
        const Workbook::Sheet* chosen = nullptr;
        QStringList names;
        for (const auto& s : wb.sheets) {
            names << s.name;
            if (!chosen && (sheet.isEmpty() || s.name == sheet)) {
                chosen = &s;
            }
        }
        if (!chosen) {  // a second chance with spaces and case ignored
            for (const auto& s : wb.sheets) {
                if (s.name.trimmed().compare(sheet.trimmed(), Qt::CaseInsensitive) == 0) {
                    chosen = &s;
                    break;
                }
            }
        }
        if (!chosen) {
            return ServiceError{
                ServiceError::Code::Invalid,
                QCoreApplication::translate("hc::services", "工作簿里没有名为“%1”的工作表(有:%2)。")
                    .arg(sheet, names.join(QCoreApplication::translate("hc::services", "、"))),
                QStringLiteral("sheet"),
                {}};
        }
        ImportTable table;
        table.format = QStringLiteral("xlsx");
        table.sheet = chosen->name;
        if (chosen->part.isEmpty()) {
            return table;  // a chart sheet: nothing to import
        }
        const QStringList strings = readSharedStrings(package, wb.sharedStrings);
        const auto kinds = readStyles(package, wb.styles);
        SheetData data = SheetParser(strings, kinds, wb.date1904)
                             .parse(partBytes(package, chosen->part), chosen->part);
        if (!std::is_sorted(data.rows.begin(), data.rows.end(),
                            [](const auto& a, const auto& b) { return a.first < b.first; })) {
            std::stable_sort(data.rows.begin(), data.rows.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
        }
        // A row number given twice (Excel never writes that): which of the two is the row is
        // unknowable, so the file is refused rather than one row silently kept.
        if (const auto twice =
                std::adjacent_find(data.rows.begin(), data.rows.end(),
                                   [](const auto& a, const auto& b) { return a.first == b.first; });
            twice != data.rows.end()) {
            throw Damaged{QCoreApplication::translate("hc::services", "%1 中第 %2 行出现了两次")
                              .arg(chosen->part)
                              .arg(twice->first)};
        }
        applyMerges(data);
        if (data.rows.empty()) {
            return table;
        }
        table.headerLine = data.rows.front().first;
        table.header = std::move(data.rows.front().second);
        table.records.reserve(data.rows.size() - 1);
        for (std::size_t i = 1; i < data.rows.size(); ++i) {
            CsvRecord record;
            record.line = data.rows[i].first;
            record.fields = std::move(data.rows[i].second);
            record.raw = CsvReader::formatRecord(record.fields);
            table.records.push_back(std::move(record));
        }
        return table;
    });
}

}  // namespace hc::services
