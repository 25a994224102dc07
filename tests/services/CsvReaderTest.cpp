#include "hc/services/CsvReader.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using hc::services::CsvReader;
using hc::services::CsvRecord;

namespace {

TEST(CsvReader, PlainFieldsAndLineNumbers) {
    const auto r = CsvReader::parseAll(QStringLiteral("a,b,c\n1,2,3\n"));
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0].fields,
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(r[1].line, 2);
    EXPECT_EQ(r[1].raw, QStringLiteral("1,2,3"));
}

TEST(CsvReader, QuotedCommasNewlinesAndDoubledQuotes) {
    const QString text = QStringLiteral(
        "name,note\r\n"
        "\"刘, 春江\",\"说 \"\"好\"\"\"\r\n"
        "\"两行\n文字\",x\r\n"
        "last,\"\"\r\n");
    const auto r = CsvReader::parseAll(text);
    ASSERT_EQ(r.size(), 4U);
    EXPECT_EQ(r[1].fields.at(0), QStringLiteral("刘, 春江"));
    EXPECT_EQ(r[1].fields.at(1), QStringLiteral("说 \"好\""));
    EXPECT_EQ(r[2].fields.at(0), QStringLiteral("两行\n文字"));
    EXPECT_EQ(r[2].line, 3);
    EXPECT_EQ(r[2].raw, QStringLiteral("\"两行\n文字\",x"));
    EXPECT_EQ(r[3].line, 5) << "the quoted line break counts as a line";
    EXPECT_EQ(r[3].fields, (QStringList{QStringLiteral("last"), QString()}));
}

TEST(CsvReader, EmptyFieldsBlankLinesAndCr) {
    const auto r = CsvReader::parseAll(QStringLiteral("a,,c,\r\n\r\n\nx\ry\r"));
    ASSERT_EQ(r.size(), 3U);
    EXPECT_EQ(r[0].fields.size(), 4);
    EXPECT_TRUE(r[0].fields.at(1).isEmpty());
    EXPECT_TRUE(r[0].fields.at(3).isEmpty());
    EXPECT_EQ(r[1].fields.at(0), QStringLiteral("x"));
    EXPECT_EQ(r[1].line, 4);
    EXPECT_EQ(r[2].fields.at(0), QStringLiteral("y"));
    EXPECT_EQ(r[2].line, 5);
}

TEST(CsvReader, LenientQuoteInsideFieldAndUnterminatedQuote) {
    const auto r = CsvReader::parseAll(QStringLiteral("5\"3,ok\n\"open,never closed\n"));
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0].fields.at(0), QStringLiteral("5\"3"));
    EXPECT_FALSE(r[0].unterminatedQuote);
    EXPECT_TRUE(r[1].unterminatedQuote);
}

TEST(CsvReader, DecodeUtf8BomAndGbk) {
    const QString text = QStringLiteral("客户姓名,车牌号\n刘春江,陕A·12345\n");
    CsvReader::Encoding enc{};
    EXPECT_EQ(CsvReader::decode(text.toUtf8(), &enc), text);
    EXPECT_EQ(enc, CsvReader::Encoding::Utf8);
    EXPECT_EQ(CsvReader::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), &enc), text);
    EXPECT_EQ(enc, CsvReader::Encoding::Utf8Bom);
    QStringEncoder gbk("GB18030");
    ASSERT_TRUE(gbk.isValid());
    const QByteArray gbkBytes = gbk.encode(text);
    EXPECT_EQ(CsvReader::decode(gbkBytes, &enc), text);
    EXPECT_EQ(enc, CsvReader::Encoding::Gb18030);
    // A BOM left in the text is skipped by the reader.
    const auto r = CsvReader::parseAll(QChar(0xFEFF) + QStringLiteral("a,b\n"));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0].fields.at(0), QStringLiteral("a"));
}

TEST(CsvReader, FormatRecordRoundTrips) {
    const QStringList fields = {QStringLiteral("plain"),
                                QStringLiteral("a,b"),
                                QStringLiteral("say \"hi\""),
                                QStringLiteral("two\nlines"),
                                QString(),
                                QStringLiteral(" padded ")};
    const QString line = CsvReader::formatRecord(fields);
    EXPECT_TRUE(line.startsWith(QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\"")));
    const auto r = CsvReader::parseAll(line + QStringLiteral("\r\n"));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0].fields, fields);
}

}  // namespace
