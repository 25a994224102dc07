#include "hc/storage/SettingsRepository.h"

#include "Query.h"
#include "SqlValues.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace hc::storage {

namespace {

using domain::Span;
using nlohmann::json;

json spanJson(const Span& s) {
    return json{{"count", s.count}, {"unit", s.unit == Span::Unit::Days ? "days" : "months"}};
}

void readSpan(const json& parent, const char* key, Span& out) {
    const auto it = parent.find(key);
    if (it == parent.end() || !it->is_object()) {
        return;
    }
    const auto count = it->find("count");
    if (count != it->end() && count->is_number_integer()) {
        out.count = count->get<int>();
    }
    const auto unit = it->find("unit");
    if (unit != it->end() && unit->is_string()) {
        const auto u = unit->get<std::string>();
        if (u == "days") {
            out.unit = Span::Unit::Days;
        } else if (u == "months") {
            out.unit = Span::Unit::Months;
        }
    }
}

template <typename T>
void readInt(const json& parent, const char* key, T& out) {
    const auto it = parent.find(key);
    if (it != parent.end() && it->is_number_integer()) {
        out = it->get<T>();
    }
}

void readMinutes(const json& parent, const char* key, std::chrono::minutes& out) {
    auto count = out.count();
    readInt(parent, key, count);
    out = std::chrono::minutes(count);
}

const json& section(const json& root, const char* key) {
    static const json empty = json::object();
    const auto it = root.find(key);
    return it != root.end() && it->is_object() ? *it : empty;
}

const char* periodKey(domain::LifecycleSettings::Period p) {
    switch (p) {
        case domain::LifecycleSettings::Period::Quarter:
            return "quarter";
        case domain::LifecycleSettings::Period::Year:
            return "year";
        case domain::LifecycleSettings::Period::Month:
            break;
    }
    return "month";
}

json holidaysJson(const std::vector<domain::HolidayRule>& rules) {
    json out = json::array();
    for (const auto& r : rules) {
        out.push_back({{"name", r.name.toStdString()},
                       {"month", r.month},
                       {"day", r.day},
                       {"calendar", r.lunar ? "chinese" : "gregorian"}});
    }
    return out;
}

/// "holidays": missing or not an array keeps the defaults; an entry that is not an object with a
/// string name, integer month and day and a calendar "gregorian" or "chinese" is skipped (the
/// others are kept, so one bad entry does not lose the shop's list).
void readHolidays(const json& root, std::vector<domain::HolidayRule>& out) {
    const auto it = root.find("holidays");
    if (it == root.end() || !it->is_array()) {
        return;
    }
    std::vector<domain::HolidayRule> rules;
    for (const auto& e : *it) {
        if (!e.is_object()) {
            continue;
        }
        const auto name = e.find("name");
        const auto month = e.find("month");
        const auto day = e.find("day");
        const auto calendar = e.find("calendar");
        if (name == e.end() || !name->is_string() || month == e.end() ||
            !month->is_number_integer() || day == e.end() || !day->is_number_integer() ||
            calendar == e.end() || !calendar->is_string()) {
            continue;
        }
        const auto cal = calendar->get<std::string>();
        if (cal != "gregorian" && cal != "chinese") {
            continue;
        }
        rules.push_back({QString::fromStdString(name->get<std::string>()), month->get<int>(),
                         day->get<int>(), cal == "chinese"});
    }
    out = std::move(rules);
}

void readStage(const json& root, const char* key, domain::Stage& out) {
    const auto it = root.find(key);
    if (it == root.end() || !it->is_string()) {
        return;
    }
    if (const auto stage = domain::stageFromKey(QString::fromStdString(it->get<std::string>()))) {
        out = *stage;
    }
}

json callRoutesJson(const std::vector<domain::CallRoute>& routes) {
    json out = json::array();
    for (const auto& r : routes) {
        out.push_back({{"key", r.key.toStdString()}, {"user", r.user.toStdString()}});
    }
    return out;
}

}  // namespace

