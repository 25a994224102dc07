// The .xlsx reader of the imports (issue 14 item 1): checked-in workbooks written by openpyxl and
// by hand (tests/data/xlsx/make_xlsx.py) read as Excel shows them; damaged files named as such.
#include "XlsxReader.h"
#include "XlsxScanner.h"
#include "hc/services/ImportFileReader.h"

#include <QFile>

#include <gtest/gtest.h>

namespace hc::services {
namespace {

QByteArray data(const char* name) {
    QFile f(QStringLiteral(HC_TEST_DATA_DIR "/xlsx/") + QString::fromUtf8(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

ImportTable table(const char* name, const QString& sheet = {}) {
    auto r = ImportFileReader::read(data(name), sheet);
    EXPECT_TRUE(r.ok()) << name << ": " << (r.ok() ? "" : r.error().message.toStdString());
    return r.ok() ? r.value() : ImportTable{};
}

TEST(XlsxReader, SerialNumbersInBothDateSystems) {
    const struct {
        double serial;
        bool date1904;
        const char* iso;
    } cases[] = {
        {1, false, "1900-01-01"},
        {59, false, "1900-02-28"},
        {60, false, "1900-02-29"},  // Excel's phantom leap day, left for the date check to reject
        {61, false, "1900-03-01"},
        {43831, false, "2020-01-01"},
        {43831.99, false, "2020-01-01"},  // a time of day does not move the date
        {2958465, false, "9999-12-31"},
        {2958466, false, ""},
        {0, false, ""},
        {-1, false, ""},
        {0, true, "1904-01-01"},
        {42369, true, "2020-01-01"},
        {1462 + 41414, false, "2017-05-21"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(XlsxReader::serialToIsoDate(c.serial, c.date1904), QString::fromUtf8(c.iso))
            << c.serial << (c.date1904 ? " (1904)" : "");
    }
}

TEST(XlsxReader, NumberFormatsThatAreDates) {
    using K = XlsxReader::FormatKind;
    const struct {
        int id;
        const char* code;
        K kind;
    } cases[] = {
        {0, "", K::Number},
        {14, "", K::Date},
        {17, "", K::Date},
        {22, "", K::Date},
        {18, "", K::Time},
        {21, "", K::Time},
        {31, "", K::Date},
        {49, "", K::Number},
        {58, "", K::Date},
        {164, "yyyy-mm-dd", K::Date},
        {164, "yyyy\"年\"m\"月\"d\"日\"", K::Date},
        {164, "[$-804]yyyy年m月d日;@", K::Date},
        {164, "m/d/yy h:mm", K::Date},
        {164, "mmm", K::Date},
        {164, "h:mm", K::Time},
        {164, "[h]:mm:ss", K::Time},
        {164, "mm:ss", K::Time},
        {164, "h:mm AM/PM", K::Time},
        {164, "0.00", K::Number},
        {164, "#,##0;[Red]-#,##0", K::Number},
        {164, "\"day\"0", K::Number},  // quoted text is no date part
        {164, "0.00E+00", K::Number},
        {164, "General", K::Number},
        {164, "@", K::Number},
        {164, "[$¥-804]#,##0.00", K::Number},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(XlsxReader::formatKind(c.id, QString::fromUtf8(c.code)), c.kind)
            << c.id << " " << c.code;
    }
}

TEST(XlsxReader, NumbersAsExcelShowsThem) {
    const struct {
        const char* stored;
        const char* shown;
    } cases[] = {
        {"600", "600"},
        {"580.5", "580.5"},
        {"350.55000000000001", "350.55"},
        {"13891234501", "13891234501"},
        {"1.5E+20", "1.5E+20"},
        {"1E-3", "0.001"},
        {"0.30000000000000004", "0.3"},
        {"123456789012345678", "1.23456789012346E+17"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(XlsxReader::formatNumber(QString::fromUtf8(c.stored)), QString::fromUtf8(c.shown))
            << c.stored;
    }
}

TEST(XlsxReader, SharedInlineRichTextBooleansTimesAndEmptyCells) {
    const QByteArray bytes = data("cells.xlsx");
    ASSERT_TRUE(ImportFileReader::isXlsx(bytes));
    const auto sheets = ImportFileReader::sheets(bytes);
    ASSERT_TRUE(sheets.ok());
    EXPECT_EQ(sheets.value(), QStringList{QStringLiteral("单元格")});

    const ImportTable t = table("cells.xlsx");
    EXPECT_EQ(t.format, u"xlsx");
    EXPECT_EQ(t.sheet, u"单元格");
    EXPECT_EQ(t.headerLine, 1);
    // Shared rich text without its phonetic run, inline strings, inline rich text.
    EXPECT_EQ(t.header,
              (QStringList{QStringLiteral("名称"), QStringLiteral("电话"), QStringLiteral("金额"),
                           QStringLiteral("日期"), QStringLiteral("是否"), QStringLiteral("时间"),
                           QStringLiteral("备注")}));
    ASSERT_EQ(t.records.size(), 3u);
    EXPECT_EQ(t.records[0].line, 2);
    EXPECT_EQ(
        t.records[0].fields,
        (QStringList{QStringLiteral("刘春江 "), QStringLiteral("02981629900"),
                     QStringLiteral("350.55"), QStringLiteral("1900-02-29"), QStringLiteral("TRUE"),
                     QStringLiteral("12:00:00"), QStringLiteral("刘春江 02981629900")}));
    // Cells without r attributes follow each other; _x000D_ is a carriage return.
    EXPECT_EQ(t.records[1].line, 3);
    EXPECT_EQ(t.records[1].fields,
              (QStringList{QStringLiteral("a\rb"), QStringLiteral("02981629900"),
                           QStringLiteral("1.5E+20"), QStringLiteral("2020-01-01"),
                           QStringLiteral("FALSE"), QStringLiteral("#N/A"),
                           QStringLiteral("1900-03-01")}));
    // Row 4 is missing; row 5 has only AA5: 26 empty cells before it.
    EXPECT_EQ(t.records[2].line, 5);
    ASSERT_EQ(t.records[2].fields.size(), 27);
    EXPECT_EQ(t.records[2].fields[26], u"13891234501");
    EXPECT_TRUE(t.records[2].fields[0].isEmpty());
    EXPECT_EQ(t.records[2].raw, QString(26, u',') + QStringLiteral("13891234501"));
}

TEST(XlsxReader, OpenpyxlWorkbookMergedCellsEmptyRowsAndTextPhones) {
    const ImportTable t = table("visits.xlsx");
    EXPECT_EQ(t.sheet, u"进厂记录");
    EXPECT_EQ(t.headerLine, 2);  // row 1 is empty: the header is the first non-empty row
    EXPECT_EQ(t.header.first(), u"客户姓名");
    ASSERT_EQ(t.records.size(), 8u);  // the empty row 8 is skipped
    const int lines[] = {3, 4, 5, 6, 7, 9, 10, 11};
    for (std::size_t i = 0; i < 8; ++i) {
        EXPECT_EQ(t.records[i].line, lines[i]);
    }
    // Merged A3:A5 and A6:A7: the top-left value in every row of the range.
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(t.records[i].fields[0], i < 3 ? u"刘春江" : u"张丽") << i;
    }
    // A landline stored as text keeps its leading zero; dates from several formats, a date with
    // a time keeps the date; numbers as written.
    EXPECT_EQ(t.records[3].fields[1], u"02981629900");
    EXPECT_EQ(t.records[0].fields[5], u"2013-05-20");
    EXPECT_EQ(t.records[0].fields[7], u"2016-01-15");
    EXPECT_EQ(t.records[1].fields[7], u"2016-04-18");
    EXPECT_EQ(t.records[2].fields[7], u"2016-07-20");
    EXPECT_EQ(t.records[1].fields[11], u"580.5");
    EXPECT_EQ(t.records[3].fields[11], u"450.25");
    EXPECT_EQ(t.records[4].fields[11], u"0");
    // Empty cells stay empty (no VIN, no mileage, no work order).
    EXPECT_TRUE(t.records[3].fields[3].isEmpty());
    EXPECT_TRUE(t.records[5].fields[8].isEmpty());
    EXPECT_TRUE(t.records[6].fields[10].isEmpty());
}

TEST(XlsxReader, The1904DateSystemGivesTheSameDates) {
    const ImportTable a = table("visits.xlsx");
    const ImportTable b = table("visits_1904.xlsx");  // 1904 dates, shared strings
    ASSERT_EQ(a.records.size(), b.records.size());
    EXPECT_EQ(a.header, b.header);
    for (std::size_t i = 0; i < a.records.size(); ++i) {
        EXPECT_EQ(a.records[i].fields, b.records[i].fields) << "record " << i;
        EXPECT_EQ(a.records[i].line, b.records[i].line);
    }
}

TEST(XlsxReader, SeveralSheetsInWorkbookOrder) {
    const QByteArray bytes = data("customers.xlsx");
    const auto sheets = ImportFileReader::sheets(bytes);
    ASSERT_TRUE(sheets.ok());
    EXPECT_EQ(sheets.value(), (QStringList{QStringLiteral("说明"), QStringLiteral("客户名单"),
                                           QStringLiteral("空表")}));
    EXPECT_EQ(table("customers.xlsx").header.first(), u"本表为客户名单,请勿修改列标题。");
    const ImportTable list = table("customers.xlsx", QStringLiteral("客户名单"));
    EXPECT_EQ(list.sheet, u"客户名单");
    EXPECT_EQ(list.header.first(), u"车主大名");
    EXPECT_EQ(list.records.size(), 4u);
    const ImportTable empty = table("customers.xlsx", QStringLiteral("空表"));
    EXPECT_TRUE(empty.header.isEmpty());
    EXPECT_TRUE(empty.records.empty());

    const auto missing = ImportFileReader::read(bytes, QStringLiteral("工单"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, u"sheet");
    EXPECT_TRUE(missing.error().message.contains(u"工单"));
    EXPECT_TRUE(missing.error().message.contains(u"客户名单"));  // says which sheets there are
}

TEST(XlsxReader, DamagedAndUnsupportedFilesSaySo) {
    // bad_inflate.xlsx: found by fuzz_xlsx (a mutated visits_1904.xlsx whose styles part fails
    // to inflate; the reader used to loop forever on it).
    for (const char* name : {"damaged.xlsx", "not_a_workbook.xlsx", "bad_inflate.xlsx"}) {
        const QByteArray bytes = data(name);
        ASSERT_TRUE(ImportFileReader::isXlsx(bytes)) << name;
        const auto r = ImportFileReader::read(bytes);
        ASSERT_FALSE(r.ok()) << name;
        EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
        EXPECT_TRUE(r.error().message.contains(u".xlsx")) << r.error().message.toStdString();
        if (QByteArray(name) != "bad_inflate.xlsx") {  // its workbook part is sound
            EXPECT_FALSE(ImportFileReader::sheets(bytes).ok()) << name;
        }
    }
    const QByteArray ole =
        QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, 0);
    const auto xls = ImportFileReader::read(ole);
    ASSERT_FALSE(xls.ok());
    EXPECT_TRUE(xls.error().message.contains(u".xls")) << xls.error().message.toStdString();

    // duplicate_row.xlsx: visits.xlsx with its row 2 written twice (found by fuzz_xlsx: the rows
    // came out with the same line number). Which one is the row cannot be known: refused.
    const auto twice = ImportFileReader::read(data("duplicate_row.xlsx"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ServiceError::Code::Invalid);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("第 2 行出现了两次")))
        << twice.error().message.toStdString();

    // huge_claim.xlsx: visits.xlsx whose sheet entry claims 2 GiB uncompressed (found by
    // fuzz_xlsx: the reader allocated the declared size before inflating). Deflate cannot expand
    // a few KB that far: refused without the allocation.
    const auto huge = ImportFileReader::read(data("huge_claim.xlsx"));
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().code, ServiceError::Code::Invalid);

    // A zip signature with no archive behind it.
    const auto broken = ImportFileReader::read(QByteArrayLiteral("PK\x03\x04") + "garbage");
    ASSERT_FALSE(broken.ok());
    EXPECT_FALSE(broken.error().message.isEmpty());
}

TEST(XlsxScanner, ReadsTheXmlSubsetOfSheetsAndRefusesTheRest) {
    XlsxScanner xml(QByteArrayLiteral(
        "\xEF\xBB\xBF<?xml version=\"1.0\"?><!-- c --><x:a k='1' x:v=\"&lt;&amp;&#x4E2D;\">"
        "t&gt;<![CDATA[<&>]]><b/>&#25991;</x:a>"));
    using T = XlsxScanner::Token;
    ASSERT_EQ(xml.next(), T::Start);
    EXPECT_EQ(xml.name(), "a");
    EXPECT_EQ(xml.attribute("k"), "1");
    EXPECT_EQ(xml.attributeText("v"), u"<&中");
    EXPECT_EQ(xml.elementText(), u"t><&>文");  // entities, CDATA verbatim, the empty <b/> skipped
    EXPECT_EQ(xml.name(), "a");
    EXPECT_EQ(xml.next(), T::Done);

    for (const char* bad : {"<a>", "<a></b>", "<!DOCTYPE a><a/>", "<a k=1/>", "<a>&nbsp;</a>",
                            "<a k=\"1/>", "<a><!-- x</a>", "<a>&#0;</a>"}) {
        XlsxScanner s{QByteArray(bad)};
        EXPECT_THROW(
            {
                for (auto t = s.next(); t != T::Done; t = s.next()) {
                    if (t == T::Text) {
                        (void)s.text();
                    }
                }
            },
            XlsxScanner::Error)
            << bad;
    }
}

TEST(ImportFileReader, CsvTableKeepsEncodingLinesAndRaw) {
    const QByteArray csv = QByteArrayLiteral(
        "\xEF\xBB\xBF"
        "\xE5\xA7\x93\xE5\x90\x8D,phone\r\n\r\nA,\"1,2\"\r\nB,3\r\n");
    const auto r = ImportFileReader::read(csv);
    ASSERT_TRUE(r.ok());
    const ImportTable& t = r.value();
    EXPECT_EQ(t.format, u"csv");
    EXPECT_EQ(t.encoding, u"UTF-8 BOM");
    EXPECT_EQ(t.header, (QStringList{QStringLiteral("姓名"), QStringLiteral("phone")}));
    ASSERT_EQ(t.records.size(), 2u);
    EXPECT_EQ(t.records[0].line, 3);
    EXPECT_EQ(t.records[0].fields[1], u"1,2");
    EXPECT_EQ(t.records[0].raw, u"A,\"1,2\"");
    const auto sheets = ImportFileReader::sheets(csv);
    ASSERT_TRUE(sheets.ok());
    EXPECT_TRUE(sheets.value().isEmpty());
}

}  // namespace
}  // namespace hc::services
