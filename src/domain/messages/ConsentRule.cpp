#include "hc/domain/ConsentRule.h"

#include <QCoreApplication>

#include <array>

namespace hc::domain {

QString toKey(ConsentState state) {
    return state == ConsentState::Granted ? QStringLiteral("granted") : QStringLiteral("refused");
}

std::optional<ConsentState> consentStateFromKey(const QString& key) {
    if (key == QLatin1String("granted")) {
        return ConsentState::Granted;
    }
    if (key == QLatin1String("refused")) {
        return ConsentState::Refused;
    }
    return std::nullopt;
}

QString toLabel(std::optional<ConsentState> state) {
    if (!state) {
        return QCoreApplication::translate("hc::domain", "未记录");
    }
    return *state == ConsentState::Granted ? QCoreApplication::translate("hc::domain", "同意")
                                           : QCoreApplication::translate("hc::domain", "拒绝");
}

namespace {

constexpr std::array<ConsentSource, 5> kSources{ConsentSource::ReceptionForm, ConsentSource::Call,
                                                ConsentSource::MessageReply, ConsentSource::Import,
                                                ConsentSource::Migration};

}  // namespace

QString toKey(ConsentSource source) {
    switch (source) {
        case ConsentSource::ReceptionForm:
            return QStringLiteral("reception_form");
        case ConsentSource::Call:
            return QStringLiteral("call");
        case ConsentSource::MessageReply:
            return QStringLiteral("message_reply");
        case ConsentSource::Import:
            return QStringLiteral("import");
        case ConsentSource::Migration:
            return QStringLiteral("migration");
    }
    return {};
}

std::optional<ConsentSource> consentSourceFromKey(const QString& key) {
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto s : kSources) {
        if (toKey(s) == k) {
            return s;
        }
    }
    // What shop staff write in Chinese (scripts, spreadsheets): the labels and their usual words.
    struct Alias {
        const char16_t* text;
        ConsentSource source;
    };
    static constexpr Alias kAliases[] = {
        {u"接待登记表", ConsentSource::ReceptionForm},
        {u"前台登记表", ConsentSource::ReceptionForm},
        {u"登记表", ConsentSource::ReceptionForm},
        {u"接待", ConsentSource::ReceptionForm},
        {u"前台", ConsentSource::ReceptionForm},
        {u"电话", ConsentSource::Call},
        {u"回访电话", ConsentSource::Call},
        {u"回访", ConsentSource::Call},
        {u"短信回复", ConsentSource::MessageReply},
        {u"短信", ConsentSource::MessageReply},
        {u"导入", ConsentSource::Import},
        {u"批量导入", ConsentSource::Import},
    };
    const QString text = key.trimmed();
    for (const Alias& a : kAliases) {
        if (text == QStringView(a.text)) {
            return a.source;
        }
    }
    return std::nullopt;
}

QString toLabel(ConsentSource source) {
    switch (source) {
        case ConsentSource::ReceptionForm:
            return QCoreApplication::translate("hc::domain", "接待登记表");
        case ConsentSource::Call:
            return QCoreApplication::translate("hc::domain", "电话");
        case ConsentSource::MessageReply:
            return QCoreApplication::translate("hc::domain", "短信回复");
        case ConsentSource::Import:
            return QCoreApplication::translate("hc::domain", "导入");
        case ConsentSource::Migration:
            return QCoreApplication::translate("hc::domain", "原营销退订标记");
    }
    return {};
}

bool ConsentRule::allows(MessagePurpose purpose, std::optional<ConsentState> latest) {
    if (purpose == MessagePurpose::Service) {
        return latest != ConsentState::Refused;
    }
    return latest == ConsentState::Granted;
}

}  // namespace hc::domain
