#include "hc/domain/AbcAnalysis.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace hc::domain;

namespace {

std::string grades(const AbcResult& r) {
    std::string s;
    for (const auto& row : r.rows) {
        s += toKey(row.grade).toStdString();
    }
    return s;
}

std::vector<CustomerId> ids(const AbcResult& r) {
    std::vector<CustomerId> out;
    for (const auto& row : r.rows) {
        out.push_back(row.customerId);
    }
    return out;
}

std::vector<AbcInput> inputsYuan(const std::vector<long long>& yuan) {
    std::vector<AbcInput> in;
    CustomerId id = 1;
    for (const long long y : yuan) {
        in.push_back({id++, fenFromYuan(y)});
    }
    return in;
}

// domain.md §3, seed 001. Input in the seed's archive order (not sorted) to exercise the sort.
TEST(AbcAnalysisTest, Seed001Golden) {
    // 张丽 900, 王顺 500, 刘春江 2430, 李强 820, 牛理财 1840, 马玉 890, 张昆 790, 孙凤武 1200,
    // 李向阳 480.
    const std::vector<AbcInput> in{
        {1, fenFromYuan(900)}, {2, fenFromYuan(500)},  {3, fenFromYuan(2430)},
        {4, fenFromYuan(820)}, {5, fenFromYuan(1840)}, {6, fenFromYuan(890)},
        {7, fenFromYuan(790)}, {8, fenFromYuan(1200)}, {9, fenFromYuan(480)}};
    const AbcResult r = runAbc(in, AbcSettings{});
    EXPECT_EQ(r.totalFen, fenFromYuan(9850));

    struct Expected {
        CustomerId id;
        long long yuan;
        const char* cumulative;
        AbcGrade grade;
    };
    const Expected expected[] = {{3, 2430, "24.67", AbcGrade::A}, {5, 1840, "43.35", AbcGrade::A},
                                 {8, 1200, "55.53", AbcGrade::A}, {1, 900, "64.67", AbcGrade::A},
                                 {6, 890, "73.71", AbcGrade::A},  {4, 820, "82.03", AbcGrade::B},
                                 {7, 790, "90.05", AbcGrade::B},  {2, 500, "95.13", AbcGrade::C},
                                 {9, 480, "100.00", AbcGrade::C}};
    ASSERT_EQ(r.rows.size(), std::size(expected));
    Fen running = 0;
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        SCOPED_TRACE(i);
        const auto& row = r.rows[i];
        running += fenFromYuan(expected[i].yuan);
        EXPECT_EQ(row.rank, static_cast<int>(i) + 1);
        EXPECT_EQ(row.customerId, expected[i].id);
        EXPECT_EQ(row.amountFen, fenFromYuan(expected[i].yuan));
        EXPECT_EQ(row.runningFen, running);
        EXPECT_EQ(formatBp(row.cumulativeBp), QString::fromLatin1(expected[i].cumulative));
        EXPECT_EQ(row.grade, expected[i].grade);
    }
    EXPECT_EQ(r.count(AbcGrade::A), 5);
    EXPECT_EQ(r.count(AbcGrade::B), 2);
    EXPECT_EQ(r.count(AbcGrade::C), 2);
    EXPECT_EQ(r.gradeOf(4), AbcGrade::B);
    EXPECT_FALSE(r.gradeOf(42).has_value());
}

struct GradeCase {
    const char* name;
    std::vector<long long> yuan;
    std::string grades;
};

class AbcGradeTest : public ::testing::TestWithParam<GradeCase> {};

TEST_P(AbcGradeTest, GradesByExactCumulativeShare) {
    EXPECT_EQ(grades(runAbc(inputsYuan(GetParam().yuan), AbcSettings{})), GetParam().grades);
}

