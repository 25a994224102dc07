#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace hc::storage {

/// One row of the users table, including the password hash (never leaves services).
struct UserRecord {
    std::int64_t id = 0;
    QString username;
    QString displayName;
    QString role;  ///< "advisor", "callback", "manager"
    QByteArray passwordHash;
    QByteArray passwordSalt;
    int passwordIterations = 0;
    bool active = true;
    int failedLogins = 0;
    QDateTime lockedUntil;  ///< invalid when not locked
    QDateTime createdAt;
};

}  // namespace hc::storage
