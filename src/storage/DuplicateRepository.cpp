#include "hc/storage/DuplicateRepository.h"

#include "Query.h"
#include "SqlValues.h"
#include "hc/storage/PinyinTransliterator.h"
#include "hc/storage/SettingsRepository.h"

#include <nlohmann/json.hpp>

#include <QHash>

namespace hc::storage {

namespace {

struct SettingField {
    const char* key;
    int domain::DuplicateSettings::*member;
};

const SettingField kFields[] = {
    {"sameMobile", &domain::DuplicateSettings::sameMobile},
    {"sameIdNumber", &domain::DuplicateSettings::sameIdNumber},
    {"sameVin", &domain::DuplicateSettings::sameVin},
    {"plateOwners", &domain::DuplicateSettings::plateOwners},
    {"pinyinPhone", &domain::DuplicateSettings::pinyinPhone},
    {"extraReason", &domain::DuplicateSettings::extraReason},
    {"minimumScore", &domain::DuplicateSettings::minimumScore},
};

}  // namespace

domain::DuplicateInput DuplicateRepository::load() const {
    domain::DuplicateInput in;
    sqlite3* h = db_.handle();
    {
        Query q(h,
                "SELECT c.id, c.name, p.pinyin, p.name_src IS c.name, c.phone, c.phone2, "
                "c.id_number FROM customers c LEFT JOIN search_pinyin p ON p.customer_id = c.id "
                "WHERE c.erased_at IS NULL ORDER BY c.id");
        std::unique_ptr<PinyinTransliterator> pinyin;
        while (q.step()) {
            domain::DuplicateInput::Person p;
            p.id = q.integer(0);
            p.name = q.text(1);
            if (q.integer(3) != 0) {
                p.pinyin = q.text(2);
            } else {
                if (!pinyin) {
                    pinyin = std::make_unique<PinyinTransliterator>();
                }
                p.pinyin = pinyin->convert(p.name).full;
            }
            p.phone = q.text(4);
            p.phone2 = q.text(5);
            p.idNumber = q.text(6);
            in.people.push_back(std::move(p));
        }
    }
    QHash<std::int64_t, std::size_t> index;
    {
        Query q(h,
                "SELECT v.id, v.customer_id, v.plate, v.vin FROM vehicles v "
                "JOIN customers c ON c.id = v.customer_id "
                "WHERE c.erased_at IS NULL AND (v.plate IS NOT NULL OR v.vin IS NOT NULL) "
                "ORDER BY v.id");
        while (q.step()) {
            domain::DuplicateInput::Vehicle v;
            v.id = q.integer(0);
            v.ownerId = q.integer(1);
            v.plate = q.text(2);
            v.vin = q.text(3);
            index.insert(v.id, in.vehicles.size());
            in.vehicles.push_back(std::move(v));
        }
    }
    {
        // Visits registered under another customer than the vehicle's owner (first date each).
        Query q(h,
                "SELECT v.vehicle_id, v.customer_id, MIN(v.visit_date) FROM visits v "
                "JOIN vehicles h ON h.id = v.vehicle_id JOIN customers c ON c.id = v.customer_id "
                "WHERE v.customer_id <> h.customer_id AND v.voided_at IS NULL "
                "AND c.erased_at IS NULL GROUP BY v.vehicle_id, v.customer_id");
        while (q.step()) {
            if (const auto it = index.constFind(q.integer(0)); it != index.cend()) {
                in.vehicles[*it].otherVisits.emplace_back(q.integer(1), q.date(2));
            }
        }
    }
    {
        // The ownership history of vehicles with more than one period or such visits.
        Query q(h,
                "SELECT o.vehicle_id, o.customer_id, o.from_date, o.to_date FROM vehicle_owners o "
                "WHERE EXISTS (SELECT 1 FROM vehicle_owners o2 WHERE o2.vehicle_id = o.vehicle_id "
                "AND o2.id <> o.id) OR EXISTS (SELECT 1 FROM visits v JOIN vehicles h "
                "ON h.id = v.vehicle_id WHERE v.vehicle_id = o.vehicle_id "
                "AND v.customer_id <> h.customer_id) ORDER BY o.vehicle_id, o.from_date, o.id");
        while (q.step()) {
            if (const auto it = index.constFind(q.integer(0)); it != index.cend()) {
                in.vehicles[*it].owners.push_back({q.integer(1), q.date(2), q.date(3)});
            }
        }
    }
    return in;
}

std::set<std::pair<std::int64_t, std::int64_t>> DuplicateRepository::dismissedPairs() const {
    Query q(db_.handle(),
            "SELECT d.low_id, d.high_id FROM duplicate_dismissals d "
            "JOIN customers l ON l.id = d.low_id JOIN customers r ON r.id = d.high_id "
            "WHERE l.erased_at IS NULL AND r.erased_at IS NULL");
    std::set<std::pair<std::int64_t, std::int64_t>> out;
    while (q.step()) {
        out.emplace(q.integer(0), q.integer(1));
    }
    return out;
}

bool DuplicateRepository::dismiss(std::int64_t lowId, std::int64_t highId, const QDateTime& at,
                                  std::int64_t userId) {
    Query q(db_.handle(),
            "INSERT INTO duplicate_dismissals (low_id, high_id, dismissed_at, dismissed_by) "
            "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (low_id, high_id) DO NOTHING");
    q.bindInt(1, lowId).bindInt(2, highId);
    q.bindText(3, timestampOr(at, db_));
    q.bindOptInt(4, userId > 0 ? std::optional(userId) : std::nullopt);
    q.step();
    return q.rowsAffected() > 0;
}

bool DuplicateRepository::undismiss(std::int64_t lowId, std::int64_t highId) {
    Query q(db_.handle(), "DELETE FROM duplicate_dismissals WHERE low_id = ?1 AND high_id = ?2");
    q.bindInt(1, lowId).bindInt(2, highId);
    q.step();
    return q.rowsAffected() > 0;
}

std::optional<DuplicateRepository::Dismissal> DuplicateRepository::dismissal(
    std::int64_t lowId, std::int64_t highId) const {
    Query q(db_.handle(),
            "SELECT dismissed_at, dismissed_by FROM duplicate_dismissals "
            "WHERE low_id = ?1 AND high_id = ?2");
    q.bindInt(1, lowId).bindInt(2, highId);
    if (!q.step()) {
        return std::nullopt;
    }
    return Dismissal{lowId, highId, q.text(0), q.optInteger(1)};
}

domain::DuplicateSettings DuplicateRepository::loadSettings() const {
    const auto text = SettingsRepository(db_).get(QString::fromLatin1(kSettingsKey));
    return settingsFromJson(text.value_or(QString()));
}

void DuplicateRepository::saveSettings(const domain::DuplicateSettings& settings,
                                       const QDateTime& at, std::int64_t userId) {
    SettingsRepository(db_).put(QString::fromLatin1(kSettingsKey), settingsToJson(settings), at,
                                userId);
}

QString DuplicateRepository::settingsToJson(const domain::DuplicateSettings& settings) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const auto& f : kFields) {
        j[f.key] = settings.*f.member;
    }
    return QString::fromStdString(j.dump());
}

domain::DuplicateSettings DuplicateRepository::settingsFromJson(const QString& text) {
    domain::DuplicateSettings s;
    const auto j = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (j.is_object()) {
        for (const auto& f : kFields) {
            if (const auto it = j.find(f.key); it != j.end() && it->is_number_integer()) {
                s.*f.member = it->get<int>();
            }
        }
    }
    return s;
}

}  // namespace hc::storage
