#include "hc/services/MonthlyReportService.h"

#include "hc/services/CustomerBaseModelService.h"

#include "MonthlyReportBuilder.h"
#include "UseCase.h"
#include "hc/services/CampaignService.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerCardRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/ReadTransaction.h"
#include "hc/storage/ReportRepository.h"
#include "hc/storage/SettingsRepository.h"
#include "hc/storage/StorageError.h"
#include "hc/storage/TransactionGuard.h"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <mutex>
#include <optional>

#include <QCoreApplication>
#include <QFile>

namespace hc::services {

namespace {

ServiceError badMonth() {
    return invalidInput(QStringLiteral("month"),
                        QCoreApplication::translate("hc::services", "请填写有效的月份(YYYY-MM)"));
}

QString auditJson(const nlohmann::json& j) {
    return QString::fromStdString(j.dump());
}

}  // namespace

struct MonthlyReportService::Private {
    storage::Database& db;
    Clock clock;
    MonthlyReportOptions options;
    std::unique_ptr<storage::Database> owned;  ///< openSibling's own connection
    /// The last report built, with what it was built from (build()).
    struct Kept {
        ReportMonth month;
        QDate today;
        storage::DataVersion version;
        MonthlyReport report;
    };
    std::shared_ptr<std::mutex> keptMutex = std::make_shared<std::mutex>();
    std::shared_ptr<std::optional<Kept>> kept = std::make_shared<std::optional<Kept>>();
    std::unique_ptr<CustomerBaseModelService> model{};  ///< customerBase(), made when first asked

    [[nodiscard]] domain::AnalysisSettings analysis() const {
        return options.analysis ? *options.analysis
                                : storage::SettingsRepository(db).loadAnalysis();
    }
    [[nodiscard]] domain::FollowUpSettings followUp() const {
        return options.followUp ? *options.followUp
                                : storage::SettingsRepository(db).loadFollowUps();
    }
    [[nodiscard]] MonthlyReportBuilder builder() const {
        return MonthlyReportBuilder(db, analysis(), followUp(), options, clock());
    }
    /// Saves the run and appends the audit record (inside the caller's transaction).
    int saveRun(const ActingUser& user, const ReportMonth& month,
                const domain::AbcResult& abc) const {
        const QDateTime at = clock();
        const auto runId =
            storage::ReportRepository(db).saveAbcRun(month.key(), month.last(), abc, at, user.id);
        storage::AuditRepository(db).append(at, user.id, QStringLiteral("report.abc_run.save"),
                                            QStringLiteral("report_run"), runId, {},
                                            auditJson({{"period", month.key().toStdString()},
                                                       {"customers", abc.rows.size()},
                                                       {"total_fen", abc.totalFen}}));
        return static_cast<int>(abc.rows.size());
    }
};

MonthlyReportService::MonthlyReportService(storage::Database& db, Clock clock,
                                           MonthlyReportOptions options)
    : d_(std::make_unique<Private>(Private{db, std::move(clock), std::move(options), nullptr})) {}

CustomerBaseModelService& MonthlyReportService::customerBase() const {
    if (!d_->model) {
        d_->model = std::make_unique<CustomerBaseModelService>(d_->db, d_->clock);
    }
    return *d_->model;
}

MonthlyReportService::~MonthlyReportService() = default;

std::unique_ptr<MonthlyReportService> MonthlyReportService::openSibling() const {
    auto db = openSiblingConnection(d_->db, "monthly report: second connection");
    if (!db) {
        return nullptr;
    }
    db->setClock(d_->clock);
    auto sibling = std::make_unique<MonthlyReportService>(*db, d_->clock, d_->options);
    sibling->d_->owned = std::move(db);
    return sibling;
}

Result<MonthlyReport> MonthlyReportService::build(const ReportMonth& month,
                                                  const FirstSection& first) const {
    using R = Result<MonthlyReport>;
    return runUseCase<R>([&]() -> R {
        if (!month.isValid()) {
            return badMonth();
        }
        const storage::ReadTransaction snapshot(d_->db);  // every section from one snapshot
        // The report built ahead (prepare()) for the same month and day from the same data (no
        // write since: storage::DataVersion, read in this snapshot) is handed over.
        const auto version = storage::CustomerCardRepository(d_->db).dataVersion();
        const QDate today = d_->clock().date();
        {
            std::lock_guard lock(*d_->keptMutex);
            auto& kept = *d_->kept;
            const bool same =
                kept && kept->month == month && kept->today == today && kept->version == version;
            if (same) {
                // Handed over once: the caller keeps it (a 100 000-customer report is not held
                // twice).
                MonthlyReport report = std::move(kept->report);
                kept.reset();
                return report;
            }
            kept.reset();  // stale
        }
        return d_->builder().build(month, first);
    });
}

VoidResult MonthlyReportService::prepare(const ReportMonth& month,
                                         const FirstSection& first) const {
    using R = VoidResult;
    return runUseCase<R>([&]() -> R {
        if (!month.isValid()) {
            return badMonth();
        }
        const storage::ReadTransaction snapshot(d_->db);
        const auto version = storage::CustomerCardRepository(d_->db).dataVersion();
        const QDate today = d_->clock().date();
        MonthlyReport built = d_->builder().build(month, first);
        std::lock_guard lock(*d_->keptMutex);
        *d_->kept = Private::Kept{month, today, version, std::move(built)};
        return Done{};
    });
}

Result<int> MonthlyReportService::saveAbcRun(const ActingUser& user, const ReportMonth& month) {
    using R = Result<int>;
    return runUseCase<R>([&]() -> R {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以保存报表"));
        }
        if (!month.isValid()) {
            return badMonth();
        }
        // The write transaction reads and saves the same state of the archive.
        storage::TransactionGuard tx(d_->db);
        const auto abc = d_->builder().abcOnly(month);
        const int n = d_->saveRun(user, month, abc);
        tx.commit();
        return n;
    });
}

