#include "hc/domain/ConsentRule.h"
#include "hc/domain/MessageTemplateKey.h"
#include "hc/domain/MessageTemplates.h"
#include "hc/domain/SmsSegments.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

using namespace hc::domain;

namespace {

QString u(const char* s) {
    return QString::fromUtf8(s);
}

MessageContext context() {
    MessageContext c;
    c.name = u("王先生");
    c.plate = u("陕A12345");
    c.due = QDate(2026, 12, 20);
    c.shopName = u("顺达汽修");
    c.shopPhone = u("029-81629900");
    c.appointment = u("2026-12-05 09:00");
    c.holiday = u("元旦");
    c.offer = u("保养八折");
    return c;
}

struct KeyCase {
    MessageTemplateKey key;
    const char* text;
    MessagePurpose purpose;
    std::optional<FollowUpKind> kind;
};

void PrintTo(const KeyCase& c, std::ostream* os) {
    *os << c.text;
}

class MessageTemplateKeyTest : public ::testing::TestWithParam<KeyCase> {};

TEST_P(MessageTemplateKeyTest, KeyPurposeAndFollowUpKind) {
    const auto& c = GetParam();
    EXPECT_EQ(toKey(c.key), QString::fromLatin1(c.text));
    EXPECT_EQ(messageTemplateKeyFromKey(QString::fromLatin1(c.text)), c.key);
    EXPECT_EQ(purposeOf(c.key), c.purpose);
    EXPECT_EQ(followUpKindOf(c.key), c.kind);
    EXPECT_FALSE(MessageTemplates::defaultText(c.key).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Golden, MessageTemplateKeyTest,
    ::testing::Values(KeyCase{MessageTemplateKey::PostService, "post_service",
                              MessagePurpose::Service, FollowUpKind::PostService},
                      KeyCase{MessageTemplateKey::MaintenanceDue, "maintenance_due",
                              MessagePurpose::Service, FollowUpKind::Maintenance},
                      KeyCase{MessageTemplateKey::AppointmentReminder, "appointment_reminder",
                              MessagePurpose::Service, std::nullopt},
                      KeyCase{MessageTemplateKey::Holiday, "holiday", MessagePurpose::Marketing,
                              FollowUpKind::Care},
                      KeyCase{MessageTemplateKey::Winback, "winback", MessagePurpose::Marketing,
                              FollowUpKind::Winback},
                      KeyCase{MessageTemplateKey::Campaign, "campaign", MessagePurpose::Marketing,
                              FollowUpKind::Winback}));

TEST(MessageTemplateKeyTest, UnknownKey) {
    EXPECT_FALSE(messageTemplateKeyFromKey(QStringLiteral("birthday")));
    EXPECT_FALSE(messageTemplateKeyFromKey(QString()));
}

struct RenderCase {
    const char* name;
    MessageTemplateKey key;
    const char* body;
    const char* expected;
};

void PrintTo(const RenderCase& c, std::ostream* os) {
    *os << c.name;
}

class MessageRenderTest : public ::testing::TestWithParam<RenderCase> {};

TEST_P(MessageRenderTest, MergesSignsAndAddsUnsubscribeForMarketing) {
    const auto& c = GetParam();
    const auto r = MessageTemplates::render(u(c.body), c.key, context());
    EXPECT_EQ(r.text, u(c.expected));
    EXPECT_TRUE(r.unknownFields.isEmpty());
    EXPECT_FALSE(r.missingSignature);
}

INSTANTIATE_TEST_SUITE_P(
    Golden, MessageRenderTest,
    ::testing::Values(
        RenderCase{
            "service_all_fields", MessageTemplateKey::MaintenanceDue,
            "{姓名}您好,{车牌}于{到期日期}到期保养,请致电{门店}{门店电话}。",
            "【顺达汽修】王先生您好,陕A12345于2026-12-20到期保养,请致电顺达汽修029-81629900。"},
        RenderCase{"service_no_unsubscribe", MessageTemplateKey::AppointmentReminder,
                   "您已预约{预约时间}。", "【顺达汽修】您已预约2026-12-05 09:00。"},
        RenderCase{"marketing_unsubscribe", MessageTemplateKey::Holiday, "{姓名}{节日}快乐!",
                   "【顺达汽修】王先生元旦快乐!回T退订"},
        RenderCase{"marketing_not_twice", MessageTemplateKey::Campaign, "{优惠}回T退订",
                   "【顺达汽修】保养八折回T退订"},
        RenderCase{"signature_not_twice", MessageTemplateKey::PostService, "【顺达汽修】谢谢",
                   "【顺达汽修】谢谢"},
        RenderCase{"trimmed_body", MessageTemplateKey::Winback, "  欢迎回来  ",
                   "【顺达汽修】欢迎回来回T退订"},
        RenderCase{"unclosed_brace_kept", MessageTemplateKey::PostService, "谢谢{姓名",
                   "【顺达汽修】谢谢{姓名"}));

TEST(MessageRenderTest, UnknownAndEmptyFieldsAreReported) {
    auto c = context();
    c.plate.clear();
    const auto r =
        MessageTemplates::render(u("{姓名}{车型}{车牌}{车型}"), MessageTemplateKey::PostService, c);
    EXPECT_EQ(r.text, u("【顺达汽修】王先生{车型}{车型}"));
    EXPECT_EQ(r.unknownFields, QStringList{u("车型")});
    EXPECT_EQ(r.emptyFields, QStringList{u("车牌")});
}

TEST(MessageRenderTest, ValueIsNotSubstitutedAgain) {
    auto c = context();
    c.name = u("{门店}");
    const auto r = MessageTemplates::render(u("{姓名}"), MessageTemplateKey::PostService, c);
    EXPECT_EQ(r.text, u("【顺达汽修】{门店}"));
}

TEST(MessageRenderTest, WithoutShopNameTheSignatureIsMissing) {
    auto c = context();
    c.shopName = u("  ");
    const auto r = MessageTemplates::render(u("谢谢"), MessageTemplateKey::Holiday, c);
    EXPECT_TRUE(r.missingSignature);
    EXPECT_EQ(r.text, u("谢谢回T退订"));
}

TEST(MessageRenderTest, EveryDefaultUsesOnlyKnownFields) {
    for (const auto key : kMessageTemplateKeys) {
        const auto r = MessageTemplates::render(MessageTemplates::defaultText(key), key, context());
        EXPECT_TRUE(r.unknownFields.isEmpty()) << toKey(key).toStdString();
        EXPECT_TRUE(r.emptyFields.isEmpty()) << toKey(key).toStdString();
        EXPECT_EQ(r.text.endsWith(u("回T退订")), purposeOf(key) == MessagePurpose::Marketing);
    }
}

struct SegmentCase {
    const char* name;
    QString text;
    int characters;
    int segments;
    bool unicode;
};

void PrintTo(const SegmentCase& c, std::ostream* os) {
    *os << c.name;
}

class SmsSegmentsTest : public ::testing::TestWithParam<SegmentCase> {};

TEST_P(SmsSegmentsTest, CountsParts) {
    const auto& c = GetParam();
    const auto s = SmsSegments::count(c.text);
    EXPECT_EQ(s.characters, c.characters);
    EXPECT_EQ(s.segments, c.segments);
    EXPECT_EQ(s.unicode, c.unicode);
}

INSTANTIATE_TEST_SUITE_P(
    Golden, SmsSegmentsTest,
    ::testing::Values(
        SegmentCase{"empty", QString(), 0, 0, false},
        SegmentCase{"chinese_70", QString(70, QChar(0x4E2D)), 70, 1, true},
        SegmentCase{"chinese_71", QString(71, QChar(0x4E2D)), 71, 2, true},
        SegmentCase{"chinese_134", QString(134, QChar(0x4E2D)), 134, 2, true},
        SegmentCase{"chinese_135", QString(135, QChar(0x4E2D)), 135, 3, true},
        SegmentCase{"ascii_160", QString(160, QLatin1Char('a')), 160, 1, false},
        SegmentCase{"ascii_161", QString(161, QLatin1Char('a')), 161, 2, false},
        SegmentCase{"ascii_306", QString(306, QLatin1Char('a')), 306, 2, false},
        SegmentCase{"ascii_307", QString(307, QLatin1Char('a')), 307, 3, false},
        // 80 extension characters are 160 septets: one part; 81 are 162.
        SegmentCase{"gsm_extension_80", QString(80, QLatin1Char('{')), 80, 1, false},
        SegmentCase{"gsm_extension_81", QString(81, QLatin1Char('[')), 81, 2, false},
        // One Chinese character makes the whole text UCS-2.
        SegmentCase{"mixed", QString(69, QLatin1Char('a')) + QChar(0x4E2D), 70, 1, true},
        // An emoji is 2 UCS-2 units but one character.
        SegmentCase{"emoji", QString(68, QChar(0x4E2D)) + QString::fromUcs4(U"\U0001F697"), 69, 1,
                    true},
        SegmentCase{"emoji_over", QString(69, QChar(0x4E2D)) + QString::fromUcs4(U"\U0001F697"), 70,
                    2, true}));

struct ConsentCase {
    MessagePurpose purpose;
    std::optional<ConsentState> latest;
    bool allowed;
};

class ConsentRuleTest : public ::testing::TestWithParam<ConsentCase> {};

TEST_P(ConsentRuleTest, ServiceUnlessRefusedMarketingOnlyWhenGranted) {
    const auto& c = GetParam();
    EXPECT_EQ(ConsentRule::allows(c.purpose, c.latest), c.allowed);
}

INSTANTIATE_TEST_SUITE_P(
    Golden, ConsentRuleTest,
    ::testing::Values(ConsentCase{MessagePurpose::Service, std::nullopt, true},
                      ConsentCase{MessagePurpose::Service, ConsentState::Granted, true},
                      ConsentCase{MessagePurpose::Service, ConsentState::Refused, false},
                      ConsentCase{MessagePurpose::Marketing, std::nullopt, false},
                      ConsentCase{MessagePurpose::Marketing, ConsentState::Granted, true},
                      ConsentCase{MessagePurpose::Marketing, ConsentState::Refused, false}));

TEST(ConsentSourceTest, KeysAndLooseSpelling) {
    EXPECT_EQ(consentSourceFromKey(QStringLiteral("reception_form")), ConsentSource::ReceptionForm);
    EXPECT_EQ(consentSourceFromKey(QStringLiteral("Reception form")), ConsentSource::ReceptionForm);
    EXPECT_EQ(consentSourceFromKey(QStringLiteral("message-reply")), ConsentSource::MessageReply);
    EXPECT_EQ(consentSourceFromKey(QStringLiteral("call")), ConsentSource::Call);
    EXPECT_EQ(consentSourceFromKey(QStringLiteral("import")), ConsentSource::Import);
    EXPECT_FALSE(consentSourceFromKey(QStringLiteral("rumour")));
    // The Chinese words staff use (labels and usual synonyms).
    EXPECT_EQ(consentSourceFromKey(QStringLiteral("前台登记表")), ConsentSource::ReceptionForm);
    EXPECT_EQ(consentSourceFromKey(QStringLiteral("接待登记表")), ConsentSource::ReceptionForm);
    EXPECT_EQ(consentSourceFromKey(QStringLiteral(" 电话 ")), ConsentSource::Call);
    EXPECT_EQ(consentSourceFromKey(QStringLiteral("短信回复")), ConsentSource::MessageReply);
    EXPECT_EQ(consentSourceFromKey(QStringLiteral("导入")), ConsentSource::Import);
    EXPECT_FALSE(consentSourceFromKey(QStringLiteral("听说")));
    EXPECT_EQ(consentStateFromKey(QStringLiteral("granted")), ConsentState::Granted);
    EXPECT_EQ(consentStateFromKey(QStringLiteral("refused")), ConsentState::Refused);
    EXPECT_FALSE(consentStateFromKey(QStringLiteral("maybe")));
    EXPECT_EQ(messagePurposeFromKey(QStringLiteral("service")), MessagePurpose::Service);
    EXPECT_EQ(messagePurposeFromKey(QStringLiteral("marketing")), MessagePurpose::Marketing);
    EXPECT_FALSE(messagePurposeFromKey(QStringLiteral("other")));
}

}  // namespace
