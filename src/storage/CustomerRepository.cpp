#include "hc/storage/CustomerRepository.h"

#include "Query.h"
#include "SqlValues.h"

namespace hc::storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, kind, phone, phone2, id_number, address, postal_code, birthday, gender, region, "
    "source, attribute, behaviour, decision_style, marketing_opt_out, invalid_reason, "
    "invalid_note, invalid_since, invalid_by, verified_at, verified_by, note, created_at, "
    "updated_at");

domain::Customer fromRow(const Query& q) {
    domain::Customer c;
    c.id = q.integer(0);
    c.name = q.text(1);
    c.kind = q.text(2);
    c.phone = q.text(3);
    c.phone2 = q.text(4);
    c.idNumber = q.text(5);
    c.address = q.text(6);
    c.postalCode = q.text(7);
    c.birthday = q.date(8);
    c.gender = q.text(9);
    c.region = q.text(10);
    c.source = q.text(11);
    c.attribute = q.text(12);
    c.behaviour = q.text(13);
    c.decisionStyle = q.text(14);
    c.marketingOptOut = q.integer(15) != 0;
    c.invalidReason = q.isNull(16) ? std::nullopt : domain::invalidReasonFromKey(q.text(16));
    c.invalidNote = q.text(17);
    c.invalidSince = q.date(18);
    c.invalidBy = optIntFrom(q.value(19));
    c.verifiedAt = timestampFrom(q.value(20));
    c.verifiedBy = optIntFrom(q.value(21));
    c.note = q.text(22);
    c.createdAt = timestampFrom(q.value(23));
    c.updatedAt = timestampFrom(q.value(24));
    return c;
}

/// Binds the archive fields common to INSERT and UPDATE.
void bindArchive(Query& q, const domain::Customer& c) {
    q.bind(QStringLiteral(":name"), c.name)
        .bind(QStringLiteral(":kind"), c.kind.isEmpty() ? QStringLiteral("person") : c.kind)
        .bindText(QStringLiteral(":phone"), c.phone)
        .bindText(QStringLiteral(":phone2"), c.phone2)
        .bindText(QStringLiteral(":id_number"), c.idNumber)
        .bindText(QStringLiteral(":address"), c.address)
        .bindText(QStringLiteral(":postal_code"), c.postalCode)
        .bindDate(QStringLiteral(":birthday"), c.birthday)
        .bindText(QStringLiteral(":gender"), c.gender)
        .bindText(QStringLiteral(":region"), c.region)
        .bindText(QStringLiteral(":source"), c.source)
        .bindText(QStringLiteral(":attribute"), c.attribute)
        .bindText(QStringLiteral(":behaviour"), c.behaviour)
        .bindText(QStringLiteral(":decision_style"), c.decisionStyle)
        .bindText(QStringLiteral(":note"), c.note);
}

std::vector<domain::Customer> list(const Database& db, const QString& sql, const QString& value) {
    Query q(db, sql);
    q.bind(QStringLiteral(":v"), value);
    if (sql.contains(QStringLiteral(":v2"))) {
        q.bind(QStringLiteral(":v2"), value);
    }
    q.exec();
    std::vector<domain::Customer> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

}  // namespace

domain::CustomerId CustomerRepository::insert(const domain::Customer& c) {
    Query q(db_, QStringLiteral(
                     "INSERT INTO customers (name, kind, phone, phone2, id_number, address, "
                     "postal_code, birthday, gender, region, source, attribute, behaviour, "
                     "decision_style, marketing_opt_out, invalid_reason, invalid_note, "
                     "invalid_since, invalid_by, verified_at, verified_by, note, created_at, "
                     "updated_at) VALUES (:name, :kind, :phone, :phone2, :id_number, :address, "
                     ":postal_code, :birthday, :gender, :region, :source, :attribute, "
                     ":behaviour, :decision_style, :opt_out, :invalid_reason, :invalid_note, "
                     ":invalid_since, :invalid_by, :verified_at, :verified_by, :note, "
                     ":created_at, :updated_at)"));
    bindArchive(q, c);
    const QString created = timestampOr(c.createdAt, db_);
    q.bindInt(QStringLiteral(":opt_out"), c.marketingOptOut ? 1 : 0)
        .bind(QStringLiteral(":invalid_reason"),
              c.invalidReason ? QVariant(domain::invalidReasonKey(*c.invalidReason))
                              : QVariant(QMetaType::fromType<QString>()))
        .bindText(QStringLiteral(":invalid_note"), c.invalidNote)
        .bindDate(QStringLiteral(":invalid_since"), c.invalidSince)
        .bind(QStringLiteral(":invalid_by"), optIntValue(c.invalidBy))
        .bind(QStringLiteral(":verified_at"), timestampValue(c.verifiedAt))
        .bind(QStringLiteral(":verified_by"), optIntValue(c.verifiedBy))
        .bind(QStringLiteral(":created_at"), created)
        .bind(QStringLiteral(":updated_at"),
              c.updatedAt.isValid() ? timestampOr(c.updatedAt, db_) : created)
        .exec();
    return q.lastInsertId();
}

