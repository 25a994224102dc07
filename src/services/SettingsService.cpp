#include "hc/services/SettingsService.h"

#include "ShopProfileJson.h"
#include "UseCase.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDate>

#include <chrono>
#include <iterator>

namespace hc::services {

namespace {

const QString kEntity = QStringLiteral("settings");
const QString kSecurityKey = QStringLiteral("security");

QString policyJson(const LoginPolicy& p) {
    return QString::fromStdString(nlohmann::json{
        {"maxFailures", p.maxFailures},
        {"lockMinutes", p.lockMinutes},
        {"failureDelayMs", p.failureDelayMs},
        {"passwordIterations",
         p.passwordIterations}}.dump());
}

LoginPolicy policyFromJson(const QString& text) {
    LoginPolicy p;
    const auto j = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object()) {
        return p;
    }
    const auto read = [&](const char* key, int& out) {
        if (const auto it = j.find(key); it != j.end() && it->is_number_integer()) {
            out = it->get<int>();
        }
    };
    read("maxFailures", p.maxFailures);
    read("lockMinutes", p.lockMinutes);
    read("failureDelayMs", p.failureDelayMs);
    read("passwordIterations", p.passwordIterations);
    return p;
}

/// The lifecycle spans in the order their boundaries must follow (domain.md §2): stages cascade
/// from the most recent one, so each "until" reaches at least as far back as the one before.
std::optional<ServiceError> checkLifecycleOrder(const domain::LifecycleSettings& l) {
    const auto before = [](const domain::Span& a, const domain::Span& b, bool strict) {
        // Spans in different units cannot be compared exactly (months have 28–31 days): skipped.
        if (a.unit != b.unit) {
            return true;
        }
        return strict ? a.count < b.count : a.count <= b.count;
    };
    if (!before(l.loyal, l.lost, /*strict=*/true)) {
        return invalidInput(QStringLiteral("lifecycle"),
                            QCoreApplication::translate(
                                "hc::services", "忠诚客户的时间界限必须短于流失客户的时间界限"));
    }
    const domain::Span* chain[] = {&l.loyal, &l.notLostUntil, &l.quasiLostUntil, &l.lostUntil,
                                   &l.trendingLostUntil};
    for (std::size_t i = 0; i < std::size(chain); ++i) {
        for (std::size_t j = i + 1; j < std::size(chain); ++j) {
            if (!before(*chain[i], *chain[j], /*strict=*/false)) {
                return invalidInput(
                    QStringLiteral("lifecycle"),
                    QCoreApplication::translate("hc::services",
                                                "回访阶段的时间界限须依次递增:忠诚 ≤ 非流失 ≤ "
                                                "准流失 ≤ 流失 ≤ 趋向彻底流失"));
            }
        }
    }
    return std::nullopt;
}

std::optional<ServiceError> checkAnalysis(const domain::AnalysisSettings& s) {
    const auto& l = s.lifecycle;
    for (const domain::Span* span :
         {&l.loyal, &l.lost, &l.notLostUntil, &l.quasiLostUntil, &l.lostUntil, &l.trendingLostUntil,
          &s.abc.window, &s.matrix.window, &s.matrix.maintenanceInterval, &s.rfm.recency}) {
        if (span->count <= 0) {
            return invalidInput(QStringLiteral("analysis"),
                                QCoreApplication::translate("hc::services", "时间长度必须大于 0"));
        }
    }
    if (auto err = checkLifecycleOrder(l)) {
        return err;
    }
    if (!(0 < s.abc.aThresholdBp && s.abc.aThresholdBp < s.abc.bThresholdBp &&
          s.abc.bThresholdBp <= 10000)) {
        return invalidInput(
            QStringLiteral("abc"),
            QCoreApplication::translate("hc::services", "ABC 分级界限须满足 0 < A < B ≤ 100%"));
    }
    if (s.matrix.loyaltyThresholdPct <= 0 || s.matrix.loyaltyThresholdPct > 100) {
        return invalidInput(
            QStringLiteral("matrix"),
            QCoreApplication::translate("hc::services", "忠诚度界限须在 1% 到 100% 之间"));
    }
    if (s.matrix.maintenanceIntervalKm < 0 || s.matrix.maintenanceIntervalKm > 100000 ||
        s.matrix.mileageMinDays < 1 || s.matrix.mileageMinDays > 3660) {
        return invalidInput(
            QStringLiteral("matrix"),
            QCoreApplication::translate(
                "hc::services",
                "保养里程间隔须在 0 到 100000 公里之间,里程间隔天数须在 1 到 3660 之间"));
    }
    if (!(s.fleet.small >= 1 && s.fleet.small < s.fleet.medium && s.fleet.medium < s.fleet.large)) {
        return invalidInput(QStringLiteral("fleet"),
                            QCoreApplication::translate("hc::services", "车队规模界限须依次递增"));
    }
    return std::nullopt;
}

// Bounds of the follow-up settings (the settings screen's spin boxes stay within them).
constexpr int kMaxLeadDays = 366;        ///< delays, lead days, windows: at most a year
constexpr int kMaxCadenceDays = 3660;    ///< win-back cadence: at most ten years
constexpr int kMaxIntervalMonths = 120;  ///< maintenance interval in months
constexpr int kMaxIntervalDays = 3660;   ///< maintenance interval in days
constexpr int kMaxIntervalKm = 100000;
constexpr int kMaxKmPerDay = 2000;
constexpr int kMaxDailyLimit = 100000;
constexpr int kMaxNoAnswerAttempts = 20;
constexpr long long kMaxComplaintMinutes = 30LL * 24 * 60;  ///< 30 days
constexpr std::size_t kMaxHolidays = 30;
constexpr int kMaxHolidayNameLength = 20;
constexpr int kMaxLunarDay = 30;

/// One number of the follow-up settings, its JSON key (the error's field) and its allowed range.
struct Bounded {
    const char* field;
    long long value;
    long long min;
    long long max;
    QString label;
};

/// Holiday greetings: at most 30 holidays, each with a name of 1–20 characters, month 1–12 and a
/// day that exists in that month (lunar months: 1–30; Gregorian: 29 February is allowed, it is
/// skipped in common years); never for loyal (active) customers.
std::optional<ServiceError> checkHolidays(const domain::FollowUpSettings& s) {
    const QString field = QStringLiteral("holidays");
    if (s.holidays.size() > kMaxHolidays) {
        return invalidInput(
            field, QCoreApplication::translate("hc::services", "节日最多 %1 个").arg(kMaxHolidays));
    }
    for (const auto& h : s.holidays) {
        const QString name = h.name.trimmed();
        if (name.isEmpty()) {
            return invalidInput(field,
                                QCoreApplication::translate("hc::services", "请填写节日名称"));
        }
        if (name.size() > kMaxHolidayNameLength) {
            return invalidInput(
                field, QCoreApplication::translate("hc::services", "节日名称不能超过 %1 个字")
                           .arg(kMaxHolidayNameLength));
        }
        if (h.month < 1 || h.month > 12) {
            return invalidInput(
                field,
                QCoreApplication::translate("hc::services", "%1的月份须在 1 到 12 之间").arg(name));
        }
        const int maxDay = h.lunar ? kMaxLunarDay : QDate(2000, h.month, 1).daysInMonth();
        if (h.day < 1 || h.day > maxDay) {
            return invalidInput(
                field, QCoreApplication::translate("hc::services", "%1的日期须在 1 到 %2 之间")
                           .arg(name)
                           .arg(maxDay));
        }
    }
    if (s.holidayFromStage == domain::Stage::Active) {
        return invalidInput(
            QStringLiteral("holidayFromStage"),
            QCoreApplication::translate("hc::services", "节日问候的起始阶段不能是忠诚客户"));
    }
    return std::nullopt;
}

std::optional<ServiceError> checkFollowUps(const domain::FollowUpSettings& s) {
    const auto& interval = s.maintenance.interval;
    const int intervalMax =
        interval.unit == domain::Span::Unit::Months ? kMaxIntervalMonths : kMaxIntervalDays;
    if (interval.count < 1 || interval.count > intervalMax) {
        return invalidInput(QStringLiteral("maintenance.interval"),
                            QCoreApplication::translate(
                                "hc::services", "保养间隔须在 1 到 %1 个月(或 1 到 %2 天)之间")
                                .arg(kMaxIntervalMonths)
                                .arg(kMaxIntervalDays));
    }
    const auto minutes = [](std::chrono::minutes m) { return static_cast<long long>(m.count()); };
    const auto& c = s.complaint;
    const Bounded numbers[] = {
        {"postServiceDelayDays", s.postServiceDelayDays, 0, kMaxLeadDays,
         QCoreApplication::translate("hc::services", "服务回访时间(进厂后天数)")},
        {"postServiceExpiryDays", s.postServiceExpiryDays, 0, kMaxLeadDays,
         QCoreApplication::translate("hc::services", "服务回访过期天数")},
        {"maintenance.intervalKm", s.maintenance.intervalKm, 0, kMaxIntervalKm,
         QCoreApplication::translate("hc::services", "保养间隔里程(公里)")},
        {"defaultKmPerDay", s.defaultKmPerDay, 1, kMaxKmPerDay,
         QCoreApplication::translate("hc::services", "默认日均里程(公里)")},
        {"reminderLeadDays", s.reminderLeadDays, 0, kMaxLeadDays,
         QCoreApplication::translate("hc::services", "保养提前提醒天数")},
        {"yellowWindowDays", s.yellowWindowDays, 0, kMaxLeadDays,
         QCoreApplication::translate("hc::services", "黄色提示天数")},
        {"winback.notLostDays", s.winback.notLostDays, 1, kMaxCadenceDays,
         QCoreApplication::translate("hc::services", "非流失客户招揽间隔天数")},
        {"winback.quasiLostDays", s.winback.quasiLostDays, 1, kMaxCadenceDays,
         QCoreApplication::translate("hc::services", "准流失客户招揽间隔天数")},
        {"winback.lostDays", s.winback.lostDays, 1, kMaxCadenceDays,
         QCoreApplication::translate("hc::services", "流失客户招揽间隔天数")},
        {"winback.trendingLostDays", s.winback.trendingLostDays, 1, kMaxCadenceDays,
         QCoreApplication::translate("hc::services", "趋向彻底流失客户招揽间隔天数")},
        {"winback.completelyLostDays", s.winback.completelyLostDays, 1, kMaxCadenceDays,
         QCoreApplication::translate("hc::services", "彻底流失客户招揽间隔天数")},
        {"winbackDailyLimit", s.winbackDailyLimit, 0, kMaxDailyLimit,
         QCoreApplication::translate("hc::services", "每天招揽数量上限(0 为不限)")},
        {"birthdayLeadDays", s.birthdayLeadDays, 0, kMaxLeadDays,
         QCoreApplication::translate("hc::services", "生日关怀提前天数")},
        {"insuranceLeadDays", s.insuranceLeadDays, 0, kMaxLeadDays,
         QCoreApplication::translate("hc::services", "保险到期提前天数")},
        {"inspectionLeadDays", s.inspectionLeadDays, 0, kMaxLeadDays,
         QCoreApplication::translate("hc::services", "年检到期提前天数")},
        {"maxNoAnswerAttempts", s.maxNoAnswerAttempts, 1, kMaxNoAnswerAttempts,
         QCoreApplication::translate("hc::services", "未接通最多拨打次数")},
        {"winbackReturnWindowDays", s.winbackReturnWindowDays, 1, kMaxLeadDays,
         QCoreApplication::translate("hc::services", "招揽后回厂统计天数")},
        {"holidayLeadDays", s.holidayLeadDays, 0, kMaxLeadDays,
         QCoreApplication::translate("hc::services", "节日问候提前天数")},
        {"complaint.contactMinutes", minutes(c.contactWithin), 1, kMaxComplaintMinutes,
         QCoreApplication::translate("hc::services", "投诉联系客户时限(分钟)")},
        {"complaint.answerMinutes", minutes(c.answerWithin), 1, kMaxComplaintMinutes,
         QCoreApplication::translate("hc::services", "投诉答复客户时限(分钟)")},
        {"complaint.seniorAnswerMinutes", minutes(c.seniorAnswerWithin), 1, kMaxComplaintMinutes,
         QCoreApplication::translate("hc::services", "重大投诉高层答复时限(分钟)")},
        {"complaint.followUpMinutes", minutes(c.followUpWithin), 1, kMaxComplaintMinutes,
         QCoreApplication::translate("hc::services", "投诉解决后回访时限(分钟)")},
    };
    for (const auto& n : numbers) {
        if (n.value < n.min || n.value > n.max) {
            return invalidInput(QString::fromLatin1(n.field),
                                QCoreApplication::translate("hc::services", "%1须在 %2 到 %3 之间")
                                    .arg(n.label)
                                    .arg(n.min)
                                    .arg(n.max));
        }
    }
    if (c.contactWithin > c.answerWithin) {
        return invalidInput(
            QStringLiteral("complaint.answerMinutes"),
            QCoreApplication::translate("hc::services", "投诉答复客户时限不能短于联系客户时限"));
    }
    if (c.answerWithin > c.seniorAnswerWithin) {
        return invalidInput(QStringLiteral("complaint.seniorAnswerMinutes"),
                            QCoreApplication::translate(
                                "hc::services", "重大投诉高层答复时限不能短于答复客户时限"));
    }
    if (auto err = checkHolidays(s)) {
        return err;
    }
    return std::nullopt;
}

}  // namespace

