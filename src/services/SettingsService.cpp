#include "hc/services/SettingsService.h"

#include "ShopProfileJson.h"
#include "UseCase.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/SettingsValidation.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerBaseRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/DuplicateRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QUrl>

#include <chrono>
#include <iterator>
#include <vector>

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

std::optional<ServiceError> firstProblem(const std::vector<domain::SettingsError>& errors) {
    if (errors.empty()) {
        return std::nullopt;
    }
    return invalidInput(errors.front().field, errors.front().message);
}

std::optional<ServiceError> checkPolicy(const LoginPolicy& p) {
    if (p.maxFailures < 1 || p.lockMinutes < 1 || p.failureDelayMs < 0 ||
        p.passwordIterations < 10000) {
        return invalidInput(QStringLiteral("security"),
                            QCoreApplication::translate("hc::services", "登录策略的取值无效"));
    }
    return std::nullopt;
}

const QString kGatewayKey = QStringLiteral("sms_gateway");
const QString kCustomerBaseKey = QString::fromLatin1(storage::CustomerBaseRepository::kSettingsKey);
const QString kDuplicatesKey = QString::fromLatin1(storage::DuplicateRepository::kSettingsKey);

/// The gateway settings as stored (with the token) or exported (`withToken` false).
QString gatewayJson(const domain::SmsGatewaySettings& g, bool withToken) {
    nlohmann::json j{{"url", g.url.toStdString()},
                     {"bodyTemplate", g.bodyTemplate.toStdString()},
                     {"timeoutMs", g.timeoutMs}};
    if (withToken) {
        j["token"] = g.token.toStdString();
    }
    return QString::fromStdString(j.dump());
}

domain::SmsGatewaySettings gatewayFromJson(const QString& text) {
    domain::SmsGatewaySettings g;
    const auto j = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!j.is_object()) {
        return g;
    }
    const auto str = [&](const char* key, QString& out) {
        if (const auto it = j.find(key); it != j.end() && it->is_string()) {
            out = QString::fromStdString(it->get<std::string>());
        }
    };
    str("url", g.url);
    str("token", g.token);
    str("bodyTemplate", g.bodyTemplate);
    if (const auto it = j.find("timeoutMs"); it != j.end() && it->is_number_integer()) {
        g.timeoutMs = it->get<int>();
    }
    return g;
}

/// The stored JSON with a set token shown as "***" (audit records never hold the token).
QString maskedGatewayJson(const QString& text) {
    if (text.isEmpty()) {
        return text;
    }
    auto g = gatewayFromJson(text);
    if (!g.token.isEmpty()) {
        g.token = QStringLiteral("***");
    }
    return gatewayJson(g, true);
}

std::optional<ServiceError> checkGateway(const domain::SmsGatewaySettings& g) {
    const QString url = g.url.trimmed();
    if (!url.isEmpty()) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() ||
            (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))) {
            return invalidInput(
                QStringLiteral("url"),
                QCoreApplication::translate("hc::services",
                                            "短信网关地址必须是 http:// 或 https:// 开头的网址"));
        }
    }
    if (g.timeoutMs < 1000 || g.timeoutMs > 120000) {
        return invalidInput(QStringLiteral("timeoutMs"),
                            QCoreApplication::translate(
                                "hc::services", "短信网关超时须在 1000 到 120000 毫秒之间"));
    }
    QString probe = g.bodyTemplate;
    probe.replace(QStringLiteral("{phone}"), QStringLiteral("1"))
        .replace(QStringLiteral("{text}"), QStringLiteral("x"));
    if (!g.bodyTemplate.contains(QStringLiteral("{phone}")) ||
        !g.bodyTemplate.contains(QStringLiteral("{text}")) ||
        !nlohmann::json::accept(probe.toStdString())) {
        return invalidInput(QStringLiteral("bodyTemplate"),
                            QCoreApplication::translate(
                                "hc::services", "请求体模板必须是含 {phone} 和 {text} 的 JSON"));
    }
    return std::nullopt;
}

/// Keys that older versions stored and that are read only for migration (an import may carry them).
bool isLegacyKey(const QString& path) {
    return path == QLatin1String("analysis.lifecycle.quasiLostUntil") ||
           path == QLatin1String("analysis.matrix.maintenanceInterval") ||
           path == QLatin1String("analysis.matrix.maintenanceIntervalKm");
}

