// The header matcher shared by the import row mappers (CustomerRowMapper, VisitRowMapper): field
// keys first, then the spellings after normalisation; golden cases on a small table and on the
// mappers' own tables.
#include "hc/services/CustomerRowMapper.h"
#include "hc/services/HeaderMatcher.h"
#include "hc/services/VisitRowMapper.h"

#include <gtest/gtest.h>

namespace hc::services {
namespace {

HeaderMatcher smallTable() {
    return HeaderMatcher({
        {QStringLiteral("phone"), {QStringLiteral("电话"), QStringLiteral("phone")}},
        {QStringLiteral("phone2"), {QStringLiteral("电话2"), QStringLiteral("备用电话")}},
        {QStringLiteral("amount"), {QStringLiteral("实收金额"), QStringLiteral("amount")}},
    });
}

TEST(HeaderMatcher, NormaliseGoldenCases) {
    const struct {
        const char16_t* in;
        const char16_t* out;
    } cases[] = {
        {u"电话", u"电话"},
        {u"  Phone ", u"phone"},
        {u"\uFEFF电话", u"电话"},
        {u"ＰＨＯＮＥ", u"phone"},         // full width
        {u"Amount (yuan)", u"amount"},     // unit in brackets
        {u"实收金额（元）", u"实收金额"},  // full-width brackets
        {u"id_number", u"idnumber"},
        {u"Work Order", u"workorder"},
        {u"(备注)", u"(备注)"},  // a bracket at the start is kept
        {u"", u""},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(HeaderMatcher::normalise(QString::fromUtf16(c.in)), QString::fromUtf16(c.out))
            << QString::fromUtf16(c.in).toStdString();
    }
}

TEST(HeaderMatcher, ColumnOfOneHeader) {
    const HeaderMatcher m = smallTable();
    const struct {
        const char16_t* header;
        int column;  // -1: none
    } cases[] = {
        {u"phone", 0},    {u"电话", 0},  {u" PHONE ", 0}, {u"phone2", 1},
        {u"备用电话", 1}, {u"电话2", 1}, {u"金额", -1},   {u"实收金额(元)", 2},
        {u"amount", 2},   {u"", -1},     {u"phone3", -1},
    };
    for (const auto& c : cases) {
        const auto got = m.columnOf(QString::fromUtf16(c.header));
        EXPECT_EQ(got.value_or(-1), c.column) << QString::fromUtf16(c.header).toStdString();
    }
}

TEST(HeaderMatcher, WholeHeaderFieldKeysWinThenSpellingsLeftToRight) {
    const HeaderMatcher m = smallTable();
    const struct {
        QStringList header;
        std::vector<int> index;
    } cases[] = {
        {{QStringLiteral("电话"), QStringLiteral("实收金额")}, {0, -1, 1}},
        // A field key (a mapping profile) wins over an earlier spelling of the same column.
        {{QStringLiteral("电话"), QStringLiteral("phone")}, {1, -1, -1}},
        // The first of two spellings of one column wins; the second feeds nothing.
        {{QStringLiteral("电话"), QStringLiteral("PHONE"), QStringLiteral("备用电话")}, {0, 2, -1}},
        // A cell taken by its field key is not read again as a spelling.
        {{QStringLiteral("phone2"), QStringLiteral("电话2")}, {-1, 0, -1}},
        {{QStringLiteral("备注"), QStringLiteral("amount")}, {-1, -1, 1}},
        {{}, {-1, -1, -1}},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(m.match(c.header), c.index) << c.header.join(u'|').toStdString();
    }
}

TEST(HeaderMatcher, TheMappersTablesKeepTheirKeysAndSpellings) {
    const struct {
        const char16_t* header;
        std::optional<CustomerRowMapper::Column> customer;
        std::optional<VisitRowMapper::Column> visit;
    } cases[] = {
        {u"客户姓名", CustomerRowMapper::Name, VisitRowMapper::Name},
        {u"车主", CustomerRowMapper::Name, std::nullopt},
        {u"备用电话", CustomerRowMapper::Phone2, std::nullopt},
        {u"phone2", CustomerRowMapper::Phone2, std::nullopt},
        {u"Plates", CustomerRowMapper::Plate, std::nullopt},
        {u"车牌号码", CustomerRowMapper::Plate, VisitRowMapper::Plate},
        {u"实收金额(元)", std::nullopt, VisitRowMapper::Amount},
        {u"visit_date", std::nullopt, VisitRowMapper::VisitDate},
        {u"维修日期", std::nullopt, VisitRowMapper::VisitDate},
        {u"购车日期", CustomerRowMapper::PurchaseDate, VisitRowMapper::PurchaseDate},
        {u"id_number", CustomerRowMapper::IdNumber, std::nullopt},
    };
    for (const auto& c : cases) {
        const QString h = QString::fromUtf16(c.header);
        EXPECT_EQ(CustomerRowMapper::columnOfHeader(h), c.customer) << h.toStdString();
        EXPECT_EQ(VisitRowMapper::columnOfHeader(h), c.visit) << h.toStdString();
    }
    EXPECT_EQ(CustomerRowMapper::columnKey(CustomerRowMapper::PurchaseDate),
              QStringLiteral("purchase_date"));
    EXPECT_EQ(VisitRowMapper::columnKey(VisitRowMapper::WorkOrder), QStringLiteral("work_order"));
    EXPECT_EQ(VisitRowMapper::columnChinese(VisitRowMapper::Amount), QStringLiteral("实收金额"));
}

}  // namespace
}  // namespace hc::services