struct SettingsService::Private {
    storage::Database& db;
    Clock clock;
    storage::SettingsRepository settings{db};
    storage::AuditRepository audit{db};

    /// The one way settings are saved: manager only, checked by `problem` (nullopt = valid), then
    /// the JSON stored under `key` with an audit record (action "settings.<name>", before/after) in
    /// one transaction.
    VoidResult save(const ActingUser& user, const QString& key, const QString& action,
                    const std::optional<ServiceError>& problem, const QString& json) {
        return runUseCase<VoidResult>([&]() -> VoidResult {
            if (user.role != domain::Role::Manager) {
                return denied(QCoreApplication::translate("hc::services", "只有经理可以修改设置"));
            }
            if (problem) {
                return *problem;
            }
            storage::TransactionGuard tx(db);
            const auto before = settings.get(key);
            settings.put(key, json, clock(), user.id);
            audit.append(clock(), user.id, action, kEntity, std::nullopt,
                         before.value_or(QString()), json);
            tx.commit();
            return Done{};
        });
    }
};

SettingsService::SettingsService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

SettingsService::~SettingsService() = default;

Result<domain::AnalysisSettings> SettingsService::analysis() const {
    using R = Result<domain::AnalysisSettings>;
    return runUseCase<R>([&]() -> R { return d_->settings.loadAnalysis(); });
}