/// The first field of `input` that the settings do not keep as given: an unknown key, a wrong type
/// or a value the reader does not accept (compared with `canonical`, the stored JSON of what was
/// read). Empty when every field was taken as given.
QString firstMismatch(const nlohmann::json& input, const nlohmann::json& canonical,
                      const QString& prefix) {
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString path = prefix + QLatin1Char('.') + QString::fromStdString(it.key());
        if (isLegacyKey(path)) {
            continue;
        }
        const auto found = canonical.find(it.key());
        if (found == canonical.end()) {
            return path;
        }
        if (it->is_object() && found->is_object()) {
            if (auto inner = firstMismatch(*it, *found, path); !inner.isEmpty()) {
                return inner;
            }
        } else if (*it != *found) {
            return path;
        }
    }
    return {};
}

/// The shop profile as it is stored (texts normalised, phone validated and normalised) and the
/// first problem, if any: one check for the settings screen and the settings import.
std::pair<domain::ShopProfile, std::optional<ServiceError>> checkedShop(
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
    return {shop, problem};
}

}  // namespace

struct SettingsService::Private {
    storage::Database& db;
    Clock clock;
    SettingsNotifier* notifier = nullptr;
    storage::SettingsRepository settings{db};
    storage::AuditRepository audit{db};

    struct Entry {
        QString key;
        QString action;
        QString json;
        bool secret = false;  ///< the audit gets the JSON with its "token" masked
    };

    /// The one way settings are saved: manager only, checked by `problem` (nullopt = valid), then
    /// each JSON stored under its key with an audit record (action "settings.<name>",
    /// before/after), all in one transaction; the notifier tells the open screens afterwards.
    VoidResult save(const ActingUser& user, const std::optional<ServiceError>& problem,
                    const std::vector<Entry>& entries) {
        auto result = runUseCase<VoidResult>([&]() -> VoidResult {
            if (user.role != domain::Role::Manager) {
                return denied(QCoreApplication::translate("hc::services", "只有经理可以修改设置"));
            }
            if (problem) {
                return *problem;
            }
            storage::TransactionGuard tx(db);
            const QDateTime now = clock();
            // A maintenance interval stored by an older version with the analysis settings moves
            // to the follow-up settings before the analysis JSON (without it) is written.
            settings.migrateLegacy(now, user.id);
            for (const auto& e : entries) {
                const auto before = settings.get(e.key);
                settings.put(e.key, e.json, now, user.id);
                audit.append(now, user.id, e.action, kEntity, std::nullopt,
                             e.secret ? maskedGatewayJson(before.value_or(QString()))
                                      : before.value_or(QString()),
                             e.secret ? maskedGatewayJson(e.json) : e.json);
            }
            tx.commit();
            return Done{};
        });
        if (result && notifier != nullptr) {
            for (const auto& e : entries) {
                if (e.key == QLatin1String(storage::SettingsRepository::kAnalysisKey)) {
                    Q_EMIT notifier->analysisChanged();
                } else if (e.key == QLatin1String(storage::SettingsRepository::kFollowUpsKey)) {
                    Q_EMIT notifier->followUpsChanged();
                } else if (e.key == kCustomerBaseKey) {
                    Q_EMIT notifier->customerBaseChanged();
                }
            }
            Q_EMIT notifier->changed();
        }
        return result;
    }
};

SettingsService::SettingsService(storage::Database& db, Clock clock, SettingsNotifier* notifier)
    : d_(std::make_unique<Private>(Private{db, std::move(clock), notifier})) {}

SettingsService::~SettingsService() = default;

Result<domain::AnalysisSettings> SettingsService::analysis() const {
    using R = Result<domain::AnalysisSettings>;
    return runUseCase<R>([&]() -> R { return d_->settings.loadAnalysis(); });
}

VoidResult SettingsService::saveAnalysis(const ActingUser& user,
                                         const domain::AnalysisSettings& s) {
    return d_->save(
        user, firstProblem(domain::validate(s)),
        {{QString::fromLatin1(storage::SettingsRepository::kAnalysisKey),
          QStringLiteral("settings.analysis"), storage::SettingsRepository::analysisToJson(s)}});
}

Result<domain::FollowUpSettings> SettingsService::followUps() const {
    using R = Result<domain::FollowUpSettings>;
    return runUseCase<R>([&]() -> R { return d_->settings.loadFollowUps(); });
}

VoidResult SettingsService::saveFollowUps(const ActingUser& user,
                                          const domain::FollowUpSettings& s) {
    return d_->save(
        user, firstProblem(domain::validate(s)),
        {{QString::fromLatin1(storage::SettingsRepository::kFollowUpsKey),
          QStringLiteral("settings.followups"), storage::SettingsRepository::followUpsToJson(s)}});
}

