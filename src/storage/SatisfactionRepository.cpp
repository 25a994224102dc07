#include "hc/storage/SatisfactionRepository.h"

#include "Query.h"

namespace hc::storage {

namespace {

const QString kColumns = QStringLiteral("id, key, label, active, sort");

domain::SatisfactionItemRecord fromRow(const Query& q) {
    return {q.integer(0), q.text(1), q.text(2), q.integer(3) != 0, static_cast<int>(q.integer(4))};
}

}  // namespace

std::vector<domain::SatisfactionItemRecord> SatisfactionRepository::items(
    bool includeInactive) const {
    Query q(db_,
            QStringLiteral("SELECT %1 FROM satisfaction_items %2 ORDER BY sort, id")
                .arg(kColumns, includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    q.exec();
    std::vector<domain::SatisfactionItemRecord> out;
    while (q.next()) {
        out.push_back(fromRow(q));
    }
    return out;
}

std::optional<domain::SatisfactionItemRecord> SatisfactionRepository::find(std::int64_t id) const {
    Query q(db_, QStringLiteral("SELECT %1 FROM satisfaction_items WHERE id = :id").arg(kColumns));
    q.bindInt(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return fromRow(q);
}

std::int64_t SatisfactionRepository::insertItem(const domain::SatisfactionItemRecord& item) {
    Query q(db_, QStringLiteral("INSERT INTO satisfaction_items (key, label, active, sort) VALUES "
                                "(:key, :label, :active, :sort)"));
    q.bind(QStringLiteral(":key"), item.key)
        .bind(QStringLiteral(":label"), item.label)
        .bindInt(QStringLiteral(":active"), item.active ? 1 : 0)
        .bindInt(QStringLiteral(":sort"), item.sort)
        .exec();
    return q.lastInsertId();
}

bool SatisfactionRepository::updateItem(const domain::SatisfactionItemRecord& item) {
    Query q(db_, QStringLiteral("UPDATE satisfaction_items SET label = :label, active = :active, "
                                "sort = :sort WHERE id = :id"));
    q.bind(QStringLiteral(":label"), item.label)
        .bindInt(QStringLiteral(":active"), item.active ? 1 : 0)
        .bindInt(QStringLiteral(":sort"), item.sort)
        .bindInt(QStringLiteral(":id"), item.id)
        .exec();
    return q.rowsAffected() > 0;
}

void SatisfactionRepository::addAnswers(std::int64_t callId,
                                        const std::vector<std::pair<std::int64_t, int>>& scores) {
    Query q(db_, QStringLiteral("INSERT INTO satisfaction_answers (call_id, item_id, score) VALUES "
                                "(:call, :item, :score)"));
    for (const auto& [item, score] : scores) {
        q.bindInt(QStringLiteral(":call"), callId)
            .bindInt(QStringLiteral(":item"), item)
            .bindInt(QStringLiteral(":score"), score)
            .exec();
    }
}

std::vector<domain::SatisfactionAnswer> SatisfactionRepository::answersBetween(
    const QDate& from, const QDate& to) const {
    Query q(db_, QStringLiteral("SELECT i.key, a.score FROM satisfaction_answers a "
                                "JOIN calls c ON c.id = a.call_id "
                                "JOIN satisfaction_items i ON i.id = a.item_id "
                                "WHERE c.call_date >= :from AND c.call_date <= :to "
                                "ORDER BY c.call_date, a.call_id, i.sort, i.id"));
    q.bindDate(QStringLiteral(":from"), from).bindDate(QStringLiteral(":to"), to).exec();
    std::vector<domain::SatisfactionAnswer> out;
    while (q.next()) {
        out.push_back({q.text(0), static_cast<int>(q.integer(1))});
    }
    return out;
}

}  // namespace hc::storage
