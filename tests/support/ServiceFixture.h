#pragma once

#include "TempDatabase.h"
#include "hc/services/ActingUser.h"
#include "hc/services/Clock.h"
#include "hc/services/UserService.h"

#include <gtest/gtest.h>

#include <memory>

namespace hc::test {

/// A temp database, a clock the test moves, and a manager and an advisor with real user rows.
class ServiceFixture : public ::testing::Test {
protected:
    void SetUp() override {
        users = std::make_unique<services::UserService>(db(), clock(), fastPolicy());
        const services::ActingUser system;  // id 0, manager: bootstraps the first users
        auto m = users->addUser(system, QStringLiteral("manager"), domain::Role::Manager,
                                QStringLiteral("secret-one-2026"), QStringLiteral("王经理"));
        auto a = users->addUser(system, QStringLiteral("advisor"), domain::Role::Advisor,
                                QStringLiteral("secret-two-2026"), QStringLiteral("李顾问"));
        ASSERT_TRUE(m.ok() && a.ok());
        manager = {m.value(), QStringLiteral("manager"), domain::Role::Manager};
        advisor = {a.value(), QStringLiteral("advisor"), domain::Role::Advisor};
    }

    static services::LoginPolicy fastPolicy() {
        services::LoginPolicy p;
        p.passwordIterations = 10000;
        p.maxFailures = 3;
        p.lockMinutes = 15;
        return p;
    }

    storage::Database& db() { return temp.db(); }
    services::Clock clock() {
        return [this] { return now; };
    }

    TempDatabase temp;
    QDateTime now{QDate(2026, 6, 15), QTime(9, 30, 0)};
    std::unique_ptr<services::UserService> users;
    services::ActingUser manager;
    services::ActingUser advisor;
};

}  // namespace hc::test