Result<domain::CustomerBaseSettings> SettingsService::customerBase() const {
    using R = Result<domain::CustomerBaseSettings>;
    return runUseCase<R>(
        [&]() -> R { return storage::CustomerBaseRepository(d_->db).loadSettings(); });
}

VoidResult SettingsService::saveCustomerBase(const ActingUser& user,
                                             const domain::CustomerBaseSettings& s) {
    return d_->save(user, firstProblem(domain::validate(s)),
                    {{kCustomerBaseKey, QStringLiteral("settings.customer_base"),
                      storage::CustomerBaseRepository::settingsToJson(s)}});
}

VoidResult SettingsService::saveAnalysis(const ActingUser& user,
                                         const domain::AnalysisSettings& analysis,
                                         const domain::CustomerBaseSettings& model) {
    std::optional<ServiceError> problem = firstProblem(domain::validate(analysis));
    if (!problem) {
        problem = firstProblem(domain::validate(model));
        if (problem) {
            problem->field = kCustomerBaseKey + QLatin1Char('.') + problem->field;
        }
    }
    std::vector<Private::Entry> entries{
        {QString::fromLatin1(storage::SettingsRepository::kAnalysisKey),
         QStringLiteral("settings.analysis"),
         storage::SettingsRepository::analysisToJson(analysis)}};
    // The model settings only when they change: saving the thresholds does not re-audit them.
    const auto stored = customerBase();
    if (!stored || stored.value() != model) {
        entries.push_back({kCustomerBaseKey, QStringLiteral("settings.customer_base"),
                           storage::CustomerBaseRepository::settingsToJson(model)});
    }
    return d_->save(user, problem, entries);
}

Result<LoginPolicy> SettingsService::loginPolicy() const {
    using R = Result<LoginPolicy>;
    return runUseCase<R>([&]() -> R {
        const auto text = d_->settings.get(kSecurityKey);
        return text ? policyFromJson(*text) : LoginPolicy{};
    });
}

VoidResult SettingsService::saveLoginPolicy(const ActingUser& user, const LoginPolicy& p) {
    return d_->save(user, checkPolicy(p),
                    {{kSecurityKey, QStringLiteral("settings.security"), policyJson(p)}});
}

Result<QString> SettingsService::exportJson() const {
    using R = Result<QString>;
    return runUseCase<R>([&]() -> R {
        const auto text = d_->settings.get(kSecurityKey);
        nlohmann::json out{
            {storage::SettingsRepository::kAnalysisKey,
             nlohmann::json::parse(
                 storage::SettingsRepository::analysisToJson(d_->settings.loadAnalysis())
                     .toStdString())},
            {storage::SettingsRepository::kFollowUpsKey,
             nlohmann::json::parse(
                 storage::SettingsRepository::followUpsToJson(d_->settings.loadFollowUps())
                     .toStdString())},
            {kSecurityKey.toStdString(),
             nlohmann::json::parse(
                 policyJson(text ? policyFromJson(*text) : LoginPolicy{}).toStdString())},
            {storage::SettingsRepository::kPrivacyKey,
             nlohmann::json::parse(
                 storage::SettingsRepository::privacyToJson(d_->settings.loadPrivacy())
                     .toStdString())},
        };
        out[storage::CustomerBaseRepository::kSettingsKey] =
            nlohmann::json::parse(storage::CustomerBaseRepository::settingsToJson(
                                      storage::CustomerBaseRepository(d_->db).loadSettings())
                                      .toStdString());
        out[storage::DuplicateRepository::kSettingsKey] =
            nlohmann::json::parse(storage::DuplicateRepository::settingsToJson(
                                      storage::DuplicateRepository(d_->db).loadSettings())
                                      .toStdString());
        if (const auto shop = d_->settings.get(QString::fromLatin1(ShopProfileJson::kKey))) {
            out[ShopProfileJson::kKey] = nlohmann::json::parse(shop->toStdString());
        }
        // The gateway (when stored) without its token: a settings file is no place for a
        // credential.
        if (const auto gateway = d_->settings.get(kGatewayKey)) {
            out[kGatewayKey.toStdString()] =
                nlohmann::json::parse(gatewayJson(gatewayFromJson(*gateway), false).toStdString());
        }
        return QString::fromStdString(out.dump(2));
    });
}