std::optional<QString> SettingsRepository::get(const QString& key) const {
    Query q(db_, QStringLiteral("SELECT value_json FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), key).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return q.text(0);
}

void SettingsRepository::put(const QString& key, const QString& json, const QDateTime& at,
                             std::int64_t userId) {
    Query q(db_,
            QStringLiteral("INSERT INTO settings (key, value_json, updated_at, updated_by) "
                           "VALUES (:k, :v, :at, :by) ON CONFLICT (key) DO UPDATE SET "
                           "value_json = excluded.value_json, updated_at = excluded.updated_at, "
                           "updated_by = excluded.updated_by"));
    q.bind(QStringLiteral(":k"), key)
        .bind(QStringLiteral(":v"), json)
        .bind(QStringLiteral(":at"), timestampOr(at, db_))
        .bind(QStringLiteral(":by"), userIdValue(userId))
        .exec();
}

domain::AnalysisSettings SettingsRepository::loadAnalysis() const {
    const auto text = get(QString::fromLatin1(kAnalysisKey));
    return text ? analysisFromJson(*text) : domain::AnalysisSettings{};
}

void SettingsRepository::saveAnalysis(const domain::AnalysisSettings& settings, const QDateTime& at,
                                      std::int64_t userId) {
    put(QString::fromLatin1(kAnalysisKey), analysisToJson(settings), at, userId);
}

QString SettingsRepository::analysisToJson(const domain::AnalysisSettings& s) {
    const json j{
        {"lifecycle",
         {{"loyal", spanJson(s.lifecycle.loyal)},
          {"lost", spanJson(s.lifecycle.lost)},
          {"notLostUntil", spanJson(s.lifecycle.notLostUntil)},
          {"lostUntil", spanJson(s.lifecycle.lostUntil)},
          {"trendingLostUntil", spanJson(s.lifecycle.trendingLostUntil)},
          {"newPeriod", periodKey(s.lifecycle.newPeriod)}}},
        {"abc",
         {{"window", spanJson(s.abc.window)},
          {"aThresholdBp", s.abc.aThresholdBp},
          {"bThresholdBp", s.abc.bThresholdBp},
          {"rankMoveThreshold", s.abc.rankMoveThreshold}}},
        {"matrix",
         {{"window", spanJson(s.matrix.window)},
          {"loyaltyThresholdPct", s.matrix.loyaltyThresholdPct},
          {"mileageMinDays", s.matrix.mileageMinDays}}},
        {"rfm",
         {{"recency", spanJson(s.rfm.recency)},
          {"frequencyHigh", s.rfm.frequencyHigh},
          {"monetaryHighFen", s.rfm.monetaryHighFen}}},
        {"fleet", {{"large", s.fleet.large}, {"medium", s.fleet.medium}, {"small", s.fleet.small}}},
        {"satisfaction",
         {{"marginX100", s.satisfaction.marginX100},
          {"lowestCount", s.satisfaction.lowestCount},
          {"minAnswers", s.satisfaction.minAnswers}}},
    };
    return QString::fromStdString(j.dump());
}

domain::AnalysisSettings SettingsRepository::analysisFromJson(const QString& text) {
    domain::AnalysisSettings s;
    const json root = json::parse(text.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (!root.is_object()) {
        return s;
    }
    const json& life = section(root, "lifecycle");
    readSpan(life, "loyal", s.lifecycle.loyal);
    readSpan(life, "lost", s.lifecycle.lost);
    readSpan(life, "notLostUntil", s.lifecycle.notLostUntil);
    // "quasiLostUntil" (older versions) is ignored: quasi_lost now ends where the lost class
    // starts ("lost"), so the stage and the class cannot disagree.
    readSpan(life, "lostUntil", s.lifecycle.lostUntil);
    readSpan(life, "trendingLostUntil", s.lifecycle.trendingLostUntil);
    if (const auto it = life.find("newPeriod"); it != life.end() && it->is_string()) {
        const auto p = it->get<std::string>();
        if (p == "quarter") {
            s.lifecycle.newPeriod = domain::LifecycleSettings::Period::Quarter;
        } else if (p == "year") {
            s.lifecycle.newPeriod = domain::LifecycleSettings::Period::Year;
        } else if (p == "month") {
            s.lifecycle.newPeriod = domain::LifecycleSettings::Period::Month;
        }
    }
    const json& abc = section(root, "abc");
    readSpan(abc, "window", s.abc.window);
    readInt(abc, "aThresholdBp", s.abc.aThresholdBp);
    readInt(abc, "bThresholdBp", s.abc.bThresholdBp);
    readInt(abc, "rankMoveThreshold", s.abc.rankMoveThreshold);
    const json& matrix = section(root, "matrix");
    readSpan(matrix, "window", s.matrix.window);
    // "maintenanceInterval" (older versions) moved to the follow-up settings: see
    // followUpsFromJson().
    readInt(matrix, "loyaltyThresholdPct", s.matrix.loyaltyThresholdPct);
    // "maintenanceIntervalKm" (stored by a build of 2026-12) is the follow-up settings'
    // maintenance.intervalKm: one setting per concept.
    readInt(matrix, "mileageMinDays", s.matrix.mileageMinDays);
    const json& rfm = section(root, "rfm");
    readSpan(rfm, "recency", s.rfm.recency);
    readInt(rfm, "frequencyHigh", s.rfm.frequencyHigh);
    readInt(rfm, "monetaryHighFen", s.rfm.monetaryHighFen);
    const json& fleet = section(root, "fleet");
    readInt(fleet, "large", s.fleet.large);
    readInt(fleet, "medium", s.fleet.medium);
    readInt(fleet, "small", s.fleet.small);
    const json& satisfaction = section(root, "satisfaction");
    readInt(satisfaction, "marginX100", s.satisfaction.marginX100);
    readInt(satisfaction, "lowestCount", s.satisfaction.lowestCount);
    readInt(satisfaction, "minAnswers", s.satisfaction.minAnswers);
    return s;
}

domain::FollowUpSettings SettingsRepository::loadFollowUps() const {
    const auto text = get(QString::fromLatin1(kFollowUpsKey));
    const auto analysis = get(QString::fromLatin1(kAnalysisKey));
    return followUpsFromJson(text.value_or(QString()), analysis.value_or(QString()));
}

bool SettingsRepository::migrateLegacy(const QDateTime& at, std::int64_t userId) {
    const auto text = get(QString::fromLatin1(kFollowUpsKey));
    const auto analysis = get(QString::fromLatin1(kAnalysisKey));
    if (!analysis || !legacyMaintenanceInterval(*analysis)) {
        return false;
    }
    if (text && hasMaintenanceInterval(*text)) {
        return false;
    }
    saveFollowUps(followUpsFromJson(text.value_or(QString()), *analysis), at, userId);
    return true;
}

std::optional<domain::Span> SettingsRepository::legacyMaintenanceInterval(
    const QString& analysisJson) {
    const json root = json::parse(analysisJson.toStdString(), nullptr, false);
    if (!root.is_object()) {
        return std::nullopt;
    }
    const json& matrix = section(root, "matrix");
    if (!matrix.contains("maintenanceInterval")) {
        return std::nullopt;
    }
    domain::Span span = domain::MaintenanceDueSettings{}.interval;
    readSpan(matrix, "maintenanceInterval", span);
    return span;
}

bool SettingsRepository::hasMaintenanceInterval(const QString& followUpsJson) {
    const json root = json::parse(followUpsJson.toStdString(), nullptr, false);
    return root.is_object() && section(root, "maintenance").contains("interval");
}

void SettingsRepository::saveFollowUps(const domain::FollowUpSettings& settings,
                                       const QDateTime& at, std::int64_t userId) {
    put(QString::fromLatin1(kFollowUpsKey), followUpsToJson(settings), at, userId);
}

QString SettingsRepository::followUpsToJson(const domain::FollowUpSettings& s) {
    const json j{
        {"postServiceDelayDays", s.postServiceDelayDays},
        {"postServiceExpiryDays", s.postServiceExpiryDays},
        {"maintenance",
         {{"interval", spanJson(s.maintenance.interval)},
          {"intervalKm", s.maintenance.intervalKm}}},
        {"defaultKmPerDay", s.defaultKmPerDay},
        {"reminderLeadDays", s.reminderLeadDays},
        {"yellowWindowDays", s.yellowWindowDays},
        {"winback",
         {{"notLostDays", s.winback.notLostDays},
          {"quasiLostDays", s.winback.quasiLostDays},
          {"lostDays", s.winback.lostDays},
          {"trendingLostDays", s.winback.trendingLostDays},
          {"completelyLostDays", s.winback.completelyLostDays}}},
        {"winbackDailyLimit", s.winbackDailyLimit},
        {"birthdayLeadDays", s.birthdayLeadDays},
        {"insuranceLeadDays", s.insuranceLeadDays},
        {"inspectionLeadDays", s.inspectionLeadDays},
        {"maxNoAnswerAttempts", s.maxNoAnswerAttempts},
        {"winbackReturnWindowDays", s.winbackReturnWindowDays},
        {"complaint",
         {{"contactMinutes", s.complaint.contactWithin.count()},
          {"answerMinutes", s.complaint.answerWithin.count()},
          {"seniorAnswerMinutes", s.complaint.seniorAnswerWithin.count()},
          {"followUpMinutes", s.complaint.followUpWithin.count()}}},
        {"holidays", holidaysJson(s.holidays)},
        {"holidayLeadDays", s.holidayLeadDays},
        {"holidayFromStage", domain::toKey(s.holidayFromStage).toStdString()},
        {"appointmentReminderLeadDays", s.appointmentReminderLeadDays},
        {"noShowFollowUpDays", s.noShowFollowUpDays},
        {"callList",
         {{"dailyCapacity", s.callList.dailyCapacity},
          {"split", domain::toKey(s.callList.split).toStdString()},
          {"weights",
           {{"urgency", s.callList.weights.urgency},
            {"value", s.callList.weights.value},
            {"chance", s.callList.weights.chance}}},
          {"routes", callRoutesJson(s.callList.routes)}}},
        {"declined",
         {{"safetyDays", s.declined.safetyDays},
          {"soonDays", s.declined.soonDays},
          {"laterDays", s.declined.laterDays},
          {"leadDays", s.declined.leadDays},
          {"listDays", s.declined.listDays}}},
    };
    return QString::fromStdString(j.dump());
}

domain::FollowUpSettings SettingsRepository::followUpsFromJson(const QString& text,
                                                               const QString& analysisJson) {
    domain::FollowUpSettings s;
    // Older versions kept the maintenance interval with the analysis settings; it applies until
    // the follow-up settings store their own.
    if (!hasMaintenanceInterval(text)) {
        if (const auto legacy = legacyMaintenanceInterval(analysisJson)) {
            s.maintenance.interval = *legacy;
        }
    }
    const json root = json::parse(text.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (!root.is_object()) {
        return s;
    }
    readInt(root, "postServiceDelayDays", s.postServiceDelayDays);
    readInt(root, "postServiceExpiryDays", s.postServiceExpiryDays);
    const json& maintenance = section(root, "maintenance");
    readSpan(maintenance, "interval", s.maintenance.interval);
    readInt(maintenance, "intervalKm", s.maintenance.intervalKm);
    readInt(root, "defaultKmPerDay", s.defaultKmPerDay);
    readInt(root, "reminderLeadDays", s.reminderLeadDays);
    readInt(root, "yellowWindowDays", s.yellowWindowDays);
    const json& winback = section(root, "winback");
    readInt(winback, "notLostDays", s.winback.notLostDays);
    readInt(winback, "quasiLostDays", s.winback.quasiLostDays);
    readInt(winback, "lostDays", s.winback.lostDays);
    readInt(winback, "trendingLostDays", s.winback.trendingLostDays);
    readInt(winback, "completelyLostDays", s.winback.completelyLostDays);
    readInt(root, "winbackDailyLimit", s.winbackDailyLimit);
    readInt(root, "appointmentReminderLeadDays", s.appointmentReminderLeadDays);
    readInt(root, "noShowFollowUpDays", s.noShowFollowUpDays);
    readInt(root, "birthdayLeadDays", s.birthdayLeadDays);
    readInt(root, "insuranceLeadDays", s.insuranceLeadDays);
    readInt(root, "inspectionLeadDays", s.inspectionLeadDays);
    readInt(root, "maxNoAnswerAttempts", s.maxNoAnswerAttempts);
    readInt(root, "winbackReturnWindowDays", s.winbackReturnWindowDays);
    const json& complaint = section(root, "complaint");
    readMinutes(complaint, "contactMinutes", s.complaint.contactWithin);
    readMinutes(complaint, "answerMinutes", s.complaint.answerWithin);
    readMinutes(complaint, "seniorAnswerMinutes", s.complaint.seniorAnswerWithin);
    readMinutes(complaint, "followUpMinutes", s.complaint.followUpWithin);
    readHolidays(root, s.holidays);
    readInt(root, "holidayLeadDays", s.holidayLeadDays);
    readStage(root, "holidayFromStage", s.holidayFromStage);
    const json& callList = section(root, "callList");
    readInt(callList, "dailyCapacity", s.callList.dailyCapacity);
    if (const auto it = callList.find("split"); it != callList.end() && it->is_string()) {
        if (const auto split =
                domain::callSplitFromKey(QString::fromStdString(it->get<std::string>()))) {
            s.callList.split = *split;
        }
    }
    const json& weights = section(callList, "weights");
    readInt(weights, "urgency", s.callList.weights.urgency);
    readInt(weights, "value", s.callList.weights.value);
    readInt(weights, "chance", s.callList.weights.chance);
    if (const auto it = callList.find("routes"); it != callList.end() && it->is_array()) {
        for (const auto& r : *it) {  // an entry that is not {key, user} strings is skipped
            if (r.is_object() && r.contains("key") && r["key"].is_string() && r.contains("user") &&
                r["user"].is_string()) {
                s.callList.routes.push_back({QString::fromStdString(r["key"].get<std::string>()),
                                             QString::fromStdString(r["user"].get<std::string>())});
            }
        }
    }
    const json& declined = section(root, "declined");
    readInt(declined, "safetyDays", s.declined.safetyDays);
    readInt(declined, "soonDays", s.declined.soonDays);
    readInt(declined, "laterDays", s.declined.laterDays);
    readInt(declined, "leadDays", s.declined.leadDays);
    readInt(declined, "listDays", s.declined.listDays);
    return s;
}

domain::PrivacySettings SettingsRepository::loadPrivacy() const {
    const auto text = get(QString::fromLatin1(kPrivacyKey));
    return privacyFromJson(text.value_or(QString()));
}

QString SettingsRepository::privacyToJson(const domain::PrivacySettings& settings) {
    return QString::fromStdString(nlohmann::json{{"inactiveYears", settings.inactiveYears}}.dump());
}

domain::PrivacySettings SettingsRepository::privacyFromJson(const QString& text) {
    domain::PrivacySettings s;
    const auto j = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (j.is_object()) {
        if (const auto it = j.find("inactiveYears"); it != j.end() && it->is_number_integer()) {
            s.inactiveYears = it->get<int>();
        }
    }
    return s;
}

}  // namespace hc::storage
