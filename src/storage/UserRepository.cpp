#include "hc/storage/UserRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, username, display_name, role, password_hash, password_salt, password_iterations, active, "
    "failed_logins, locked_until, created_at");

UserRecord fromRow(const Query& q) {
    UserRecord u;
    u.id = q.integer(0);
    u.username = q.text(1);
    u.displayName = q.text(2);
    u.role = q.text(3);
    u.passwordHash = q.value(4).toByteArray();
    u.passwordSalt = q.value(5).toByteArray();
    u.passwordIterations = static_cast<int>(q.integer(6));
    u.active = q.integer(7) != 0;
    u.failedLogins = static_cast<int>(q.integer(8));
    u.lockedUntil = timestampFrom(q.value(9));
    u.createdAt = timestampFrom(q.value(10));
    return u;
}

}  // namespace

std::int64_t UserRepository::insert(const UserRecord& u) {
    Query q(db_,
            QStringLiteral(
                "INSERT INTO users (username, display_name, role, password_hash, "
                "password_salt, password_iterations, active, failed_logins, locked_until, "
                "created_at) VALUES (:username, COALESCE(:display_name, ''), :role, :hash, :salt, "
                ":iterations, :active, :failed, :locked, :created)"));
    q.bind(QStringLiteral(":username"), u.username)
        .bind(QStringLiteral(":display_name"), u.displayName)
        .bind(QStringLiteral(":role"), u.role)
        .bind(QStringLiteral(":hash"), u.passwordHash)
        .bind(QStringLiteral(":salt"), u.passwordSalt)
        .bindInt(QStringLiteral(":iterations"), u.passwordIterations)
        .bindInt(QStringLiteral(":active"), u.active ? 1 : 0)
        .bindInt(QStringLiteral(":failed"), u.failedLogins)
        .bind(QStringLiteral(":locked"), timestampValue(u.lockedUntil))
        .bind(QStringLiteral(":created"), timestampOr(u.createdAt, db_))
        .exec();
    return q.lastInsertId();
}

std::optional<UserRecord> UserRepository::find(std::int64_t id) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM users WHERE id = :id").arg(kColumns));
    q.bindInt(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(q);
}

std::optional<UserRecord> UserRepository::findByUsername(const QString& username) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM users WHERE username = :u").arg(kColumns));
    q.bind(QStringLiteral(":u"), username).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(q);
}

std::vector<UserRecord> UserRepository::all() const {
    Query q(db_, QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kColumns));
    q.exec();
    std::vector<UserRecord> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

bool UserRepository::setLoginState(std::int64_t id, int failedLogins,
                                   const QDateTime& lockedUntil) {
    Query q(db_, QStringLiteral(
                     "UPDATE users SET failed_logins = :f, locked_until = :l WHERE id = :id"));
    q.bindInt(QStringLiteral(":f"), failedLogins)
        .bind(QStringLiteral(":l"), timestampValue(lockedUntil))
        .bindInt(QStringLiteral(":id"), id)
        .exec();
    return q.rowsAffected() > 0;
}

bool UserRepository::setPassword(std::int64_t id, const QByteArray& hash, const QByteArray& salt,
                                 int iterations) {
    Query q(db_, QStringLiteral("UPDATE users SET password_hash = :h, password_salt = :s, "
                                "password_iterations = :i WHERE id = :id"));
    q.bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":s"), salt)
        .bindInt(QStringLiteral(":i"), iterations)
        .bindInt(QStringLiteral(":id"), id)
        .exec();
    return q.rowsAffected() > 0;
}

bool UserRepository::setActive(std::int64_t id, bool active) {
    Query q(db_, QStringLiteral("UPDATE users SET active = :a WHERE id = :id"));
    q.bindInt(QStringLiteral(":a"), active ? 1 : 0).bindInt(QStringLiteral(":id"), id).exec();
    return q.rowsAffected() > 0;
}

bool UserRepository::setRole(std::int64_t id, const QString& role) {
    Query q(db_, QStringLiteral("UPDATE users SET role = :r WHERE id = :id"));
    q.bind(QStringLiteral(":r"), role).bindInt(QStringLiteral(":id"), id).exec();
    return q.rowsAffected() > 0;
}

std::int64_t UserRepository::count() const {
    Query q(db_, QStringLiteral("SELECT COUNT(*) FROM users"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

}  // namespace hc::storage
