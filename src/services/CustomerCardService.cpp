#include "hc/services/CustomerCardService.h"

#include "LoyaltyMatrixRead.h"

#include "UseCase.h"
#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/Classification.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/NextMaintenance.h"
#include "hc/domain/RfmAnalysis.h"
#include "hc/services/AnalysisService.h"
#include "hc/storage/AnalysisRepository.h"
#include "hc/storage/ComplaintRepository.h"
#include "hc/storage/CustomerBaseFitRepository.h"
#include "hc/storage/CustomerCardRepository.h"
#include "hc/storage/CustomerRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/VehicleRepository.h"
#include "hc/storage/VisitRepository.h"

#include <algorithm>
#include <map>
#include <mutex>

#include <spdlog/spdlog.h>

namespace hc::services {

namespace {

/// The whole-shop analysis result of one customer.
struct ShopEntry {
    domain::CustomerId id = 0;
    std::optional<domain::AbcGrade> grade;
    int rank = 0;
    std::optional<domain::MatrixCell> cell;
    std::optional<domain::RfmSegment> rfm;
};

/// ABC ranks and grades, matrix cells and RFM segments of every customer as of one date, for one
/// data version and settings.
struct ShopSnapshot {
    QDate asOf;
    storage::DataVersion version;
    domain::AnalysisSettings settings;
    std::vector<ShopEntry> entries;  ///< ordered by id

    [[nodiscard]] const ShopEntry* find(domain::CustomerId id) const {
        const auto it =
            std::lower_bound(entries.begin(), entries.end(), id,
                             [](const ShopEntry& e, domain::CustomerId v) { return e.id < v; });
        return it != entries.end() && it->id == id ? &*it : nullptr;
    }
};

ShopSnapshot computeSnapshot(storage::Database& db, const QDate& asOf,
                             const storage::DataVersion& version,
                             const domain::AnalysisSettings& settings) {
    // The same rules and windows as AnalysisService (abc(), matrix(), rfm()).
    storage::AnalysisRepository repo(db);
    const QDate abcFrom = AnalysisService::windowStart(asOf, settings.abc.window);
    const auto facts = repo.loadFacts(asOf, abcFrom);
    const auto abc = domain::runAbc(domain::abcInputs(facts, asOf), settings.abc);
    const auto matrix =
        LoyaltyMatrixRead::build(db, asOf, settings, abc, facts, abcFrom,
                                 storage::SettingsRepository(db).loadFollowUps().maintenance);
    const auto rfm = domain::runRfm(facts, asOf, settings.rfm);

    std::map<domain::CustomerId, ShopEntry> byId;
    for (const auto& row : abc.rows) {
        ShopEntry& e = byId[row.customerId];
        e.id = row.customerId;
        e.grade = row.grade;
        e.rank = row.rank;
    }
    for (const auto& m : matrix.entries) {
        ShopEntry& e = byId[m.customerId];
        e.id = m.customerId;
        e.cell = m.cell;
    }
    for (const auto& r : rfm.entries) {
        ShopEntry& e = byId[r.customerId];
        e.id = r.customerId;
        e.rfm = r.segment;
    }
    ShopSnapshot snapshot{asOf, version, settings, {}};
    snapshot.entries.reserve(byId.size());
    for (auto& [id, e] : byId) {
        snapshot.entries.push_back(e);
    }
    return snapshot;
}

}  // namespace

std::vector<OpenRecommendation> CustomerCardService::openRecommendations(const CustomerCard& card) {
    // The latest visit of each vehicle (ties: higher id) carries the advice still open.
    std::map<qint64, const domain::Visit*> latest;
    for (const auto& v : card.visits) {
        const qint64 key = v.vehicleId.value_or(0);
        auto it = latest.find(key);
        if (it == latest.end() || v.date > it->second->date ||
            (v.date == it->second->date && v.id > it->second->id)) {
            latest[key] = &v;
        }
    }
    std::vector<OpenRecommendation> out;
    for (const auto& [vehicleId, visit] : latest) {
        if (visit->recommendations.trimmed().isEmpty()) {
            continue;
        }
        OpenRecommendation r;
        r.vehicleId = visit->vehicleId;
        r.date = visit->date;
        r.text = visit->recommendations;
        for (const auto& cv : card.vehicles) {
            if (visit->vehicleId && cv.vehicle.id == *visit->vehicleId) {
                r.plate = cv.vehicle.plate;
            }
        }
        out.push_back(std::move(r));
    }
    return out;
}

/// The whole-shop snapshot, shared by the instances of one database (openSibling): the data
/// version is stored data, so it means the same on every connection.
struct ShopCache {
    std::mutex mutex;
    std::optional<ShopSnapshot> snapshot;
    int passes = 0;
};

struct CustomerCardService::Private {
    Private(storage::Database& database, std::shared_ptr<ShopCache> shared)
        : db(database), cache(std::move(shared)) {}
    storage::Database& db;
    std::unique_ptr<storage::Database> owned;  ///< openSibling's own connection
    std::shared_ptr<ShopCache> cache;

