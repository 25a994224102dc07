#pragma once

#include "FaultVfs.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/CustomerService.h"
#include "hc/services/DeclinedWork.h"
#include "hc/services/DemoService.h"
#include "hc/services/UserService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/storage/CustomerBaseRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <spdlog/spdlog.h>

namespace hc::test {

// The databases the fault and kill tests start from.

inline void ensureApp() {
    if (QCoreApplication::instance() == nullptr) {
        static int argc = 1;
        static char name[] = "hc_fault_tests";
        static char* argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
        spdlog::set_level(spdlog::level::warn);  // the storage log would drown the report
    }
    FaultVfs::instance();  // the default VFS before any connection is opened
}

inline const QDateTime kNow(QDate(2026, 6, 15), QTime(9, 30, 0));
inline services::Clock fixedClock() {
    return [] { return kNow; };
}
inline const services::ActingUser kManager{1, QStringLiteral("manager"), domain::Role::Manager};
inline const services::ActingUser kAdvisor{2, QStringLiteral("advisor"), domain::Role::Advisor};

/// A current database with two users, a customer with a car and one visit.
inline QString makeCurrentBase(const QTemporaryDir& dir) {
    ensureApp();
    const QString path = dir.filePath(QStringLiteral("base.db"));
    auto db = storage::Database::open(path);
    services::LoginPolicy fast;
    fast.passwordIterations = 10000;
    services::UserService users(*db, fixedClock(), fast);
    const services::ActingUser system;
    EXPECT_TRUE(users.addUser(system, QStringLiteral("manager"), domain::Role::Manager,
                              QStringLiteral("secret-one-2026"), QStringLiteral("王经理")));
    EXPECT_TRUE(users.addUser(system, QStringLiteral("advisor"), domain::Role::Advisor,
                              QStringLiteral("secret-two-2026"), QStringLiteral("李顾问")));
    domain::Customer c;
    c.name = QStringLiteral("刘春江");
    c.phone = QStringLiteral("13800000001");
    const auto customer =
        services::CustomerService(*db, fixedClock()).registerCustomer(kAdvisor, c);
    EXPECT_TRUE(customer.ok());
    domain::Vehicle v;
    v.customerId = customer.value();
    v.plate = QStringLiteral("陕A12345");
    v.purchaseDate = QDate(2020, 5, 1);
    const auto car = services::VehicleService(*db, fixedClock()).registerVehicle(kAdvisor, v);
    EXPECT_TRUE(car.ok());
    domain::Visit visit;
    visit.vehicleId = car.value();
    visit.date = QDate(2026, 3, 2);
    visit.amountFen = 58000;
    visit.workOrder = QStringLiteral("GD0001");
    visit.category = QStringLiteral("maintenance");
    EXPECT_TRUE(services::VisitService(*db, fixedClock()).registerVisit(kAdvisor, visit).ok());
    return path;
}

/// The current base with a second visit that records a declined item (id 1) and a later visit
/// that can close it.
inline QString makeDeclinedBase(const QTemporaryDir& dir) {
    const QString base = makeCurrentBase(dir);
    auto db = storage::Database::open(base);
    services::VisitService visits(*db, fixedClock());
    const auto visitOn = [](const QDate& date, const char* workOrder) {
        domain::Visit v;
        v.vehicleId = 1;
        v.date = date;
        v.amountFen = 42000;
        v.workOrder = QString::fromLatin1(workOrder);
        v.category = QStringLiteral("repair");
        return v;
    };
    services::VisitDeclinedWork work;
    services::DeclinedItemInput brakes;
    brakes.what = QStringLiteral("更换刹车片");
    brakes.amountFen = 80000;
    brakes.urgency = domain::DeclinedUrgency::Safety;
    work.declined = {brakes};
    EXPECT_TRUE(visits.registerVisit(kAdvisor, visitOn(QDate(2026, 4, 1), "GD0002"), work).ok());
    EXPECT_TRUE(visits.registerVisit(kAdvisor, visitOn(QDate(2026, 5, 6), "GD0003")).ok());
    return base;
}

/// The current base with two more customers named 刘春江 (ids 2 and 3; 1 is the first one).
inline QString makeThreeCustomersBase(const QTemporaryDir& dir) {
    const QString base = makeCurrentBase(dir);
    auto db = storage::Database::open(base);
    services::CustomerService customers(*db, fixedClock());
    for (const char* phone : {"13800000002", "13800000003"}) {
        domain::Customer c;
        c.name = QStringLiteral("刘春江");
        c.phone = QString::fromLatin1(phone);
        EXPECT_TRUE(customers.registerCustomer(kAdvisor, c).ok());
    }
    return base;
}

/// A demo archive of 60 customers (seed 3, up to 2026-06-01) with the manager (id 1) and the
/// customer-base setting minRepeatCustomers 20, so that a refit has enough repeat customers.
inline QString makeRefitBase(const QTemporaryDir& dir) {
    ensureApp();
    const QString base = dir.filePath(QStringLiteral("refit.db"));
    auto db = storage::Database::open(base);
    services::LoginPolicy fast;
    fast.passwordIterations = 10000;
    EXPECT_TRUE(services::UserService(*db, fixedClock(), fast)
                    .addUser(services::ActingUser{}, QStringLiteral("manager"),
                             domain::Role::Manager, QStringLiteral("secret-one-2026"),
                             QStringLiteral("王经理")));
    services::DemoOptions o;
    o.customers = 60;
    o.seed = 3;
    o.asOf = QDate(2026, 6, 1);
    const auto demo = services::DemoService(*db, fixedClock()).generate(kManager, o);
    EXPECT_TRUE(demo.ok()) << demo.error().message.toStdString();
    storage::SettingsRepository(*db).put(
        QString::fromLatin1(storage::CustomerBaseRepository::kSettingsKey),
        QStringLiteral("{\"minRepeatCustomers\": 20}"), kNow, kManager.id);
    return base;
}

/// A database written by schema 4 (before the table rebuilds of 0005, the visit voiding of 0006
/// and the audit chain of 0007), with rows in the tables the upgrade rebuilds.
inline QString makeV4Base(const QTemporaryDir& dir) {
    ensureApp();
    const QString path = dir.filePath(QStringLiteral("v4.db"));
    storage::Database::Options o;
    o.migrate = false;
    auto db = storage::Database::open(path, o);
    const QDir schema(QStringLiteral(":/schema"));
    for (const QString& name : schema.entryList(QDir::Files, QDir::Name)) {
        if (name.left(4).toInt() > 4) {
            break;
        }
        QFile f(schema.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        db->execScript(QString::fromUtf8(f.readAll()));
    }
    db->execScript(QStringLiteral("PRAGMA user_version = 4"));
    db->execScript(QStringLiteral(
        "INSERT INTO users (id, username, role, password_hash, password_salt, "
        "password_iterations, created_at) VALUES (1, 'wang', 'manager', x'00', x'00', 100000, "
        "'2026-01-01T08:00:00');"
        "INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES "
        "(1, '刘春江', '13812345678', '2026-01-01T08:00:00', '2026-01-01T08:00:00'),"
        "(2, '张伟', '02981629900', '2026-01-01T08:00:00', '2026-03-01T08:00:00');"
        "INSERT INTO vehicles (id, customer_id, plate, vin, created_at, updated_at) VALUES "
        "(1, 1, '陕A12345', '1M8GDM9AXKP042788', '2026-01-01T08:00:00', '2026-01-01T08:00:00');"
        "INSERT INTO vehicle_owners (vehicle_id, customer_id, from_date) VALUES (1, 1, "
        "'2020-05-01');"
        "INSERT INTO visits (id, customer_id, vehicle_id, visit_date, work_order, category, "
        "amount_fen, source, created_at, created_by) VALUES "
        "(1, 1, 1, '2026-02-03', 'WO-1', 'warranty', 123456, 'import', '2026-02-03T09:00:00', 1),"
        "(2, 2, NULL, '2026-02-04', NULL, 'insurance', 0, 'manual', '2026-02-04T09:00:00', "
        "NULL);"
        "INSERT INTO audit_log (at, user_id, action, entity, entity_id, after_json) VALUES "
        "('2026-02-03T09:00:00', 1, 'visit.create', 'visit', 1, '{}');"));
    return path;
}

}  // namespace hc::test