bool CustomerRepository::update(const domain::Customer& c) {
    Query q(db_, QStringLiteral(
                     "UPDATE customers SET name = :name, kind = :kind, phone = :phone, "
                     "phone2 = :phone2, id_number = :id_number, address = :address, "
                     "postal_code = :postal_code, birthday = :birthday, gender = :gender, "
                     "region = :region, source = :source, attribute = :attribute, "
                     "behaviour = :behaviour, decision_style = :decision_style, note = :note, "
                     "updated_at = :updated_at WHERE id = :id"));
    bindArchive(q, c);
    q.bind(QStringLiteral(":updated_at"), timestampOr(c.updatedAt, db_))
        .bindInt(QStringLiteral(":id"), c.id)
        .exec();
    return q.rowsAffected() > 0;
}

std::optional<domain::Customer> CustomerRepository::find(domain::CustomerId id) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM customers WHERE id = :id").arg(kColumns));
    q.bindInt(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(q);
}

std::vector<domain::Customer> CustomerRepository::findByPhone(const QString& phone) const {
    return list(
        db_,
        QStringLiteral("SELECT %1 FROM customers WHERE phone = :v OR phone2 = :v2 ORDER BY id")
            .arg(kColumns),
        phone);
}

std::vector<domain::Customer> CustomerRepository::findByIdNumber(const QString& idNumber) const {
    return list(
        db_,
        QStringLiteral("SELECT %1 FROM customers WHERE id_number = :v ORDER BY id").arg(kColumns),
        idNumber);
}

bool CustomerRepository::markInvalid(domain::CustomerId id, domain::InvalidReason reason,
                                     const QString& note, const QDate& since, std::int64_t byUser,
                                     const QDateTime& at) {
    Query q(db_, QStringLiteral(
                     "UPDATE customers SET invalid_reason = :reason, invalid_note = :note, "
                     "invalid_since = :since, invalid_by = :by, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":reason"), domain::invalidReasonKey(reason))
        .bindText(QStringLiteral(":note"), note)
        .bindDate(QStringLiteral(":since"), since.isValid() ? since : db_.now().date())
        .bind(QStringLiteral(":by"), userIdValue(byUser))
        .bind(QStringLiteral(":at"), timestampOr(at, db_))
        .bindInt(QStringLiteral(":id"), id)
        .exec();
    return q.rowsAffected() > 0;
}

bool CustomerRepository::clearInvalid(domain::CustomerId id, const QDateTime& at) {
    Query q(db_, QStringLiteral(
                     "UPDATE customers SET invalid_reason = NULL, invalid_note = NULL, "
                     "invalid_since = NULL, invalid_by = NULL, updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":at"), timestampOr(at, db_)).bindInt(QStringLiteral(":id"), id).exec();
    return q.rowsAffected() > 0;
}

bool CustomerRepository::setVerified(domain::CustomerId id, const QDateTime& at,
                                     std::int64_t byUser) {
    Query q(db_, QStringLiteral("UPDATE customers SET verified_at = :at, verified_by = :by, "
                                "updated_at = :at2 WHERE id = :id"));
    q.bind(QStringLiteral(":at"), timestampOr(at, db_))
        .bind(QStringLiteral(":at2"), timestampOr(at, db_))
        .bind(QStringLiteral(":by"), userIdValue(byUser))
        .bindInt(QStringLiteral(":id"), id)
        .exec();
    return q.rowsAffected() > 0;
}

bool CustomerRepository::setMarketingOptOut(domain::CustomerId id, bool optOut,
                                            const QDateTime& at) {
    Query q(db_, QStringLiteral("UPDATE customers SET marketing_opt_out = :v, updated_at = :at "
                                "WHERE id = :id"));
    q.bindInt(QStringLiteral(":v"), optOut ? 1 : 0)
        .bind(QStringLiteral(":at"), timestampOr(at, db_))
        .bindInt(QStringLiteral(":id"), id)
        .exec();
    return q.rowsAffected() > 0;
}

bool CustomerRepository::exists(domain::CustomerId id) const {
    Query q(db_, QStringLiteral("SELECT 1 FROM customers WHERE id = :id"));
    q.bindInt(QStringLiteral(":id"), id).exec();
    return q.next();
}

std::int64_t CustomerRepository::count() const {
    Query q(db_, QStringLiteral("SELECT COUNT(*) FROM customers"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

}  // namespace hc::storage
