#include "hc/domain/SettingsValidation.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <chrono>
#include <iterator>

namespace hc::domain {

namespace {

using B = SettingsBounds;

/// `a` before `b` for spans that share a unit; spans in different units cannot be compared exactly
/// (months have 28–31 days) and pass.
bool before(const Span& a, const Span& b, bool strict) {
    if (a.unit != b.unit) {
        return true;
    }
    return strict ? a.count < b.count : a.count <= b.count;
}

void checkLifecycle(const LifecycleSettings& l, std::vector<SettingsError>& out) {
    if (!before(l.loyal, l.lost, /*strict=*/true)) {
        out.push_back({QStringLiteral("lifecycle"),
                       QCoreApplication::translate(
                           "hc::domain", "忠诚客户的时间界限必须短于流失客户的时间界限")});
        return;
    }
    // Stages cascade from the most recent one; the lost stages start where the lost class starts.
    const Span* chain[] = {&l.loyal, &l.notLostUntil, &l.lost, &l.lostUntil, &l.trendingLostUntil};
    for (std::size_t i = 0; i < std::size(chain); ++i) {
        for (std::size_t j = i + 1; j < std::size(chain); ++j) {
            if (!before(*chain[i], *chain[j], /*strict=*/false)) {
                out.push_back(
                    {QStringLiteral("lifecycle"),
                     QCoreApplication::translate("hc::domain",
                                                 "回访阶段的时间界限须依次递增:忠诚 ≤ 非流失 ≤ "
                                                 "准流失 ≤ 流失 ≤ 趋向彻底流失")});
                return;
            }
        }
    }
}

struct Bounded {
    const char* field;
    long long value;
    long long min;
    long long max;
    QString label;
};

void checkHolidays(const FollowUpSettings& s, std::vector<SettingsError>& out) {
    const QString field = QStringLiteral("holidays");
    if (s.holidays.size() > static_cast<std::size_t>(B::kMaxHolidays)) {
        out.push_back(
            {field,
             QCoreApplication::translate("hc::domain", "节日最多 %1 个").arg(B::kMaxHolidays)});
    }
    for (const auto& h : s.holidays) {
        const QString name = h.name.trimmed();
        if (name.isEmpty()) {
            out.push_back({field, QCoreApplication::translate("hc::domain", "请填写节日名称")});
            break;
        }
        if (name.size() > B::kMaxHolidayNameLength) {
            out.push_back(
                {field, QCoreApplication::translate("hc::domain", "节日名称不能超过 %1 个字")
                            .arg(B::kMaxHolidayNameLength)});
            break;
        }
        if (h.month < 1 || h.month > 12) {
            out.push_back(
                {field,
                 QCoreApplication::translate("hc::domain", "%1的月份须在 1 到 12 之间").arg(name)});
            break;
        }
        const int maxDay = h.lunar ? B::kMaxLunarDay : QDate(2000, h.month, 1).daysInMonth();
        if (h.day < 1 || h.day > maxDay) {
            out.push_back(
                {field, QCoreApplication::translate("hc::domain", "%1的日期须在 1 到 %2 之间")
                            .arg(name)
                            .arg(maxDay)});
            break;
        }
    }
    if (s.holidayFromStage == Stage::Active) {
        out.push_back(
            {QStringLiteral("holidayFromStage"),
             QCoreApplication::translate("hc::domain", "节日问候的起始阶段不能是忠诚客户")});
    }
}

}  // namespace

std::vector<SettingsError> validate(const AnalysisSettings& s) {
    std::vector<SettingsError> out;
    const auto& l = s.lifecycle;
    for (const Span* span : {&l.loyal, &l.lost, &l.notLostUntil, &l.lostUntil, &l.trendingLostUntil,
                             &s.abc.window, &s.matrix.window, &s.rfm.recency}) {
        if (span->count <= 0) {
            out.push_back({QStringLiteral("analysis"),
                           QCoreApplication::translate("hc::domain", "时间长度必须大于 0")});
            break;
        }
    }
    checkLifecycle(l, out);
    if (!(0 < s.abc.aThresholdBp && s.abc.aThresholdBp < s.abc.bThresholdBp &&
          s.abc.bThresholdBp <= 10000)) {
        out.push_back(
            {QStringLiteral("abc"),
             QCoreApplication::translate("hc::domain", "ABC 分级界限须满足 0 < A < B ≤ 100%")});
    }
    if (s.matrix.loyaltyThresholdPct <= 0 || s.matrix.loyaltyThresholdPct > 100) {
        out.push_back(
            {QStringLiteral("matrix"),
             QCoreApplication::translate("hc::domain", "忠诚度界限须在 1% 到 100% 之间")});
    }
    if (s.matrix.mileageMinDays < 1 || s.matrix.mileageMinDays > 3660) {
        out.push_back(
            {QStringLiteral("matrix.mileageMinDays"),
             QCoreApplication::translate(
                 "hc::domain", "计算行驶里程的两次读数至少相隔的天数须在 1 到 3660 之间")});
    }
    if (!(s.fleet.small >= 1 && s.fleet.small < s.fleet.medium && s.fleet.medium < s.fleet.large)) {
        out.push_back({QStringLiteral("fleet"),
                       QCoreApplication::translate("hc::domain", "车队规模界限须依次递增")});
    }
    const auto& sat = s.satisfaction;
    if (sat.marginX100 < 0 || sat.marginX100 > 400) {
        out.push_back({QStringLiteral("satisfaction.marginX100"),
                       QCoreApplication::translate(
                           "hc::domain", "满意度优势/劣势项目的分差须在 0 到 4.00 分之间")});
    }
    if (sat.lowestCount < 0 || sat.lowestCount > 50) {
        out.push_back(
            {QStringLiteral("satisfaction.lowestCount"),
             QCoreApplication::translate("hc::domain", "列出的最低项目数须在 0 到 50 之间")});
    }
    if (sat.minAnswers < 1 || sat.minAnswers > 10000) {
        out.push_back({QStringLiteral("satisfaction.minAnswers"),
                       QCoreApplication::translate(
                           "hc::domain", "参与评比的项目至少需要的评分数须在 1 到 10000 之间")});
    }
    return out;
}

namespace {

/// The routing table of the by_region / by_advisor splits: at most kMaxCallRoutes lines, each with
/// a key (1–40 characters, not blank, unique) and a user name.
void checkCallRoutes(const FollowUpSettings& s, std::vector<SettingsError>& out) {
    using B = SettingsBounds;
    const QString field = QStringLiteral("callList.routes");
    const auto& routes = s.callList.routes;
    if (static_cast<int>(routes.size()) > B::kMaxCallRoutes) {
        out.push_back({field, QCoreApplication::translate("hc::domain", "分配对照最多 %1 行")
                                  .arg(B::kMaxCallRoutes)});
        return;
    }
    QStringList seen;
    for (const auto& r : routes) {
        const QString key = r.key.trimmed();
        if (key.isEmpty()) {
            out.push_back({field, QCoreApplication::translate("hc::domain",
                                                              "请填写分配对照中的地区或服务顾问")});
            return;
        }
        if (key.size() > B::kMaxCallRouteKeyLength) {
            out.push_back({field, QCoreApplication::translate("hc::domain", "“%1”超过 %2 个字")
                                      .arg(key)
                                      .arg(B::kMaxCallRouteKeyLength)});
            return;
        }
        if (r.user.trimmed().isEmpty()) {
            out.push_back(
                {field,
                 QCoreApplication::translate("hc::domain", "请为“%1”选择回访专员").arg(key)});
            return;
        }
        if (seen.contains(key)) {
            out.push_back(
                {field,
                 QCoreApplication::translate("hc::domain", "“%1”在分配对照中出现了两次").arg(key)});
            return;
        }
        seen << key;
    }
}

}  // namespace

std::vector<SettingsError> validate(const FollowUpSettings& s) {
    std::vector<SettingsError> out;
    const auto& interval = s.maintenance.interval;
    const int intervalMax =
        interval.unit == Span::Unit::Months ? B::kMaxIntervalMonths : B::kMaxIntervalDays;
    if (interval.count < 1 || interval.count > intervalMax) {
        out.push_back({QStringLiteral("maintenance.interval"),
                       QCoreApplication::translate("hc::domain",
                                                   "保养间隔须在 1 到 %1 个月(或 1 到 %2 天)之间")
                           .arg(B::kMaxIntervalMonths)
                           .arg(B::kMaxIntervalDays)});
    }
    const auto minutes = [](std::chrono::minutes m) { return static_cast<long long>(m.count()); };
    const auto& c = s.complaint;
    const Bounded numbers[] = {
        {"postServiceDelayDays", s.postServiceDelayDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "服务回访时间(进厂后天数)")},
        {"postServiceExpiryDays", s.postServiceExpiryDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "服务回访过期天数")},
        {"maintenance.intervalKm", s.maintenance.intervalKm, 0, B::kMaxIntervalKm,
         QCoreApplication::translate("hc::domain", "保养间隔里程(公里)")},
        {"defaultKmPerDay", s.defaultKmPerDay, 1, B::kMaxKmPerDay,
         QCoreApplication::translate("hc::domain", "默认日均里程(公里)")},
        {"reminderLeadDays", s.reminderLeadDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "保养提前提醒天数")},
        {"yellowWindowDays", s.yellowWindowDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "黄色提示天数")},
        {"winback.notLostDays", s.winback.notLostDays, 1, B::kMaxCadenceDays,
         QCoreApplication::translate("hc::domain", "非流失客户招揽间隔天数")},
        {"winback.quasiLostDays", s.winback.quasiLostDays, 1, B::kMaxCadenceDays,
         QCoreApplication::translate("hc::domain", "准流失客户招揽间隔天数")},
        {"winback.lostDays", s.winback.lostDays, 1, B::kMaxCadenceDays,
         QCoreApplication::translate("hc::domain", "流失客户招揽间隔天数")},
        {"winback.trendingLostDays", s.winback.trendingLostDays, 1, B::kMaxCadenceDays,
         QCoreApplication::translate("hc::domain", "趋向彻底流失客户招揽间隔天数")},
        {"winback.completelyLostDays", s.winback.completelyLostDays, 1, B::kMaxCadenceDays,
         QCoreApplication::translate("hc::domain", "彻底流失客户招揽间隔天数")},
        {"winbackDailyLimit", s.winbackDailyLimit, 0, B::kMaxDailyLimit,
         QCoreApplication::translate("hc::domain", "每天招揽数量上限(0 为不限)")},
        {"birthdayLeadDays", s.birthdayLeadDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "生日关怀提前天数")},
        {"insuranceLeadDays", s.insuranceLeadDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "保险到期提前天数")},
        {"inspectionLeadDays", s.inspectionLeadDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "年检到期提前天数")},
        {"maxNoAnswerAttempts", s.maxNoAnswerAttempts, 1, B::kMaxNoAnswerAttempts,
         QCoreApplication::translate("hc::domain", "未接通最多拨打次数")},
        {"winbackReturnWindowDays", s.winbackReturnWindowDays, 1, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "招揽后回厂统计天数")},
        {"holidayLeadDays", s.holidayLeadDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "节日问候提前天数")},
        {"appointmentReminderLeadDays", s.appointmentReminderLeadDays, 1, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "预约提醒提前天数")},
        {"noShowFollowUpDays", s.noShowFollowUpDays, 1, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "爽约回访列出天数")},
        {"declined.safetyDays", s.declined.safetyDays, 1, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "未做安全项目默认到期天数")},
        {"declined.soonDays", s.declined.soonDays, 1, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "未做尽快项目默认到期天数")},
        {"declined.laterDays", s.declined.laterDays, 1, B::kMaxCadenceDays,
         QCoreApplication::translate("hc::domain", "未做以后项目默认到期天数")},
        {"declined.leadDays", s.declined.leadDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "未做项目提前回访天数")},
        {"declined.listDays", s.declined.listDays, 0, B::kMaxLeadDays,
         QCoreApplication::translate("hc::domain", "未做项目到期后回访天数")},
        {"complaint.contactMinutes", minutes(c.contactWithin), 1, B::kMaxComplaintMinutes,
         QCoreApplication::translate("hc::domain", "投诉联系客户时限(分钟)")},
        {"complaint.answerMinutes", minutes(c.answerWithin), 1, B::kMaxComplaintMinutes,
         QCoreApplication::translate("hc::domain", "投诉答复客户时限(分钟)")},
        {"complaint.seniorAnswerMinutes", minutes(c.seniorAnswerWithin), 1, B::kMaxComplaintMinutes,
         QCoreApplication::translate("hc::domain", "重大投诉高层答复时限(分钟)")},
        {"complaint.followUpMinutes", minutes(c.followUpWithin), 1, B::kMaxComplaintMinutes,
         QCoreApplication::translate("hc::domain", "投诉解决后回访时限(分钟)")},
        {"callList.dailyCapacity", s.callList.dailyCapacity, 1, B::kMaxDailyCapacity,
         QCoreApplication::translate("hc::domain", "每人每天回访数量")},
        {"callList.weights.urgency", s.callList.weights.urgency, 0, B::kMaxScoreWeight,
         QCoreApplication::translate("hc::domain", "紧迫程度权重")},
        {"callList.weights.value", s.callList.weights.value, 0, B::kMaxScoreWeight,
         QCoreApplication::translate("hc::domain", "客户价值权重")},
        {"callList.weights.chance", s.callList.weights.chance, 0, B::kMaxScoreWeight,
         QCoreApplication::translate("hc::domain", "成功可能权重")},
    };
    bool complaintRangesOk = true;
    for (const auto& n : numbers) {
        if (n.value < n.min || n.value > n.max) {
            out.push_back({QString::fromLatin1(n.field),
                           QCoreApplication::translate("hc::domain", "%1须在 %2 到 %3 之间")
                               .arg(n.label)
                               .arg(n.min)
                               .arg(n.max)});
            complaintRangesOk = complaintRangesOk && !QString::fromLatin1(n.field).startsWith(
                                                         QLatin1String("complaint."));
        }
    }
    if (complaintRangesOk && c.contactWithin > c.answerWithin) {
        out.push_back(
            {QStringLiteral("complaint.answerMinutes"),
             QCoreApplication::translate("hc::domain", "投诉答复客户时限不能短于联系客户时限")});
    }
    if (complaintRangesOk && c.answerWithin > c.seniorAnswerWithin) {
        out.push_back({QStringLiteral("complaint.seniorAnswerMinutes"),
                       QCoreApplication::translate("hc::domain",
                                                   "重大投诉高层答复时限不能短于答复客户时限")});
    }
    const auto& w = s.callList.weights;
    if (w.urgency >= 0 && w.value >= 0 && w.chance >= 0 && w.urgency + w.value + w.chance == 0) {
        out.push_back({QStringLiteral("callList.weights"),
                       QCoreApplication::translate("hc::domain", "优先级权重不能全为 0")});
    }
    checkHolidays(s, out);
    checkCallRoutes(s, out);
    return out;
}