Result<std::vector<QString>> MonthlyReportService::savedAbcPeriods() const {
    using R = Result<std::vector<QString>>;
    return runUseCase<R>([&]() -> R { return storage::ReportRepository(d_->db).abcPeriods(); });
}

Result<MonthlyReport> MonthlyReportService::exportReport(const ActingUser& user,
                                                         const ReportMonth& month,
                                                         ReportFormat format, const QString& target,
                                                         const Writer& write) {
    using R = Result<MonthlyReport>;
    return runUseCase<R>([&]() -> R {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以导出报表"));
        }
        if (!month.isValid()) {
            return badMonth();
        }
        MonthlyReport report = [&] {
            const storage::ReadTransaction snapshot(d_->db);
            return d_->builder().build(month);
        }();
        // The audit record is written first: no file leaves the program without its record. The
        // file is written inside the transaction; when the record cannot be committed the file
        // is deleted again. Saving the month's ABC run is its own action (saveAbcRun, at month
        // close), not a side effect of an export.
        storage::TransactionGuard tx(d_->db);
        storage::AuditRepository(d_->db).append(d_->clock(), user.id,
                                                QStringLiteral("report.export"),
                                                QStringLiteral("report"), std::nullopt, {},
                                                auditJson({{"month", month.key().toStdString()},
                                                           {"format", toKey(format).toStdString()},
                                                           {"file", target.toStdString()}}));
        if (write) {
            const VoidResult written = write(report);
            if (!written) {
                return written.error();  // rolls the record back
            }
        }
        try {
            tx.commit();
        } catch (const storage::StorageError&) {
            if (write && !target.isEmpty()) {
                QFile::remove(target);
            }
            throw;
        }
        return report;
    });
}

Result<std::int64_t> MonthlyReportService::addToCallbackList(const ActingUser& user,
                                                             const CustomerIds& customers,
                                                             const QString& title,
                                                             const QDate& start) {
    if (user.role != domain::Role::Manager) {
        return denied(
            QCoreApplication::translate("hc::services", "只有经理可以把客户加入回访名单"));
    }
    CampaignService campaigns(d_->db, d_->clock);
    domain::CampaignRecord campaign;
    campaign.name = title.trimmed().isEmpty()
                        ? QCoreApplication::translate("hc::services", "月报回访名单")
                        : title.trimmed();
    campaign.start = start.isValid() ? start : d_->clock().date();
    campaign.targetSegment = QStringLiteral("report");
    // The shop's return window (one definition of "returned", as the campaign screen uses).
    const auto followUp =
        runRead<domain::FollowUpSettings>("follow-up settings", [&] { return d_->followUp(); });
    if (!followUp) {
        return followUp.error();
    }
    campaign.windowDays = followUp.value().winbackReturnWindowDays;
    const auto id = campaigns.create(user, campaign);
    if (!id) {
        return id.error();
    }
    const auto invited = campaigns.inviteCustomers(user, id.value(), customers);
    if (!invited) {
        return invited.error();
    }
    return id.value();
}

}  // namespace hc::services