VoidResult SettingsService::saveAnalysis(const ActingUser& user,
                                         const domain::AnalysisSettings& s) {
    return d_->save(user, QString::fromLatin1(storage::SettingsRepository::kAnalysisKey),
                    QStringLiteral("settings.analysis"), checkAnalysis(s),
                    storage::SettingsRepository::analysisToJson(s));
}

Result<domain::FollowUpSettings> SettingsService::followUps() const {
    using R = Result<domain::FollowUpSettings>;
    return runUseCase<R>([&]() -> R { return d_->settings.loadFollowUps(); });
}

VoidResult SettingsService::saveFollowUps(const ActingUser& user,
                                          const domain::FollowUpSettings& s) {
    return d_->save(user, QString::fromLatin1(storage::SettingsRepository::kFollowUpsKey),
                    QStringLiteral("settings.followups"), checkFollowUps(s),
                    storage::SettingsRepository::followUpsToJson(s));
}

Result<LoginPolicy> SettingsService::loginPolicy() const {
    using R = Result<LoginPolicy>;
    return runUseCase<R>([&]() -> R {
        const auto text = d_->settings.get(kSecurityKey);
        return text ? policyFromJson(*text) : LoginPolicy{};
    });
}

VoidResult SettingsService::saveLoginPolicy(const ActingUser& user, const LoginPolicy& p) {
    std::optional<ServiceError> problem;
    if (p.maxFailures < 1 || p.lockMinutes < 1 || p.failureDelayMs < 0 ||
        p.passwordIterations < 10000) {
        problem = invalidInput(QStringLiteral("security"),
                               QCoreApplication::translate("hc::services", "登录策略的取值无效"));
    }
    return d_->save(user, kSecurityKey, QStringLiteral("settings.security"), problem,
                    policyJson(p));
}