std::vector<SettingsError> validate(const CustomerBaseSettings& s) {
    std::vector<SettingsError> out;
    if (s.marginBp < B::kMinMarginBp || s.marginBp > B::kMaxMarginBp) {
        out.push_back(
            {QStringLiteral("marginBp"),
             QCoreApplication::translate("hc::domain", "客户价值的毛利率须在 %1% 到 %2% 之间")
                 .arg(QString::number(B::kMinMarginBp / 100.0, 'f', 2))
                 .arg(B::kMaxMarginBp / 100)});
    }
    const auto range = [&](const char* field, int value, int min, int max, const QString& label) {
        if (value < min || value > max) {
            out.push_back({QString::fromLatin1(field),
                           QCoreApplication::translate("hc::domain", "%1须在 %2 到 %3 之间")
                               .arg(label)
                               .arg(min)
                               .arg(max)});
        }
    };
    range("minRepeatCustomers", s.minRepeatCustomers, B::kMinRepeatCustomers,
          B::kMaxRepeatCustomers,
          QCoreApplication::translate("hc::domain", "模型拟合所需回头客数"));
    range("horizonWeeks", s.horizonWeeks, 1, B::kMaxHorizonWeeks,
          QCoreApplication::translate("hc::domain", "客户价值预测周数"));
    return out;
}

std::vector<SettingsError> validate(const PrivacySettings& s) {
    std::vector<SettingsError> out;
    if (s.inactiveYears < PrivacySettings::kMinInactiveYears ||
        s.inactiveYears > PrivacySettings::kMaxInactiveYears) {
        out.push_back({QStringLiteral("inactiveYears"),
                       QCoreApplication::translate("hc::domain", "%1须在 %2 到 %3 之间")
                           .arg(QCoreApplication::translate("hc::domain", "无联系自动匿名化年限"))
                           .arg(PrivacySettings::kMinInactiveYears)
                           .arg(PrivacySettings::kMaxInactiveYears)});
    }
    return out;
}

}  // namespace hc::domain
