#include "hc/services/AppointmentService.h"

#include "AppointmentBooking.h"
#include "UseCase.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AppointmentRepository.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/TransactionGuard.h"

#include <QCoreApplication>

#include <algorithm>

namespace hc::services {

namespace {

/// The longest range between() lists (reception shows two days; the CLI one).
constexpr int kMaxListDays = 31;

}  // namespace

AppointmentService::AppointmentService(storage::Database& db, Clock clock)
    : db_(db), clock_(std::move(clock)) {}

Result<domain::AppointmentId> AppointmentService::book(const ActingUser& user,
                                                       const AppointmentInput& input) {
    using R = Result<domain::AppointmentId>;
    return runUseCase<R>([&]() -> R {
        storage::TransactionGuard tx(db_);
        auto booked = bookAppointmentInTransaction(db_, user, input, clock_());
        if (booked.ok()) {
            tx.commit();
        }
        return booked;
    });
}

VoidResult AppointmentService::cancel(const ActingUser& user, domain::AppointmentId id,
                                      const QString& reason) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        const QDateTime now = clock_();
        const QString why = domain::TextNormalizer::text(reason);
        storage::TransactionGuard tx(db_);
        storage::AppointmentRepository repo(db_);
        const auto before = repo.find(id);
        if (!before) {
            return notFound(QCoreApplication::translate("hc::services", "预约不存在,可能已被删除"));
        }
        const auto visits = repo.visitsBetween(before->date, before->date);
        switch (domain::appointmentStatus(*before, visits, now.date())) {
            case domain::AppointmentStatus::Cancelled:
                return invalidInput(QStringLiteral("id"),
                                    QCoreApplication::translate("hc::services", "该预约已取消"));
            case domain::AppointmentStatus::Arrived:
                return invalidInput(
                    QStringLiteral("id"),
                    QCoreApplication::translate("hc::services", "客户已按预约到店,不能取消"));
            case domain::AppointmentStatus::Booked:
            case domain::AppointmentStatus::NoShow:
                break;
        }
        repo.cancel(id, now, user.id, why);
        storage::AuditRepository(db_).append(
            now, user.id, QStringLiteral("appointment.cancel"), QStringLiteral("appointment"), id,
            appointmentJson(*before), appointmentJson(*repo.find(id)));
        tx.commit();
        return Done{};
    });
}

Result<std::vector<AppointmentEntry>> AppointmentService::between(const QDate& from,
                                                                  const QDate& to) const {
    using R = Result<std::vector<AppointmentEntry>>;
    return runUseCase<R>([&]() -> R {
        if (!from.isValid() || !to.isValid() || to < from) {
            return invalidInput(QStringLiteral("date"),
                                QCoreApplication::translate("hc::services", "请填写有效的日期"));
        }
        if (from.daysTo(to) >= kMaxListDays) {
            return invalidInput(
                QStringLiteral("date"),
                QCoreApplication::translate("hc::services", "一次最多列出 %1 天的预约")
                    .arg(kMaxListDays));
        }
        const storage::AppointmentRepository repo(db_);
        const auto visits = repo.visitsBetween(from, to);
        const QDate today = clock_().date();
        std::vector<AppointmentEntry> out;
        for (auto& a : repo.between(from, to)) {
            const auto status = domain::appointmentStatus(a, visits, today);
            out.push_back({std::move(a), status});
        }
        return out;
    });
}

Result<std::vector<AppointmentEntry>> AppointmentService::upcomingOf(domain::CustomerId customer,
                                                                     int limit) const {
    using R = Result<std::vector<AppointmentEntry>>;
    return runUseCase<R>([&]() -> R {
        const QDate today = clock_().date();
        const storage::AppointmentRepository repo(db_);
        auto appointments = repo.ofCustomer(customer, today, std::max(1, limit));
        std::vector<AppointmentEntry> out;
        if (appointments.empty()) {
            return out;
        }
        const auto visits = repo.visitsBetween(today, appointments.back().date);
        for (auto& a : appointments) {
            const auto status = domain::appointmentStatus(a, visits, today);
            out.push_back({std::move(a), status});
        }
        return out;
    });
}

Result<domain::AppointmentSummary> AppointmentService::monthSummary(int year, int month) const {
    using R = Result<domain::AppointmentSummary>;
    return runUseCase<R>([&]() -> R {
        const QDate from(year, month, 1);
        if (!from.isValid()) {
            return invalidInput(QStringLiteral("month"),
                                QCoreApplication::translate("hc::services", "请填写有效的月份"));
        }
        const QDate to = from.addMonths(1).addDays(-1);
        const storage::AppointmentRepository repo(db_);
        const auto appointments = repo.between(from, to);
        const auto visits = repo.visitsBetween(from, to);
        return domain::summarizeAppointments(appointments, visits, clock_().date());
    });
}

}  // namespace hc::services
