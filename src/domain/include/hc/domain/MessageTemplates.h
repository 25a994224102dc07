#pragma once

#include "hc/domain/MessagePurpose.h"
#include "hc/domain/MessageTemplateKey.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace hc::domain {

/// The values merged into a template. Fields: {姓名} name, {车牌} plate, {到期日期} due date
/// (ISO), {门店} shop name, {门店电话} shop phone, {预约时间} appointment (date and slot as text),
/// {节日} holiday name, {优惠} the campaign's offer.
struct MessageContext {
    QString name;
    QString plate;
    QDate due;
    QString shopName;
    QString shopPhone;
    QString appointment;
    QString holiday;
    QString offer;
};

/// The text a template renders to and what was wrong with it.
struct RenderedMessage {
    QString text;                   ///< 【shop】 + body (+ 回T退订 for marketing)
    QStringList unknownFields;      ///< "{…}" names that are no merge field (left as written)
    QStringList emptyFields;        ///< merge fields without a value for this customer (left empty)
    bool missingSignature = false;  ///< no shop name: the SMS platforms refuse unsigned texts
};

/// Message templates (issue 11 item 4): defaults, merge fields, signature and unsubscribe line.
/// Every message starts with the shop signature 【门店名】 (the name of the shop profile); every
/// marketing message ends with the unsubscribe line 回T退订 (MIIT SMS rules; not added twice when
/// the template already ends with it). Service messages carry no unsubscribe line.
class MessageTemplates {
public:
    /// The unsubscribe line appended to marketing messages.
    [[nodiscard]] static QString unsubscribeLine();
    /// The merge field names, without braces, in the order the editor lists them.
    [[nodiscard]] static QStringList fieldNames();
    /// The default body of a template (without signature and unsubscribe line).
    [[nodiscard]] static QString defaultText(MessageTemplateKey key);
    /// Renders `body` for `context` with the purpose of `key`. One pass: a value that contains
    /// "{…}" is not substituted again.
    [[nodiscard]] static RenderedMessage render(const QString& body, MessageTemplateKey key,
                                                const MessageContext& context);
    /// The sample customer of the template editor's preview.
    [[nodiscard]] static MessageContext sampleContext(const QString& shopName,
                                                      const QString& shopPhone, const QDate& today);
};

}  // namespace hc::domain