VoidResult SettingsService::importJson(const ActingUser& user, const QString& text) {
    using nlohmann::json;
    const auto invalid = [](const QString& field, const QString& message) {
        return VoidResult(invalidInput(field, message));
    };
    const json root = json::parse(text.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (!root.is_object()) {
        return invalid(QStringLiteral("json"),
                       QCoreApplication::translate("hc::services",
                                                   "设置文件不是有效的 JSON 对象,未做任何修改"));
    }
    const QString analysisKey = QString::fromLatin1(storage::SettingsRepository::kAnalysisKey);
    const QString followUpsKey = QString::fromLatin1(storage::SettingsRepository::kFollowUpsKey);
    std::optional<QString> analysisText;
    std::optional<QString> followUpsText;
    std::optional<QString> securityText;
    std::optional<QString> shopText;
    std::optional<QString> privacyText;
    const QString privacyKey = QString::fromLatin1(storage::SettingsRepository::kPrivacyKey);
    std::optional<QString> gatewayText;
    std::optional<QString> customerBaseText;
    std::optional<QString> duplicatesText;
    const QString shopKey = QString::fromLatin1(ShopProfileJson::kKey);
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!it->is_object()) {
            return invalid(key, QCoreApplication::translate(
                                    "hc::services", "设置项 %1 必须是 JSON 对象,未做任何修改")
                                    .arg(key));
        }
        const QString sectionText = QString::fromStdString(it->dump());
        if (key == analysisKey) {
            analysisText = sectionText;
        } else if (key == followUpsKey) {
            followUpsText = sectionText;
        } else if (key == kSecurityKey) {
            securityText = sectionText;
        } else if (key == shopKey) {
            shopText = sectionText;
        } else if (key == privacyKey) {
            privacyText = sectionText;
        } else if (key == kGatewayKey) {
            gatewayText = sectionText;
        } else if (key == kCustomerBaseKey) {
            customerBaseText = sectionText;
        } else if (key == kDuplicatesKey) {
            duplicatesText = sectionText;
        } else {
            return invalid(
                key, QCoreApplication::translate("hc::services", "未知的设置项 %1,未做任何修改")
                         .arg(key));
        }
    }
    if (!analysisText && !followUpsText && !securityText && !shopText && !privacyText &&
        !gatewayText && !customerBaseText && !duplicatesText) {
        return invalid(
            QStringLiteral("json"),
            QCoreApplication::translate(
                "hc::services",
                "设置文件中没有可导入的设置项(analysis、followups、security、shop、privacy、"
                "sms_gateway、customer_base、duplicates),未做任何修改"));
    }
    std::vector<Private::Entry> entries;
    std::optional<ServiceError> problem;
    const auto mismatch = [&](const QString& key, const QString& given, const QString& canonical) {
        const QString field = firstMismatch(json::parse(given.toStdString()),
                                            json::parse(canonical.toStdString()), key);
        if (!field.isEmpty() && !problem) {
            problem = invalidInput(
                field, QCoreApplication::translate(
                           "hc::services", "设置值 %1 无效(未知的项或类型不对),未做任何修改")
                           .arg(field));
        }
    };
    const auto prefixed = [](const QString& key, std::optional<ServiceError> e) {
        if (e && !e->field.startsWith(key)) {
            e->field = key + QLatin1Char('.') + e->field;
        }
        return e;
    };
    if (analysisText) {
        const auto s = storage::SettingsRepository::analysisFromJson(*analysisText);
        const QString canonical = storage::SettingsRepository::analysisToJson(s);
        mismatch(analysisKey, *analysisText, canonical);
        if (!problem) {
            problem = prefixed(analysisKey, firstProblem(domain::validate(s)));
        }
        entries.push_back({analysisKey, QStringLiteral("settings.analysis"), canonical});
    }
    if (followUpsText) {
        // An old export may carry the maintenance interval with the analysis settings only.
        const auto s = storage::SettingsRepository::followUpsFromJson(
            *followUpsText, analysisText.value_or(QString()));
        const QString canonical = storage::SettingsRepository::followUpsToJson(s);
        mismatch(followUpsKey, *followUpsText, canonical);
        if (!problem) {
            problem = prefixed(followUpsKey, firstProblem(domain::validate(s)));
        }
        entries.push_back({followUpsKey, QStringLiteral("settings.followups"), canonical});
    }
    if (securityText) {
        const auto p = policyFromJson(*securityText);
        const QString canonical = policyJson(p);
        mismatch(kSecurityKey, *securityText, canonical);
        if (!problem) {
            problem = checkPolicy(p);
        }
        entries.push_back({kSecurityKey, QStringLiteral("settings.security"), canonical});
    }
    if (privacyText) {
        const auto s = storage::SettingsRepository::privacyFromJson(*privacyText);
        const QString canonical = storage::SettingsRepository::privacyToJson(s);
        mismatch(privacyKey, *privacyText, canonical);
        if (!problem) {
            problem = prefixed(privacyKey, firstProblem(domain::validate(s)));
        }
        entries.push_back({privacyKey, QStringLiteral("settings.privacy"), canonical});
    }
    if (customerBaseText) {
        const auto s = storage::CustomerBaseRepository::settingsFromJson(*customerBaseText);
        const QString canonical = storage::CustomerBaseRepository::settingsToJson(s);
        mismatch(kCustomerBaseKey, *customerBaseText, canonical);
        if (!problem) {
            problem = prefixed(kCustomerBaseKey, firstProblem(domain::validate(s)));
        }
        entries.push_back({kCustomerBaseKey, QStringLiteral("settings.customer_base"), canonical});
    }
    if (duplicatesText) {
        const auto s = storage::DuplicateRepository::settingsFromJson(*duplicatesText);
        const QString canonical = storage::DuplicateRepository::settingsToJson(s);
        mismatch(kDuplicatesKey, *duplicatesText, canonical);
        if (const char* field = s.problem(); field != nullptr && !problem) {
            problem = invalidInput(
                kDuplicatesKey + QLatin1Char('.') + QString::fromLatin1(field),
                QCoreApplication::translate("hc::services", "重复客户的分数必须在 0 到 100 之间"));
        }
        entries.push_back({kDuplicatesKey, QStringLiteral("settings.duplicates"), canonical});
    }
    if (shopText) {
        const auto [shop, shopProblem] = checkedShop(ShopProfileJson::fromJson(*shopText));
        mismatch(shopKey, *shopText, ShopProfileJson::toJson(ShopProfileJson::fromJson(*shopText)));
        if (!problem) {
            problem = prefixed(shopKey, shopProblem);
        }
        entries.push_back(
            {shopKey, QStringLiteral("settings.shop"), ShopProfileJson::toJson(shop)});
    }
    if (gatewayText) {
        // The token is never imported (nor exported): the stored one is kept.
        auto g = gatewayFromJson(*gatewayText);
        g.token.clear();
        mismatch(kGatewayKey, *gatewayText, gatewayJson(g, false));
        const auto stored = runUseCase<Result<domain::SmsGatewaySettings>>(
            [&]() -> Result<domain::SmsGatewaySettings> { return smsGateway(); });
        if (!stored) {
            // All or nothing: saving the section without the stored token would erase it.
            return VoidResult(stored.error());
        }
        g.token = stored.value().token;
        g.url = g.url.trimmed();
        if (!problem) {
            problem = prefixed(kGatewayKey, checkGateway(g));
        }
        entries.push_back(
            {kGatewayKey, QStringLiteral("settings.sms_gateway"), gatewayJson(g, true), true});
    }
    return d_->save(user, problem, entries);
}