INSTANTIATE_TEST_SUITE_P(Thresholds, AbcGradeTest,
                         ::testing::Values(
                             // Exactly 80 % is A, exactly 95 % is B.
                             GradeCase{"exact_80_and_95", {80, 15, 5}, "ABC"},
                             // The customer whose running sum crosses 80 % is B.
                             GradeCase{"crossing_80_is_B", {70, 20, 10}, "ABC"},
                             GradeCase{"one_fen_over_80", {8001, 1999}, "BC"},
                             // A single customer holds 100 % and is C; two equal halves: A then C.
                             GradeCase{"single", {100}, "C"}, GradeCase{"halves", {50, 50}, "AC"},
                             // Zero amounts are included and come last.
                             GradeCase{"zeros_last", {0, 60, 0, 40}, "ACCC"},
                             // Total 0: everyone C.
                             GradeCase{"total_zero", {0, 0, 0}, "CCC"}, GradeCase{"empty", {}, ""}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(AbcAnalysisTest, CumulativeIsExactHalfUpAndNotOverCounted) {
    // 80.005 % exactly → rounds up to 80.01 but the grade is by the exact share (> 80 % → B).
    const AbcResult r = runAbc({{1, 16001}, {2, 3999}}, AbcSettings{});
    EXPECT_EQ(r.rows[0].cumulativeBp, 8001);
    EXPECT_EQ(r.rows[0].grade, AbcGrade::B);
    // 1/3 = 33.333 % → 3333; 2/3 = 66.667 % → 6667.
    EXPECT_EQ(ratioBp(1, 3), 3333);
    EXPECT_EQ(ratioBp(2, 3), 6667);
    EXPECT_EQ(ratioBp(1, 8), 1250);
    EXPECT_EQ(ratioBp(1, 20000), 1);  // 0.5 bp rounds half-up
    EXPECT_EQ(ratioBp(1, 20001), 0);
    EXPECT_EQ(ratioBp(5, 0), 0);
}

TEST(AbcAnalysisTest, TiesSortByCustomerIdAscending) {
    const AbcResult r = runAbc({{9, 100}, {3, 100}, {5, 100}, {7, 200}}, AbcSettings{});
    EXPECT_EQ(ids(r), (std::vector<CustomerId>{7, 3, 5, 9}));
    EXPECT_EQ(r.rows[1].rank, 2);
    EXPECT_EQ(r.rows[3].rank, 4);
}

TEST(AbcAnalysisTest, TotalZeroEveryRowCAtHundredPercent) {
    const AbcResult r = runAbc({{2, 0}, {1, 0}}, AbcSettings{});
    ASSERT_EQ(r.rows.size(), 2U);
    EXPECT_EQ(ids(r), (std::vector<CustomerId>{1, 2}));
    for (const auto& row : r.rows) {
        EXPECT_EQ(row.cumulativeBp, 10000);
        EXPECT_EQ(row.grade, AbcGrade::C);
    }
    EXPECT_EQ(r.count(AbcGrade::C), 2);
}

TEST(AbcAnalysisTest, DuplicateIdsAreSummed) {
    const AbcResult r = runAbc({{1, 100}, {2, 150}, {1, 100}}, AbcSettings{});
    ASSERT_EQ(r.rows.size(), 2U);
    EXPECT_EQ(r.rows[0].customerId, 1);
    EXPECT_EQ(r.rows[0].amountFen, 200);
}

TEST(AbcAnalysisTest, ChangingThresholdsChangesGrades) {
    AbcSettings s;
    s.aThresholdBp = 7000;  // A threshold 70 %
    // Seed 001 with A ≤ 70 %: 73.71 % becomes B.
    const auto in = inputsYuan({2430, 1840, 1200, 900, 890, 820, 790, 500, 480});
    EXPECT_EQ(grades(runAbc(in, AbcSettings{})), "AAAAABBCC");
    EXPECT_EQ(grades(runAbc(in, s)), "AAAABBBCC");
    s.bThresholdBp = 9600;  // 95.13 % becomes B
    EXPECT_EQ(grades(runAbc(in, s)), "AAAABBBBC");
}

TEST(AbcAnalysisTest, PopulationIsValidCustomersWithVisits) {
    const QDate asOf(2026, 5, 31);
    CustomerFacts valid;
    valid.id = 1;
    valid.phone = QStringLiteral("13800000000");
    valid.firstVisit = valid.lastVisit = QDate(2025, 1, 1);
    valid.windowAmountFen = 0;  // zero amounts included
    CustomerFacts noPhone = valid;
    noPhone.id = 2;
    noPhone.phone.clear();
    CustomerFacts invalid = valid;
    invalid.id = 3;
    invalid.invalidSince = QDate(2026, 1, 1);
    CustomerFacts prospect;
    prospect.id = 4;
    prospect.phone = valid.phone;
    EXPECT_EQ(abcInputs({valid, noPhone, invalid, prospect}, asOf),
              (std::vector<AbcInput>{{1, 0}}));
}

TEST(AbcAnalysisTest, FormatBp) {
    EXPECT_EQ(formatBp(2467), QStringLiteral("24.67"));
    EXPECT_EQ(formatBp(10000), QStringLiteral("100.00"));
    EXPECT_EQ(formatBp(5), QStringLiteral("0.05"));
    EXPECT_EQ(formatBp(0), QStringLiteral("0.00"));
    EXPECT_EQ(formatBp(-105), QStringLiteral("-1.05"));
}

TEST(AbcAnalysisTest, GradeKeys) {
    EXPECT_EQ(toKey(AbcGrade::A), QStringLiteral("A"));
    EXPECT_EQ(abcGradeFromKey(QStringLiteral("B")), AbcGrade::B);
    EXPECT_FALSE(abcGradeFromKey(QStringLiteral("D")).has_value());
}

}  // namespace