Result<domain::ShopProfile> SettingsService::shopProfile() const {
    using R = Result<domain::ShopProfile>;
    return runUseCase<R>([&]() -> R {
        const auto text = d_->settings.get(QString::fromLatin1(ShopProfileJson::kKey));
        return text ? ShopProfileJson::fromJson(*text) : domain::ShopProfile{};
    });
}

VoidResult SettingsService::saveShopProfile(const ActingUser& user,
                                            const domain::ShopProfile& input) {
    domain::ShopProfile shop;
    shop.name = domain::TextNormalizer::text(input.name);
    shop.address = domain::TextNormalizer::text(input.address);
    shop.hours = domain::TextNormalizer::text(input.hours);
    shop.phone = input.phone.trimmed();
    std::optional<ServiceError> problem;
    if (shop.name.isEmpty()) {
        problem = invalidInput(QStringLiteral("name"),
                               QCoreApplication::translate("hc::services", "请填写门店名称"));
    } else if (shop.name.size() > 60) {
        problem =
            invalidInput(QStringLiteral("name"),
                         QCoreApplication::translate("hc::services", "门店名称不能超过 60 个字"));
    } else if (!shop.phone.isEmpty()) {
        const auto r = domain::PhoneValidator::validate(shop.phone);
        if (r.isError()) {
            problem = invalidInput(QStringLiteral("phone"),
                                   QCoreApplication::translate("hc::services", "电话号码有误:%1")
                                       .arg(validationMessage(r)));
        } else {
            shop.phone = r.value;
        }
    }
    return d_->save(user, QString::fromLatin1(ShopProfileJson::kKey),
                    QStringLiteral("settings.shop"), problem, ShopProfileJson::toJson(shop));
}

}  // namespace hc::services
