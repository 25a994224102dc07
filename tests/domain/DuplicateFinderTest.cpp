#include "hc/domain/CustomerMergeRule.h"
#include "hc/domain/DuplicateFinder.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>
#include <string>

using hc::domain::CustomerMergeRule;
using hc::domain::DuplicateFinder;
using hc::domain::DuplicateGroup;
using hc::domain::DuplicateInput;
using hc::domain::DuplicateSettings;

namespace {

DuplicateInput::Person person(std::int64_t id, const char* pinyin, const char* phone,
                              const char* phone2 = "", const char* idNumber = "") {
    return {id,
            QStringLiteral("客户%1").arg(id),
            QString::fromUtf8(pinyin),
            QString::fromUtf8(phone),
            QString::fromUtf8(phone2),
            QString::fromUtf8(idNumber)};
}

DuplicateInput::Vehicle vehicle(std::int64_t id, std::int64_t owner, const char* plate,
                                const char* vin = "") {
    DuplicateInput::Vehicle v;
    v.id = id;
    v.ownerId = owner;
    v.plate = QString::fromUtf8(plate);
    v.vin = QString::fromUtf8(vin);
    return v;
}

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/// Expected group: "ids reason score", e.g. "1,2 same_mobile 90".
std::string describe(const DuplicateGroup& g) {
    std::string ids;
    for (const auto id : g.customerIds) {
        ids += (ids.empty() ? "" : ",") + std::to_string(id);
    }
    return ids + " " + g.reasonKey().toStdString() + " " + std::to_string(g.score);
}

struct FinderCase {
    const char* name;
    std::function<DuplicateInput()> input;
    std::vector<std::string> expected;
    std::function<void(DuplicateSettings&)> tune = [](DuplicateSettings&) {};
};

void PrintTo(const FinderCase& c, std::ostream* os) {
    *os << c.name;
}

class DuplicateFinderTable : public ::testing::TestWithParam<FinderCase> {};

TEST_P(DuplicateFinderTable, FindsTheGroupsOfTheRule) {
    const auto& c = GetParam();
    DuplicateSettings settings;
    c.tune(settings);
    std::vector<std::string> got;
    for (const auto& g : DuplicateFinder::find(c.input(), settings)) {
        got.push_back(describe(g));
    }
    EXPECT_EQ(got, c.expected);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Rules, DuplicateFinderTable, ::testing::Values(
    // Same mobile (phone or phone2).
    FinderCase{"mobile_in_phone_and_phone2", [] {
        return DuplicateInput{{person(1, "", "13812345678"), person(2, "", "02981629900", "13812345678"),
                               person(3, "", "13900000000")}, {}};
    }, {"1,2 same_mobile 90"}},
    FinderCase{"three_share_one_mobile", [] {
        return DuplicateInput{{person(4, "", "13812345678"), person(2, "", "13812345678"),
                               person(9, "", "", "13812345678")}, {}};
    }, {"2,4,9 same_mobile 90"}},
    FinderCase{"shared_landline_is_no_duplicate", [] {
        return DuplicateInput{{person(1, "", "029-81629900"), person(2, "", "029-81629900")}, {}};
    }, {}},
    FinderCase{"one_customer_twice_is_no_group", [] {
        return DuplicateInput{{person(1, "", "13812345678", "13812345678")}, {}};
    }, {}},
    // Same ID number (trimmed, upper case).
    FinderCase{"same_id_number", [] {
        return DuplicateInput{{person(1, "", "13800000001", "", "61010119900101123x"),
                               person(2, "", "13900000002", "", " 61010119900101123X ")}, {}};
    }, {"1,2 same_id_number 95"}},
    FinderCase{"mobile_and_id_number_are_one_group", [] {
        return DuplicateInput{{person(1, "", "13812345678", "", "610101199001011234"),
                               person(2, "", "13812345678", "", "610101199001011234")}, {}};
    }, {"1,2 same_mobile+same_id_number 100"}},
    // Same VIN on vehicles of two owners.
    FinderCase{"same_vin_two_owners", [] {
        return DuplicateInput{{}, {vehicle(10, 1, "", "LSVAU2180N2123456"),
                                   vehicle(11, 2, "", "lsvau2180n2123456")}};
    }, {"1,2 same_vin 85"}},
    FinderCase{"same_vin_one_owner", [] {
        return DuplicateInput{{}, {vehicle(10, 1, "", "LSVAU2180N2123456"),
                                   vehicle(11, 1, "", "LSVAU2180N2123456")}};
    }, {}},
    // The same plate under two owners outside a recorded transfer.
    FinderCase{"same_plate_written_differently", [] {
        return DuplicateInput{{}, {vehicle(10, 1, "陕A12345"), vehicle(11, 2, "陕a·12345")}};
    }, {"1,2 plate_owners 70"}},
    FinderCase{"visit_under_a_customer_who_never_owned_it", [] {
        auto v = vehicle(10, 2, "陕A12345");
        v.owners = {{2, d("2020-01-01"), {}}};
        v.otherVisits = {{1, d("2024-03-01")}};
        return DuplicateInput{{}, {v}};
    }, {"1,2 plate_owners 70"}},
    FinderCase{"visit_by_the_owner_of_that_date_names_them", [] {
        auto v = vehicle(10, 3, "陕A12345");
        v.owners = {{2, d("2020-01-01"), d("2023-05-01")}, {3, d("2023-05-01"), {}}};
        v.otherVisits = {{1, d("2022-03-01")}};
        return DuplicateInput{{}, {v}};
    }, {"1,2 plate_owners 70"}},
    FinderCase{"recorded_transfer_is_no_duplicate", [] {
        auto v = vehicle(10, 2, "陕A12345");
        v.owners = {{1, d("2020-01-01"), d("2023-05-01")}, {2, d("2023-05-01"), {}}};
        v.otherVisits = {{1, d("2022-03-01")}, {1, d("2024-01-10")}};
        return DuplicateInput{{}, {v}};
    }, {}},
    FinderCase{"overlapping_owner_periods", [] {
        auto v = vehicle(10, 2, "陕A12345");
        v.owners = {{1, d("2020-01-01"), d("2024-05-01")}, {2, d("2023-05-01"), {}}};
        return DuplicateInput{{}, {v}};
    }, {"1,2 plate_owners 70"}},
    FinderCase{"vin_and_plate_found_together", [] {
        return DuplicateInput{{}, {vehicle(10, 1, "陕A12345", "LSVAU2180N2123456"),
                                   vehicle(11, 2, "陕A 12345", "LSVAU2180N2123456")}};
    }, {"1,2 same_vin+plate_owners 90"}},
    // Same pinyin with mobiles one digit apart.
    FinderCase{"pinyin_and_one_digit", [] {
        return DuplicateInput{{person(1, "liuchunjiang", "13812345678"),
                               person(2, "liuchunjiang", "13812345679"),
                               person(3, "wangwei", "13812345677")}, {}};
    }, {"1,2 pinyin_phone 60"}},
    FinderCase{"pinyin_and_two_digits", [] {
        return DuplicateInput{{person(1, "liuchunjiang", "13812345678"),
                               person(2, "liuchunjiang", "13812345699")}, {}};
    }, {}},
    FinderCase{"one_digit_but_other_name", [] {
        return DuplicateInput{{person(1, "liuchunjiang", "13812345678"),
                               person(2, "liuchunjing", "13812345679")}, {}};
    }, {}},
    FinderCase{"pinyin_unknown", [] {
        return DuplicateInput{{person(1, "", "13812345678"), person(2, "", "13812345679")}, {}};
    }, {}},
    FinderCase{"pinyin_same_mobile_is_the_mobile_rule", [] {
        return DuplicateInput{{person(1, "liuchunjiang", "13812345678"),
                               person(2, "liuchunjiang", "13812345678")}, {}};
    }, {"1,2 same_mobile 90"}},
    // Settings: scores, order, threshold.
    FinderCase{"ordered_by_score", [] {
        return DuplicateInput{{person(1, "li", "13812345678"), person(2, "li", "13812345679"),
                               person(3, "", "13900000000", "", "X1"), person(4, "", "", "", "x1")}, {}};
    }, {"3,4 same_id_number 95", "1,2 pinyin_phone 60"}},
    FinderCase{"below_minimum_score_dropped", [] {
        return DuplicateInput{{person(1, "li", "13812345678"), person(2, "li", "13812345679"),
                               person(3, "", "13900000000"), person(4, "", "13900000000")}, {}};
    }, {"3,4 same_mobile 90"}, [](DuplicateSettings& s) { s.minimumScore = 61; }},
    FinderCase{"scores_from_settings", [] {
        return DuplicateInput{{person(1, "", "13812345678", "", "A1"), person(2, "", "13812345678", "", "A1")}, {}};
    }, {"1,2 same_mobile+same_id_number 50"}, [](DuplicateSettings& s) {
        s.sameMobile = 30; s.sameIdNumber = 40; s.extraReason = 10; }}
), [](const auto& info) { return std::string(info.param.name); });
// clang-format on

// "Not the same customer": dismissed pairs (lower id first) are not suggested again.
struct DismissedCase {
    const char* name;
    std::vector<DuplicateInput::Person> people;
    std::set<std::pair<std::int64_t, std::int64_t>> dismissed;
    std::vector<std::string> expected;
};

void PrintTo(const DismissedCase& c, std::ostream* os) {
    *os << c.name;
}

class DuplicateFinderDismissed : public ::testing::TestWithParam<DismissedCase> {};

TEST_P(DuplicateFinderDismissed, SkipsDismissedPairs) {
    const auto& c = GetParam();
    DuplicateInput input;
    input.people = c.people;
    std::vector<std::string> got;
    for (const auto& g : DuplicateFinder::find(input, DuplicateSettings{}, c.dismissed)) {
        got.push_back(describe(g));
    }
    EXPECT_EQ(got, c.expected);
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Dismissed, DuplicateFinderDismissed, ::testing::Values(
    DismissedCase{"nothing_dismissed",
        {person(1, "", "13812345678"), person(2, "", "13812345678")}, {},
        {"1,2 same_mobile 90"}},
    DismissedCase{"pair_dismissed",
        {person(1, "", "13812345678"), person(2, "", "13812345678")}, {{1, 2}}, {}},
    DismissedCase{"other_pair_dismissed_does_not_matter",
        {person(1, "", "13812345678"), person(2, "", "13812345678")}, {{1, 3}, {2, 3}},
        {"1,2 same_mobile 90"}},
    DismissedCase{"every_reason_of_the_pair_is_skipped",
        {person(1, "", "13812345678", "", "A1"), person(2, "", "13812345678", "", "A1")}, {{1, 2}},
        {}},
    // Three share a mobile; 1–2 dismissed: each is still undecided with 3, the group stays whole.
    DismissedCase{"one_pair_of_three",
        {person(1, "", "13812345678"), person(2, "", "13812345678"), person(3, "", "13812345678")},
        {{1, 2}}, {"1,2,3 same_mobile 90"}},
    // 1–2 and 1–3 dismissed: customer 1 leaves the group, 2 and 3 stay suggested.
    DismissedCase{"customer_with_every_pair_dismissed_leaves",
        {person(1, "", "13812345678"), person(2, "", "13812345678"), person(3, "", "13812345678")},
        {{1, 2}, {1, 3}}, {"2,3 same_mobile 90"}},
    DismissedCase{"group_of_three_fully_dismissed",
        {person(1, "", "13812345678"), person(2, "", "13812345678"), person(3, "", "13812345678")},
        {{1, 2}, {1, 3}, {2, 3}}, {}},
    // After 1 leaves the mobile group, 2–3 joins their ID-number finding: one group, two reasons.
    DismissedCase{"left_customer_lets_findings_join",
        {person(1, "", "13812345678"), person(2, "", "13812345678", "", "A1"),
         person(3, "", "13812345678", "", "A1")},
        {{1, 2}, {1, 3}}, {"2,3 same_mobile+same_id_number 100"}},
    DismissedCase{"pinyin_rule_respects_dismissal",
        {person(1, "liuchunjiang", "13812345678"), person(2, "liuchunjiang", "13812345679")},
        {{1, 2}}, {}}
), [](const auto& info) { return std::string(info.param.name); });
// clang-format on

TEST(DuplicateFinder, PairOfPutsTheLowerIdFirst) {
    const std::pair<std::int64_t, std::int64_t> expected(3, 5);
    EXPECT_EQ(DuplicateFinder::pairOf(5, 3), expected);
    EXPECT_EQ(DuplicateFinder::pairOf(3, 5), expected);
}

TEST(DuplicateFinder, OneDigitApart) {
    EXPECT_TRUE(DuplicateFinder::oneDigitApart(QStringLiteral("13812345678"),
                                               QStringLiteral("13812345670")));
    EXPECT_FALSE(DuplicateFinder::oneDigitApart(QStringLiteral("13812345678"),
                                                QStringLiteral("13812345678")));
    EXPECT_FALSE(DuplicateFinder::oneDigitApart(QStringLiteral("13812345678"),
                                                QStringLiteral("1381234567")));
    EXPECT_FALSE(DuplicateFinder::oneDigitApart(QStringLiteral("13812345678"),
                                                QStringLiteral("13812345601")));
}

TEST(DuplicateFinder, FindingsNameWhatIsShared) {
    const DuplicateInput in{
        {person(1, "", "13812345678", "", "A1"), person(2, "", "13812345678", "", "a1")}, {}};
    const auto groups = DuplicateFinder::find(in, DuplicateSettings{});
    ASSERT_EQ(groups.size(), 1U);
    ASSERT_EQ(groups[0].findings.size(), 2U);
    EXPECT_EQ(groups[0].findings[0].value, QStringLiteral("13812345678"));
    EXPECT_EQ(groups[0].findings[1].value, QStringLiteral("A1"));
}

TEST(DuplicateSettings, DefaultsAndValidation) {
    const DuplicateSettings s;
    EXPECT_EQ(s.sameMobile, 90);
    EXPECT_EQ(s.sameIdNumber, 95);
    EXPECT_EQ(s.sameVin, 85);
    EXPECT_EQ(s.plateOwners, 70);
    EXPECT_EQ(s.pinyinPhone, 60);
    EXPECT_EQ(s.extraReason, 5);
    EXPECT_EQ(s.minimumScore, 50);
    EXPECT_EQ(s.problem(), nullptr);
    DuplicateSettings bad;
    bad.pinyinPhone = 101;
    EXPECT_STREQ(bad.problem(), "pinyinPhone");
    bad = {};
    bad.minimumScore = -1;
    EXPECT_STREQ(bad.problem(), "minimumScore");
}

TEST(CustomerMergeRule, KeepsTheKeptValueUnlessItIsEmpty) {
    using Side = CustomerMergeRule::Side;
    EXPECT_EQ(CustomerMergeRule::defaultChoice(QStringLiteral("a"), QStringLiteral("b")),
              Side::Kept);
    EXPECT_EQ(CustomerMergeRule::defaultChoice(QString(), QStringLiteral("b")), Side::Removed);
    EXPECT_EQ(CustomerMergeRule::defaultChoice(QStringLiteral(" "), QStringLiteral("b")),
              Side::Removed);
    EXPECT_EQ(CustomerMergeRule::defaultChoice(QString(), QString()), Side::Kept);
    EXPECT_TRUE(CustomerMergeRule::marketingOptOut(false, true));
    EXPECT_FALSE(CustomerMergeRule::marketingOptOut(false, false));
    EXPECT_TRUE(CustomerMergeRule::fields().contains(QStringLiteral("id_number")));
    EXPECT_FALSE(CustomerMergeRule::fields().contains(QStringLiteral("marketing_opt_out")));
}

}  // namespace
