#include "hc/domain/CallScripts.h"

#include <QCoreApplication>

namespace hc::domain {

namespace {

/// Translated on each call (a namespace-scope constant would freeze the language at start-up).
QString airFilter() {
    return QCoreApplication::translate("hc::domain", "更换PM2.5防雾霾专用空调滤免工时费");
}

}  // namespace

QString CallScripts::greeting() {
    return QCoreApplication::translate(
        "hc::domain",
        "您好,我是{shop}的客服,请问您是{plate}的车主{name}吗?需要给您做个回访,大概占用您两三分钟"
        "时间,请问您方便接听电话吗?看您的维修记录,上次来店是{last_visit},正常的保养是半年做一次"
        "的,现在已经过去了{months}个月,想问下您的车辆做保养了吗?");
}

QString CallScripts::forDeclinedWork() {
    return QCoreApplication::translate(
        "hc::domain",
        "您好,{name},我是{shop}的客服。您的爱车{plate}上次来店时,技师建议的项目还没有做,"
        "现在已经到了建议的时间(或里程)。为了行车安全,建议您近期预约来店,我们可以先为您免费"
        "检查一下。请问您哪天方便?");
}

QString CallScripts::forStage(Stage stage) {
    switch (stage) {
        case Stage::Active:
            return QCoreApplication::translate(
                "hc::domain",
                "{name}您好,您的爱车{plate}快到保养时间了,建议您提前预约,到店无需等待,预约还有工时"
                "优惠。");
        case Stage::NotLost:
            return QCoreApplication::translate(
                       "hc::domain",
                       "{name}您好,您的爱车{plate}已经{months}个月没有保养了。现在到店") +
                   airFilter() +
                   QCoreApplication::translate(
                       "hc::domain",
                       ",提前预约工时还有优惠。正常保养半年一次,建议您近期预约来店。");
        case Stage::QuasiLost:
            return QCoreApplication::translate(
                       "hc::domain", "{name}您好,您的爱车{plate}上次来店是{last_visit}。现在到店") +
                   airFilter() +
                   QCoreApplication::translate(
                       "hc::domain",
                       ",预约工时有优惠;整数预存办理会员还可免工本费。有优惠活动我会及时通知您,"
                       "建议您近期预约保养。");
        case Stage::Lost:
            return QCoreApplication::translate(
                       "hc::domain",
                       "{name}您好,您的爱车{plate}已经{months}个月没来店了。现在到店") +
                   airFilter() +
                   QCoreApplication::translate(
                       "hc::domain",
                       ";半轴、减震器等老车易损配件九折优惠;凭流失招揽短信来店工时七折(事故车"
                       "除外);清洗油路工时费半价。");
        case Stage::TrendingLost:
            return QCoreApplication::translate(
                       "hc::domain",
                       "{name}您好,好久不见,您的爱车{plate}上次来店是{last_visit}。"
                       "现在到店") +
                   airFilter() +
                   QCoreApplication::translate(
                       "hc::domain",
                       ";半轴、减震器等老车易损配件九折优惠;凭流失招揽短信来店工时七折(事故车"
                       "除外);免费添加防冻液,刹车系统养护免工时费。");
        case Stage::CompletelyLost:
            return QCoreApplication::translate(
                       "hc::domain",
                       "{name}您好,感谢您一直以来的支持,我们为老客户准备了关怀礼遇:免费全车检测,"
                       "免费添加玻璃水、防冻液,") +
                   airFilter() +
                   QCoreApplication::translate(
                       "hc::domain",
                       ";维修工时有折扣、配件有优惠,消费满额赠送礼品或养护券;更换四条轮胎免工时、"
                       "平衡、定位。");
    }
    return {};
}

QString CallScripts::forReason(ChurnReason reason) {
    switch (reason) {
        case ChurnReason::Price:
            return QCoreApplication::translate(
                "hc::domain",
                "我店的价格都是明码标价的,使用原厂配件,质量有保障;每个季度都有优惠服务活动,以后有"
                "活动我通知您。下次来店前提前一天预约,工时给您打八折(事故车除外),您看怎么样?");
        case ChurnReason::Quality:
            return QCoreApplication::translate(
                "hc::domain",
                "我店的技师都经过专业培训和认证,如果您预约来店,我们安排资深技师为您的车辆维修;我店"
                "解决不了的技术问题会提交厂家,尽最大努力为您解决。");
        case ChurnReason::Waiting:
            return QCoreApplication::translate(
                "hc::domain",
                "建议您提前预约,我们按预约时间准备好工位和配件,到店第一时间接待,"
                "大大缩短等待时间。");
        case ChurnReason::Attitude:
            return QCoreApplication::translate(
                "hc::domain",
                "很抱歉之前给您带来不愉快的体验。我店对员工的礼仪和接待水平定期考核,服务已有很大"
                "提升。我们可以免费为您做一次全车检测,并安排金牌服务顾问为您接车,"
                "您看什么时候方便?");
        case ChurnReason::Distance:
            return QCoreApplication::translate(
                "hc::domain",
                "路途较远的客户我们可以提供接送车或代步车服务,预约错峰到店无需等待,您看哪天方便?");
        case ChurnReason::FriendGarage:
            return QCoreApplication::translate(
                "hc::domain",
                "我店的配件都是原厂纯正配件,质量有保证,维修工具和技术更规范专业;车辆出现问题最好还"
                "是来店检修,提前预约工时还有优惠。");
        case ChurnReason::VehicleSold:
            return QCoreApplication::translate(
                "hc::domain",
                "感谢您告诉我们。方便提供一下新车主的联系方式吗?提供正确联系方式可赠送价值200元的"
                "装饰券;您如果有换车打算,也欢迎来店看看。");
        case ChurnReason::LowMileage:
            return QCoreApplication::translate(
                "hc::domain",
                "车辆即使里程少,机油和部件也会随时间老化,建议半年做一次保养;提前预约来店,工时有"
                "优惠。");
        case ChurnReason::OutOfTown:
            return QCoreApplication::translate(
                "hc::domain",
                "您在外地期间,请记得在当地的4S店按时维修保养;回来后欢迎随时预约来店。");
        case ChurnReason::Other:
            return QCoreApplication::translate(
                "hc::domain",
                "感谢您的反馈,我们会认真改进。有优惠活动我会及时通知您,欢迎您随时预约来店。");
    }
    return {};
}

QStringList CallScripts::placeholders() {
    return {QStringLiteral("{name}"), QStringLiteral("{plate}"), QStringLiteral("{last_visit}"),
            QStringLiteral("{months}"), QStringLiteral("{shop}")};
}

QString CallScripts::render(const QString& script, const ScriptContext& context) {
    // One pass, so a value that itself contains "{…}" is not substituted again.
    auto value = [&](const QString& key) -> std::optional<QString> {
        if (key == QLatin1String("name")) {
            return context.name;
        }
        if (key == QLatin1String("plate")) {
            return context.plate;
        }
        if (key == QLatin1String("last_visit")) {
            return context.lastVisit.isValid() ? context.lastVisit.toString(Qt::ISODate)
                                               : QString();
        }
        if (key == QLatin1String("months")) {
            return context.months ? QString::number(*context.months) : QString();
        }
        if (key == QLatin1String("shop")) {
            return context.shop;
        }
        return std::nullopt;
    };
    QString out;
    out.reserve(script.size());
    qsizetype i = 0;
    while (i < script.size()) {
        const qsizetype open = script.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            out += script.mid(i);
            break;
        }
        const qsizetype close = script.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0) {
            out += script.mid(i);
            break;
        }
        out += script.mid(i, open - i);
        if (const auto v = value(script.mid(open + 1, close - open - 1))) {
            out += *v;
            i = close + 1;
        } else {
            out += QLatin1Char('{');
            i = open + 1;
        }
    }
    return out;
}

}  // namespace hc::domain
