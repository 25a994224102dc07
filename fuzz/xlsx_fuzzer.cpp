// libFuzzer target: the .xlsx reader of the imports (ImportFileReader / XlsxReader, issue 13
// item 4 for the importers of issue 14). Byte mutations of a zip rarely get past its CRCs, so the
// first input byte chooses:
//   even: the rest is the file as is (zip container, damaged archives, .xls / CSV detection);
//   odd:  the rest is up to four XML parts separated by NUL bytes — sheet, shared strings,
//         styles, workbook — packed here into a well-formed .xlsx (missing parts get a minimal
//         default), so the fuzzer works on the XML the reader parses.
// Invariants: no crash, errors carry a message, a table's rows come after its header in order,
// an .xlsx row's raw text is its cells as a CSV record, and the sheet read is one of sheets().
#include "FuzzSupport.h"
#include "hc/services/CsvReader.h"
#include "hc/services/ImportFileReader.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace {

const QByteArray kSheet =
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row></sheetData>"
    "</worksheet>";
const QByteArray kWorkbook =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray kWorkbookRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/styles\" Target=\"styles.xml\"/></Relationships>";

QByteArray pack(const QByteArray& input) {
    const QList<QByteArray> parts = input.split('\0');
    auto part = [&](int i, const QByteArray& fallback) {
        return i < parts.size() && !parts.at(i).isEmpty() ? parts.at(i) : fallback;
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        return {};
    }
    const std::pair<const char*, QByteArray> entries[] = {
        {"xl/worksheets/sheet1.xml", part(0, kSheet)},
        {"xl/sharedStrings.xml", part(1, QByteArray("<sst/>"))},
        {"xl/styles.xml", part(2, QByteArray("<styleSheet/>"))},
        {"xl/workbook.xml", part(3, kWorkbook)},
        {"xl/_rels/workbook.xml.rels", kWorkbookRels},
    };
    for (const auto& [name, content] : entries) {
        QuaZipFile file(&zip);
        // Stored, not deflated: packing stays cheap.
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)), nullptr, 0,
                       0, 0)) {
            return {};
        }
        file.write(content);
        file.close();
    }
    zip.close();
    return bytes;
}

void checkTable(const QByteArray& bytes) {
    using hc::fuzz::check;
    using hc::services::ImportFileReader;
    const auto table = ImportFileReader::read(bytes);
    if (!table.ok()) {
        check(!table.error().message.isEmpty(), "read error without a message");
        return;
    }
    const auto& t = table.value();
    int last = t.headerLine;
    for (const auto& r : t.records) {
        check(r.line > last, "rows out of order", QString::number(r.line));
        last = r.line;
        if (t.format == u"xlsx") {  // (a CSV row's raw text is the line as written)
            check(r.raw == hc::services::CsvReader::formatRecord(r.fields), "raw is not the row");
            bool any = false;
            for (const QString& f : r.fields) {
                any = any || !f.isEmpty();
            }
            check(any, "an empty row was kept");
        }
    }
    if (t.format == u"xlsx") {
        const auto sheets = ImportFileReader::sheets(bytes);
        check(sheets.ok() && sheets.value().contains(t.sheet), "the sheet read is not listed");
        // Reading it by name gives the same table.
        const auto again = ImportFileReader::read(bytes, t.sheet);
        check(again.ok() && again.value().records.size() == t.records.size(),
              "reading the sheet by name differs");
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    hc::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1,
                          static_cast<qsizetype>(size - 1));
    checkTable((data[0] & 1) != 0 ? pack(rest) : rest);
    return 0;
}
