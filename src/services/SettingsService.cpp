#include "hc/services/SettingsService.h"

#include "UseCase.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

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
    if (!(s.fleet.small >= 1 && s.fleet.small < s.fleet.medium && s.fleet.medium < s.fleet.large)) {
        return invalidInput(QStringLiteral("fleet"),
                            QCoreApplication::translate("hc::services", "车队规模界限须依次递增"));
    }
    return std::nullopt;
}

}  // namespace

struct SettingsService::Private {
    storage::Database& db;
    Clock clock;
    storage::SettingsRepository settings{db};
    storage::AuditRepository audit{db};
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
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以修改设置"));
        }
        if (auto err = checkAnalysis(s)) {
            return *err;
        }
        storage::TransactionGuard tx(d_->db);
        const auto before =
            d_->settings.get(QString::fromLatin1(storage::SettingsRepository::kAnalysisKey));
        d_->settings.saveAnalysis(s, d_->clock(), user.id);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("settings.analysis"), kEntity,
                         std::nullopt, before.value_or(QString()),
                         storage::SettingsRepository::analysisToJson(s));
        tx.commit();
        return Done{};
    });
}

Result<LoginPolicy> SettingsService::loginPolicy() const {
    using R = Result<LoginPolicy>;
    return runUseCase<R>([&]() -> R {
        const auto text = d_->settings.get(kSecurityKey);
        return text ? policyFromJson(*text) : LoginPolicy{};
    });
}

VoidResult SettingsService::saveLoginPolicy(const ActingUser& user, const LoginPolicy& p) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以修改设置"));
        }
        if (p.maxFailures < 1 || p.lockMinutes < 1 || p.failureDelayMs < 0 ||
            p.passwordIterations < 10000) {
            return invalidInput(QStringLiteral("security"),
                                QCoreApplication::translate("hc::services", "登录策略的取值无效"));
        }
        storage::TransactionGuard tx(d_->db);
        const auto before = d_->settings.get(kSecurityKey);
        d_->settings.put(kSecurityKey, policyJson(p), d_->clock(), user.id);
        d_->audit.append(d_->clock(), user.id, QStringLiteral("settings.security"), kEntity,
                         std::nullopt, before.value_or(QString()), policyJson(p));
        tx.commit();
        return Done{};
    });
}

}  // namespace hc::services
