#include "hc/domain/MessageTemplates.h"

#include <QCoreApplication>

#include <optional>

namespace hc::domain {

namespace {

QString u(const char* s) {
    return QString::fromUtf8(s);
}

}  // namespace

QString MessageTemplates::unsubscribeLine() {
    return u("回T退订");
}

QStringList MessageTemplates::fieldNames() {
    return {u("姓名"),     u("车牌"),     u("到期日期"), u("门店"),
            u("门店电话"), u("预约时间"), u("节日"),     u("优惠")};
}

QString MessageTemplates::defaultText(MessageTemplateKey key) {
    // Message texts are data the shop edits and sends in Chinese: they are not translated.
    switch (key) {
        case MessageTemplateKey::PostService:
            return u(
                "{姓名}您好,感谢您近日光临{门店}。爱车{车牌}使用中如有任何问题,请致电"
                "{门店电话}。");
        case MessageTemplateKey::MaintenanceDue:
            return u(
                "{姓名}您好,您的爱车{车牌}预计于{到期日期}到期保养,欢迎提前致电{门店电话}"
                "预约。");
        case MessageTemplateKey::AppointmentReminder:
            return u(
                "{姓名}您好,提醒您已预约{预约时间}到{门店}为{车牌}服务,如需改期请致电"
                "{门店电话}。");
        case MessageTemplateKey::Holiday:
            return u("{姓名}您好,{门店}祝您{节日}快乐、出行平安!");
        case MessageTemplateKey::Winback:
            return u(
                "{姓名}您好,{门店}好久不见,凭本短信到店保养享工时优惠(事故车除外),"
                "预约电话{门店电话}。");
        case MessageTemplateKey::Campaign:
            return u("{姓名}您好,{门店}{优惠},详询{门店电话}。");
    }
    return {};
}

RenderedMessage MessageTemplates::render(const QString& body, MessageTemplateKey key,
                                         const MessageContext& c) {
    RenderedMessage out;
    auto value = [&](const QString& field) -> std::optional<QString> {
        if (field == u("姓名")) {
            return c.name;
        }
        if (field == u("车牌")) {
            return c.plate;
        }
        if (field == u("到期日期")) {
            return c.due.isValid() ? c.due.toString(Qt::ISODate) : QString();
        }
        if (field == u("门店")) {
            return c.shopName;
        }
        if (field == u("门店电话")) {
            return c.shopPhone;
        }
        if (field == u("预约时间")) {
            return c.appointment;
        }
        if (field == u("节日")) {
            return c.holiday;
        }
        if (field == u("优惠")) {
            return c.offer;
        }
        return std::nullopt;
    };
    QString text;
    text.reserve(body.size() + 32);
    qsizetype i = 0;
    const QString trimmed = body.trimmed();
    while (i < trimmed.size()) {
        const qsizetype open = trimmed.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            text += trimmed.mid(i);
            break;
        }
        const qsizetype close = trimmed.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0) {
            text += trimmed.mid(i);
            break;
        }
        text += trimmed.mid(i, open - i);
        const QString field = trimmed.mid(open + 1, close - open - 1);
        if (const auto v = value(field)) {
            if (v->isEmpty() && !out.emptyFields.contains(field)) {
                out.emptyFields.push_back(field);
            }
            text += *v;
        } else {
            if (!out.unknownFields.contains(field)) {
                out.unknownFields.push_back(field);
            }
            text += trimmed.mid(open, close - open + 1);
        }
        i = close + 1;
    }
    const QString shop = c.shopName.trimmed();
    out.missingSignature = shop.isEmpty();
    QString signature;
    if (!shop.isEmpty()) {
        signature = u("【") + shop + u("】");
    }
    if (!signature.isEmpty() && text.startsWith(signature)) {
        signature.clear();  // the template already starts with it
    }
    out.text = signature + text;
    if (purposeOf(key) == MessagePurpose::Marketing && !out.text.endsWith(unsubscribeLine())) {
        out.text += unsubscribeLine();
    }
    return out;
}

MessageContext MessageTemplates::sampleContext(const QString& shopName, const QString& shopPhone,
                                               const QDate& today) {
    MessageContext c;
    // Sample data merged into a Chinese SMS text: not translated (the preview is shop data).
    c.name = u("张先生");
    c.plate = u("陕A12345");
    c.due = today.addDays(7);
    c.shopName = shopName;
    c.shopPhone = shopPhone;
    c.appointment = today.addDays(1).toString(Qt::ISODate) + u(" 09:00");
    c.holiday = u("春节");
    c.offer = u("本月保养工时八折");
    return c;
}

}  // namespace hc::domain
