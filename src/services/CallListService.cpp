#include "hc/services/CallListService.h"

#include "UseCase.h"
#include "hc/domain/CallListPlanner.h"
#include "hc/domain/Role.h"
#include "hc/services/AnalysisService.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/services/FollowUpService.h"
#include "hc/storage/CallRouteRepository.h"
#include "hc/storage/CustomerCardRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/UserRepository.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <functional>
#include <mutex>
#include <unordered_map>

namespace hc::services {

struct CallListService::Cache {
    std::mutex mutex;
    QDate day;
    storage::DataVersion version;
    std::optional<domain::CallList> list;
};

CallListService::CallListService(storage::Database& db, Clock clock,
                                 std::optional<domain::FollowUpSettings> settings)
    : cache_(std::make_unique<Cache>()),
      db_(db),
      clock_(std::move(clock)),
      fixed_(std::move(settings)) {}

CallListService::~CallListService() = default;

std::unique_ptr<CallListService> CallListService::openSibling() const {
    auto db = openSiblingConnection(db_, "call list: second connection");
    if (!db) {
        return nullptr;
    }
    db->setClock(clock_);
    auto sibling = std::make_unique<CallListService>(*db, clock_, fixed_);
    sibling->owned_ = std::move(db);
    return sibling;
}

Result<domain::CallList> CallListService::dayList(const QDate& day) const {
    if (!day.isValid()) {
        return plan(day);  // the message for a bad date
    }
    using V = Result<storage::DataVersion>;
    const auto version =
        runUseCase<V>([&]() -> V { return storage::CustomerCardRepository(db_).dataVersion(); });
    if (!version) {
        return version.error();
    }
    {
        std::lock_guard lock(cache_->mutex);
        if (cache_->list && cache_->day == day && cache_->version == version.value()) {
            return *cache_->list;
        }
    }
    auto planned = plan(day);
    if (planned) {
        std::lock_guard lock(cache_->mutex);
        cache_->day = day;
        cache_->version = version.value();
        cache_->list = planned.value();
    }
    return planned;
}

Result<domain::CallList> CallListService::plan(const QDate& day) const {
    using R = Result<domain::CallList>;
    return runUseCase<R>([&]() -> R {
        if (!day.isValid()) {
            return invalidInput(QStringLiteral("date"),
                                QCoreApplication::translate("hc::services", "请填写有效的日期"));
        }
        const domain::FollowUpSettings settings =
            fixed_ ? *fixed_ : storage::SettingsRepository(db_).loadFollowUps();
        auto planned = FollowUpService(db_, clock_, settings).planStartOfDay(day);
        if (!planned) {
            return planned.error();
        }

        std::vector<domain::CallUser> onDuty;
        const QString callback = domain::roleKey(domain::Role::Callback);
        for (const auto& u : storage::UserRepository(db_).all()) {
            if (u.active && u.role == callback) {
                onDuty.push_back({u.username, u.displayName});
            }
        }

        // The value part: ABC grades as of the day before (what the shop knew when the day began).
        std::unordered_map<domain::CustomerId, domain::AbcGrade> grades;
        const auto abc = AnalysisService(db_).abcResult(day.addDays(-1));
        if (!abc) {
            return abc.error();
        }
        grades.reserve(abc.value().rows.size());
        for (const auto& r : abc.value().rows) {
            grades.emplace(r.customerId, r.grade);
        }
        // With a stored customer-base fit: the expected 12-month value of the list's customers
        // (their own visits, scored with the fit) replaces the grade in the value part.
        std::unordered_map<domain::CustomerId, domain::CustomerOutlook> outlooks;
        {
            std::vector<domain::CustomerId> ids;
            ids.reserve(planned.value().items.size());
            for (const auto& item : planned.value().items) {
                ids.push_back(item.customerId);
            }
            auto scored = CustomerBaseModelService(db_, clock_).outlooks(ids, day.addDays(-1));
            if (!scored) {
                return scored.error();
            }
            outlooks = std::move(scored.value());
        }
        const auto valueOf = [&grades, &outlooks](domain::CustomerId id) {
            domain::CallValue v;
            if (const auto it = grades.find(id); it != grades.end()) {
                v.grade = it->second;
            }
            if (const auto it = outlooks.find(id);
                it != outlooks.end() && it->second.valuePercentile) {
                v.expectedValuePoints = it->second.valuePercentile;
            }
            return v;
        };

        // by_region / by_advisor: the customers' regions or last advisors (as the day began).
        std::unordered_map<domain::CustomerId, domain::CallRouteFacts> facts;
        if (settings.callList.split == domain::CallSplit::ByRegion) {
            facts = storage::CallRouteRepository(db_).regions();
        } else if (settings.callList.split == domain::CallSplit::ByAdvisor) {
            facts = storage::CallRouteRepository(db_).lastAdvisors(day);
        }
        std::function<domain::CallRouteFacts(domain::CustomerId)> routeOf;
        if (!facts.empty()) {
            routeOf = [&facts](domain::CustomerId id) {
                const auto it = facts.find(id);
                return it == facts.end() ? domain::CallRouteFacts{} : it->second;
            };
        }

        auto& value = planned.value();
        domain::CallList list =
            domain::CallListPlanner(settings.callList, settings.maxNoAnswerAttempts)
                .plan(day, std::move(value.items), valueOf, std::move(onDuty), routeOf);
        for (auto& e : list.entries) {
            e.calledToday = value.calledToday.contains(e.item.customerId);
        }
        return list;
    });
}

}  // namespace hc::services