Result<domain::PrivacySettings> SettingsService::privacy() const {
    using R = Result<domain::PrivacySettings>;
    return runUseCase<R>([&]() -> R { return d_->settings.loadPrivacy(); });
}

VoidResult SettingsService::savePrivacy(const ActingUser& user, const domain::PrivacySettings& s) {
    return d_->save(
        user, firstProblem(domain::validate(s)),
        {{QString::fromLatin1(storage::SettingsRepository::kPrivacyKey),
          QStringLiteral("settings.privacy"), storage::SettingsRepository::privacyToJson(s)}});
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
    const auto [shop, problem] = checkedShop(input);
    return d_->save(user, problem,
                    {{QString::fromLatin1(ShopProfileJson::kKey), QStringLiteral("settings.shop"),
                      ShopProfileJson::toJson(shop)}});
}

Result<domain::SmsGatewaySettings> SettingsService::smsGateway() const {
    using R = Result<domain::SmsGatewaySettings>;
    return runUseCase<R>([&]() -> R {
        const auto text = d_->settings.get(kGatewayKey);
        return text ? gatewayFromJson(*text) : domain::SmsGatewaySettings{};
    });
}

VoidResult SettingsService::saveSmsGateway(const ActingUser& user,
                                           const domain::SmsGatewaySettings& input) {
    auto g = input;
    g.url = g.url.trimmed();
    g.token = g.token.trimmed();
    return d_->save(
        user, checkGateway(g),
        {{kGatewayKey, QStringLiteral("settings.sms_gateway"), gatewayJson(g, true), true}});
}

}  // namespace hc::services
