// The one formula guard for every CSV/XLSX cell (issue 13 item 5) and the encoding decided on the
// whole file's evidence, naming the line and byte that do not fit (item 9).
#include "ServiceFixture.h"
#include "hc/services/CellGuard.h"
#include "hc/services/CsvReader.h"
#include "hc/services/VisitImportService.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

namespace hc::services {
namespace {

TEST(CellGuard, FormulaStartsAreMadeInert) {
    const struct {
        const char* in;
        const char* out;
    } cases[] = {
        {"=1+1", "'=1+1"},    {"+8613812345678", "'+8613812345678"},
        {"-2+3", "'-2+3"},    {"@SUM(A1)", "'@SUM(A1)"},
        {"\tx", "'\tx"},      {"\rx", "'\rx"},
        {"刘春江", "刘春江"}, {"", ""},
        {"a=1", "a=1"},       {"陕A·12345", "陕A·12345"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(CellGuard::inert(QString::fromUtf8(c.in)), QString::fromUtf8(c.out)) << c.in;
    }
}

TEST(CellGuard, RejectsCsvGoesThroughTheGuard) {
    ImportSummary s;
    s.rejects.push_back(ImportReject{
        3, QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("-不是日期"),
        QStringLiteral("=HYPERLINK(\"http://x\",\"点我\"),13812345678,陕A11111,2016-13-01,300")});
    const QString csv = QString::fromUtf8(VisitImportService::rejectsCsv(s).mid(3));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'=HYPERLINK(")) ||
                csv.contains(QStringLiteral(",'=HYPERLINK(")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(",'=cmd|")));
    EXPECT_TRUE(csv.contains(QStringLiteral(",'-不是日期")));
    for (const QString& line : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        const auto records = CsvReader::parseAll(line);
        ASSERT_EQ(records.size(), 1u);
        for (const QString& field : records.front().fields) {
            EXPECT_FALSE(CellGuard::isDangerous(field)) << field.toStdString();
        }
    }
}

QByteArray utf8Rows() {
    QString text = QStringLiteral("客户姓名,手机号,车牌号,进厂日期,金额\n");
    for (int i = 0; i < 20; ++i) {
        text += QStringLiteral("刘春江%1,1381234%2,陕A1%2,2016-03-01,300\n").arg(i).arg(1000 + i);
    }
    return text.toUtf8();
}

TEST(CsvEncoding, OneBadByteInAUtf8FileNamesItsLineAndByte) {
    QByteArray bytes = utf8Rows();
    // Line 3 starts after the second '\n'; damage its 4th byte (inside 刘).
    const qsizetype line3 = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
    bytes[line3 + 3] = '\xFF';
    const auto d = CsvReader::decodeChecked(bytes);
    EXPECT_FALSE(d.ok);
    EXPECT_EQ(d.encoding, CsvReader::Encoding::Utf8);
    EXPECT_EQ(d.line, 3);
    EXPECT_EQ(d.column, 4);
    EXPECT_EQ(d.byte, 0xFF);
    EXPECT_TRUE(d.message.contains(QStringLiteral("第 3 行"))) << d.message.toStdString();
    EXPECT_TRUE(d.message.contains(QStringLiteral("0xFF")));
}

TEST(CsvEncoding, Gb18030IsChosenOnTheWholeFileAndItsBadByteIsNamed) {
    QStringEncoder gb("GB18030");
    ASSERT_TRUE(gb.isValid());
    QByteArray bytes = gb.encode(QString::fromUtf8(utf8Rows()));
    auto d = CsvReader::decodeChecked(bytes);
    EXPECT_TRUE(d.ok) << d.message.toStdString();
    EXPECT_EQ(d.encoding, CsvReader::Encoding::Gb18030);
    EXPECT_EQ(d.text, QString::fromUtf8(utf8Rows()));

    const qsizetype line2 = bytes.indexOf('\n') + 1;
    bytes[line2] = '\x80';  // never valid in GB18030
    d = CsvReader::decodeChecked(bytes);
    EXPECT_FALSE(d.ok);
    EXPECT_EQ(d.encoding, CsvReader::Encoding::Gb18030);
    EXPECT_EQ(d.line, 2);
    EXPECT_EQ(d.column, 1);
    EXPECT_TRUE(d.message.contains(QStringLiteral("GB18030")));
}

TEST(CsvEncoding, PlainAsciiAndCleanUtf8AreUtf8) {
    EXPECT_EQ(CsvReader::decodeChecked("a,b\n1,2\n").encoding, CsvReader::Encoding::Utf8);
    const auto d = CsvReader::decodeChecked(utf8Rows());
    EXPECT_TRUE(d.ok);
    EXPECT_EQ(d.encoding, CsvReader::Encoding::Utf8);
}

class ImportEncoding : public test::ServiceFixture {};

TEST_F(ImportEncoding, ImportSaysWhereTheFileIsBrokenInsteadOfMissingColumns) {
    QByteArray bytes = utf8Rows();
    bytes[bytes.indexOf('\n') + 2] = '\xC0';  // line 2
    VisitImportService importer(db(), clock(), domain::MessageLanguage::Zh);
    const auto r = importer.importVisits(manager, bytes);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ServiceError::Code::Invalid);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("第 2 行")))
        << r.error().message.toStdString();
    EXPECT_FALSE(r.error().message.contains(QStringLiteral("缺少必需的列")));
}

}  // namespace
}  // namespace hc::services
