// domain::AuditRedaction: what a PIPL erasure removes from the audit JSON written about the
// customer before it — personal keys at any depth, and any text holding one of the customer's own
// values — and what stays (amounts, dates, categories, other keys).
#include "hc/domain/AuditRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace hc::domain {
namespace {

struct Case {
    const char* name;
    const char* json;
    const char* expected;  // compact JSON, keys sorted
};

class AuditRedactionGolden : public ::testing::TestWithParam<Case> {};

TEST_P(AuditRedactionGolden, RedactsPersonalValuesOnly) {
    const Case& c = GetParam();
    const QStringList values{QStringLiteral("刘春江"), QStringLiteral("13812345678"),
                             QStringLiteral("陕A12345"), QStringLiteral("x")};
    EXPECT_EQ(AuditRedaction::redact(QString::fromUtf8(c.json), values),
              QString::fromUtf8(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Golden, AuditRedactionGolden,
    ::testing::Values(
        Case{"PersonalKeys", R"({"name":"刘春江","phone":"13812345678","amount_fen":300})",
             R"({"amount_fen":300,"name":"已删除","phone":"已删除"})"},
        Case{"NullStaysNull", R"({"phone2":null,"id_number":null})",
             R"({"id_number":null,"phone2":null})"},
        Case{"Nested", R"({"customer":{"name":"A","address":"B"},"visit":{"category":"repair"}})",
             R"({"customer":{"address":"已删除","name":"已删除"},"visit":{"category":"repair"}})"},
        Case{"ValueInsideOtherText", R"({"summary":"致电 13812345678 约保养","region":"西安"})",
             R"({"region":"西安","summary":"已删除"})"},
        Case{"PlateInArray", R"({"plates":["陕A12345","陕B99999"]})",
             R"({"plates":["已删除","陕B99999"]})"},
        Case{"ShortValuesIgnored", R"({"kind":"x","model":"xc60"})",
             R"({"kind":"x","model":"xc60"})"},
        Case{"VehicleAndVisitTexts",
             R"({"vin":"1M8","engine_no":"E1","work_done":"换油","mileage":25000})",
             R"({"engine_no":"已删除","mileage":25000,"vin":"已删除","work_done":"已删除"})"},
        Case{"EmptyStaysEmpty", "", ""}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace hc::domain