    /// The snapshot for asOf with the current data and settings (computed when stale); call with
    /// cache->mutex held.
    const ShopSnapshot& shop(const QDate& asOf, const domain::AnalysisSettings& settings) const {
        const auto version = storage::CustomerCardRepository(db).dataVersion();
        auto& snapshot = cache->snapshot;
        if (!snapshot || snapshot->asOf != asOf || !(snapshot->version == version) ||
            !(snapshot->settings == settings)) {
            snapshot.reset();
            snapshot = computeSnapshot(db, asOf, version, settings);
            ++cache->passes;
        }
        return *snapshot;
    }
};

CustomerCardService::CustomerCardService(storage::Database& db)
    : d_(std::make_unique<Private>(db, std::make_shared<ShopCache>())) {}

CustomerCardService::~CustomerCardService() = default;

std::unique_ptr<CustomerCardService> CustomerCardService::openSibling() const {
    auto db = openSiblingConnection(d_->db, "customer card: second connection");
    if (!db) {
        return nullptr;
    }
    std::unique_ptr<CustomerCardService> sibling(new CustomerCardService(*db));
    sibling->d_->cache = d_->cache;
    sibling->d_->owned = std::move(db);
    return sibling;
}

int CustomerCardService::shopPassCount() const {
    const std::lock_guard lock(d_->cache->mutex);
    return d_->cache->passes;
}

VoidResult CustomerCardService::warmUp(const QDate& asOf) const {
    if (!asOf.isValid()) {
        return invalidInput(QStringLiteral("as_of"),
                            QCoreApplication::translate("hc::services", "分析日期无效。"));
    }
    return runUseCase<VoidResult>([&]() -> VoidResult {
        const auto settings = storage::SettingsRepository(d_->db).loadAnalysis();
        const std::lock_guard lock(d_->cache->mutex);
        (void)d_->shop(asOf, settings);
        return Done{};
    });
}

Result<CustomerCard> CustomerCardService::card(domain::CustomerId id, const QDate& asOf) const {
    using R = Result<CustomerCard>;
    if (!asOf.isValid()) {
        return invalidInput(QStringLiteral("as_of"),
                            QCoreApplication::translate("hc::services", "分析日期无效。"));
    }
    return runUseCase<R>([&]() -> R {
        storage::Database& db = d_->db;
        const storage::SettingsRepository settingsRepo(db);
        const auto analysis = settingsRepo.loadAnalysis();
        const auto followUps = settingsRepo.loadFollowUps();
        const QDate abcFrom = AnalysisService::windowStart(asOf, analysis.abc.window);

        const auto facts = storage::CustomerCardRepository(db).factsOf(id, asOf, abcFrom);
        auto customer = storage::CustomerRepository(db).find(id);
        if (!facts || !customer) {
            return notFound(QCoreApplication::translate("hc::services", "找不到这个客户。"));
        }
        CustomerCard card;
        card.asOf = asOf;
        card.customer = std::move(*customer);

        CustomerAnalysisSummary& s = card.analysis;
        s.id = id;
        s.name = facts->name;
        const auto c = domain::classify(*facts, asOf, analysis.lifecycle);
        s.cls = c.cls;
        s.stage = c.stage;
        s.isNew = c.isNew;
        s.lastVisit = domain::hasVisitBy(*facts, asOf) ? facts->lastVisit : QDate();
        s.windowAmountFen = facts->windowAmountFen;
        s.windowVisits = facts->windowVisits;
        {
            const std::lock_guard lock(d_->cache->mutex);
            if (const ShopEntry* e = d_->shop(asOf, analysis).find(id)) {
                s.abcGrade = e->grade;
                s.abcRank = e->rank;
                s.matrixCell = e->cell;
                s.rfmSegment = e->rfm;
            }
        }

        const storage::VisitRepository visits(db);
        const storage::VehicleRepository vehicles(db);
        card.visits = visits.ofCustomer(id);
        for (auto& vehicle : vehicles.ofCustomer(id)) {
            CardVehicle cv;
            const auto history = visits.ofVehicle(vehicle.id);
            std::vector<domain::Visit> own;  // the customer's own visits, as the list plans them
            for (const auto& v : history) {
                cv.lastVisit = std::max(cv.lastVisit, v.date);
                if (v.customerId == id) {
                    own.push_back(v);
                }
            }
            cv.lastMileage = domain::MaintenanceDueEstimator::lastMileage(history);
            cv.maintenance = domain::nextMaintenance(own, &vehicle, followUps, asOf);
            if (cv.maintenance.isValid()) {
                cv.maintenanceUrgency =
                    domain::urgencyFor(cv.maintenance.nextDue, asOf, followUps.yellowWindowDays);
            }
            cv.vehicle = std::move(vehicle);
            card.vehicles.push_back(std::move(cv));
        }
        for (const auto& v : card.visits) {
            if (!v.vehicleId) {
                continue;
            }
            const auto owned = [&](const CardVehicle& cv) { return cv.vehicle.id == *v.vehicleId; };
            const auto former = [&](const domain::Vehicle& f) { return f.id == *v.vehicleId; };
            if (std::none_of(card.vehicles.begin(), card.vehicles.end(), owned) &&
                std::none_of(card.formerVehicles.begin(), card.formerVehicles.end(), former)) {
                if (auto f = vehicles.find(*v.vehicleId)) {
                    card.formerVehicles.push_back(std::move(*f));
                }
            }
        }
        card.openRecommendations = openRecommendations(card);
        // The customer-base outlook: the stored fit applied to this customer's own visits.
        card.customerBaseFit = storage::CustomerBaseFitRepository(db).latest();
        if (card.customerBaseFit) {
            std::vector<domain::PurchaseEvent> events;
            events.reserve(card.visits.size());
            for (const auto& v : card.visits) {
                if (!v.isVoided()) {
                    events.push_back({id, v.date, static_cast<double>(v.amountFen) / 100.0});
                }
            }
            card.outlook = domain::CustomerBaseOutlook::of(events, *card.customerBaseFit, asOf);
        }
        for (auto& complaint : storage::ComplaintRepository(db).ofCustomer(id)) {
            if (complaint.status != QLatin1String("closed")) {
                card.openComplaints.push_back(std::move(complaint));
            }
        }
        return card;
    });
}

}  // namespace hc::services
