#include "hc/services/DuplicateService.h"

#include "UseCase.h"
#include "hc/domain/DuplicateFinder.h"
#include "hc/services/BackupService.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/CustomerMergeRepository.h"
#include "hc/storage/Database.h"
#include "hc/storage/DuplicateRepository.h"
#include "hc/storage/ReadTransaction.h"
#include "hc/storage/TransactionGuard.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace hc::services {

namespace {

using Json = nlohmann::ordered_json;
using Side = domain::CustomerMergeRule::Side;

const QString kEntity = QStringLiteral("customer");

ServiceError managerOnly() {
    return denied(QCoreApplication::translate("hc::services", "只有经理可以合并重复客户"));
}

QString textOf(const QVariant& v) {
    return v.isValid() && !v.isNull() ? v.toString() : QString();
}

/// Every pair of the distinct ids, lower id first; empty with fewer than two.
std::vector<std::pair<std::int64_t, std::int64_t>> pairsOf(std::vector<std::int64_t> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        for (std::size_t j = i + 1; j < ids.size(); ++j) {
            out.emplace_back(ids[i], ids[j]);
        }
    }
    return out;
}

ServiceError tooFewCustomers() {
    return invalidInput(QStringLiteral("ids"),
                        QCoreApplication::translate("hc::services", "请指定至少两个不同的客户"));
}

Json rowsJson(const std::vector<std::pair<QString, int>>& rows) {
    Json j = Json::object();
    for (const auto& [table, n] : rows) {
        j[table.toStdString()] = n;
    }
    return j;
}

}  // namespace

struct DuplicateService::Private {
    storage::Database& db;
    Clock clock;
    storage::DuplicateRepository duplicates{db};
    storage::CustomerMergeRepository merges{db};
    storage::AuditRepository audit{db};
    std::unique_ptr<storage::Database> owned{};  ///< openSibling's own connection

    /// The newest backup of reason "merge" taken at or before `mergedAt` (the one before that
    /// merge), empty when none is left.
    QString backupBefore(const QString& mergedAt) const {
        const auto at = QDateTime::fromString(mergedAt, Qt::ISODate);
        const auto list = BackupService(db, clock).list();
        QString best;
        QDateTime bestAt;
        for (const auto& b : list ? list.value() : std::vector<BackupEntry>{}) {
            if (b.reason == u"merge" && b.created <= at &&
                (!bestAt.isValid() || b.created > bestAt)) {
                best = b.file;
                bestAt = b.created;
            }
        }
        return best;
    }

    /// The two rows, or the error: same customer, unknown, erased.
    std::optional<ServiceError> checkPair(std::int64_t keptId, std::int64_t removedId,
                                          QMap<QString, QVariant>* kept,
                                          QMap<QString, QVariant>* removed) const {
        if (keptId == removedId) {
            return invalidInput(QStringLiteral("customer"),
                                QCoreApplication::translate(
                                    "hc::services", "保留的客户和合并掉的客户不能是同一个"));
        }
        for (const auto& [id, row] : {std::pair(keptId, kept), std::pair(removedId, removed)}) {
            const auto found = merges.customerRow(id);
            if (!found) {
                return notFound(
                    QCoreApplication::translate("hc::services", "没有编号为 %1 的客户").arg(id));
            }
            if (!textOf(found->value(QStringLiteral("erased_at"))).isEmpty()) {
                return invalidInput(QStringLiteral("customer"),
                                    QCoreApplication::translate(
                                        "hc::services", "客户 %1 的个人信息已经删除,不能合并")
                                        .arg(id));
            }
            *row = *found;
        }
        return std::nullopt;
    }
};

DuplicateService::DuplicateService(storage::Database& db, Clock clock)
    : d_(std::make_unique<Private>(Private{db, std::move(clock)})) {}

DuplicateService::~DuplicateService() = default;

std::unique_ptr<DuplicateService> DuplicateService::openSibling() const {
    auto db = openSiblingConnection(d_->db, "duplicates: second connection");
    if (!db) {
        return nullptr;
    }
    db->setClock(d_->clock);
    auto sibling = std::make_unique<DuplicateService>(*db, d_->clock);
    sibling->d_->owned = std::move(db);
    return sibling;
}

Result<std::vector<DuplicateCandidates>> DuplicateService::find(const ActingUser& user) const {
    if (user.role != domain::Role::Manager) {
        return managerOnly();
    }
    return runRead<std::vector<DuplicateCandidates>>("duplicates", [&] {
        storage::ReadTransaction read(d_->db);
        const auto input = d_->duplicates.load();
        const auto settings = d_->duplicates.loadSettings();
        QHash<std::int64_t, QString> names;
        for (const auto& p : input.people) {
            names.insert(p.id, p.name);
        }
        std::vector<DuplicateCandidates> out;
        const auto dismissed = d_->duplicates.dismissedPairs();
        for (auto& g : domain::DuplicateFinder::find(input, settings, dismissed)) {
            DuplicateCandidates c;
            for (const auto id : g.customerIds) {
                c.names << names.value(id);
            }
            c.group = std::move(g);
            out.push_back(std::move(c));
        }
        return out;
    });
}

Result<domain::DuplicateSettings> DuplicateService::settings() const {
    return runRead<domain::DuplicateSettings>("duplicate settings",
                                              [&] { return d_->duplicates.loadSettings(); });
}

VoidResult DuplicateService::saveSettings(const ActingUser& user,
                                          const domain::DuplicateSettings& settings) {
    return runUseCase<VoidResult>([&]() -> VoidResult {
        if (user.role != domain::Role::Manager) {
            return denied(QCoreApplication::translate("hc::services", "只有经理可以修改设置"));
        }
        if (const char* field = settings.problem()) {
            return invalidInput(
                QString::fromLatin1(field),
                QCoreApplication::translate("hc::services", "重复客户的分数必须在 0 到 100 之间"));
        }
        storage::TransactionGuard tx(d_->db);
        const QDateTime now = d_->clock();
        const QString before =
            storage::DuplicateRepository::settingsToJson(d_->duplicates.loadSettings());
        d_->duplicates.saveSettings(settings, now, user.id);
        d_->audit.append(now, user.id, QStringLiteral("settings.duplicates"),
                         QStringLiteral("settings"), std::nullopt, before,
                         storage::DuplicateRepository::settingsToJson(settings));
        tx.commit();
        return Done{};
    });
}

Result<MergePreview> DuplicateService::preview(const ActingUser& user, std::int64_t keptId,
                                               std::int64_t removedId) const {
    using R = Result<MergePreview>;
    return runUseCase<R>([&]() -> R {
        if (user.role != domain::Role::Manager) {
            return managerOnly();
        }
        QMap<QString, QVariant> kept;
        QMap<QString, QVariant> removed;
        if (auto problem = d_->checkPair(keptId, removedId, &kept, &removed)) {
            return *problem;
        }
        MergePreview p;
        p.keptId = keptId;
        p.removedId = removedId;
        for (const QString& column : domain::CustomerMergeRule::fields()) {
            MergeField f;
            f.column = column;
            f.keptValue = textOf(kept.value(column));
            f.removedValue = textOf(removed.value(column));
            f.defaultChoice = domain::CustomerMergeRule::defaultChoice(f.keptValue, f.removedValue);
            p.fields.push_back(f);
        }
        return p;
    });
}

Result<MergeDone> DuplicateService::merge(const ActingUser& user, std::int64_t keptId,
                                          std::int64_t removedId, const MergeChoices& choices) {
    using R = Result<MergeDone>;
    return runUseCase<R>([&]() -> R {
        if (user.role != domain::Role::Manager) {
            return managerOnly();
        }
        QMap<QString, QVariant> kept;
        QMap<QString, QVariant> removed;
        if (auto problem = d_->checkPair(keptId, removedId, &kept, &removed)) {
            return *problem;
        }
        for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
            if (!domain::CustomerMergeRule::fields().contains(it.key())) {
                return invalidInput(
                    it.key(),
                    QCoreApplication::translate("hc::services", "不能选择的字段:%1").arg(it.key()));
            }
        }
        storage::CustomerMergeInput in;
        in.keptId = keptId;
        in.removedId = removedId;
        Json changed = Json::array();
        for (const QString& column : domain::CustomerMergeRule::fields()) {
            const Side side = choices.value(
                column, domain::CustomerMergeRule::defaultChoice(textOf(kept.value(column)),
                                                                 textOf(removed.value(column))));
            if (side == Side::Removed && kept.value(column) != removed.value(column)) {
                in.values.insert(column, removed.value(column));
                changed.push_back(column.toStdString());
            }
        }
        const QString optOut = QStringLiteral("marketing_opt_out");
        const bool mergedOptOut = domain::CustomerMergeRule::marketingOptOut(
            kept.value(optOut).toLongLong() != 0, removed.value(optOut).toLongLong() != 0);
        if (mergedOptOut != (kept.value(optOut).toLongLong() != 0)) {
            in.values.insert(optOut, mergedOptOut ? 1 : 0);
            changed.push_back(optOut.toStdString());
        }

        const auto backup = BackupService(d_->db, d_->clock).create(QStringLiteral("merge"));
        if (!backup) {
            return backup.error();
        }
        MergeDone out;
        out.backupFile = backup.value().file;
        in.at = d_->clock();
        in.userId = user.id;
        storage::TransactionGuard tx(d_->db);
        out.mergeId = d_->merges.merge(in);
        if (const auto rec = d_->merges.find(out.mergeId)) {
            out.rows = rec->rows;
        }
        d_->audit.append(in.at, user.id, QStringLiteral("customer.merge"), kEntity, keptId, {},
                         QString::fromStdString(Json{
                             {"merge_id", out.mergeId},
                             {"kept", keptId},
                             {"removed", removedId},
                             {"fields", changed},
                             {"rows",
                              rowsJson(out.rows)}}.dump()));
        tx.commit();
        return out;
    });
}

Result<UnmergeDone> DuplicateService::unmerge(const ActingUser& user, std::int64_t mergeId) {
    using R = Result<UnmergeDone>;
    return runUseCase<R>([&]() -> R {
        if (user.role != domain::Role::Manager) {
            return managerOnly();
        }
        storage::TransactionGuard tx(d_->db);
        const QDateTime now = d_->clock();
        const auto outcome = d_->merges.unmerge(mergeId, now, user.id);
        const auto refuse = [](const QString& message) {
            return invalidInput(QStringLiteral("merge"), message);
        };
        switch (outcome.problem) {
            case storage::UnmergeProblem::None:
                break;
            case storage::UnmergeProblem::NotFound:
                return notFound(
                    QCoreApplication::translate("hc::services", "没有编号为 %1 的合并记录")
                        .arg(mergeId));
            case storage::UnmergeProblem::AlreadyUndone:
                return refuse(QCoreApplication::translate("hc::services", "合并 %1 已经撤销过了")
                                  .arg(mergeId));
            case storage::UnmergeProblem::KeptMissing:
                return refuse(
                    QCoreApplication::translate(
                        "hc::services", "保留的客户 %1 后来又合并到了其他客户:请先撤销那次合并")
                        .arg(outcome.keptId));
            case storage::UnmergeProblem::RemovedIdTaken:
                return refuse(QCoreApplication::translate(
                                  "hc::services", "编号 %1 已被其他客户使用,不能撤销这次合并")
                                  .arg(outcome.removedId));
            case storage::UnmergeProblem::Erased:
                return refuse(QCoreApplication::translate(
                    "hc::services",
                    "合并后客户的个人信息已经删除(个人信息保护法),不能撤销这次合并"));
            case storage::UnmergeProblem::RowsChanged: {
                const auto rec = d_->merges.find(mergeId);
                const QString backup = rec ? d_->backupBefore(rec->mergedAt) : QString();
                return refuse(QCoreApplication::translate(
                                  "hc::services",
                                  "合并后转入的记录(%1)已被删除或转给其他客户,不能自动撤销。"
                                  "合并前的备份:%2")
                                  .arg(outcome.table, backup));
            }
        }
        Json edits = Json::array();
        for (const QString& c : outcome.keptLaterEdits) {
            edits.push_back(c.toStdString());
        }
        d_->audit.append(now, user.id, QStringLiteral("customer.unmerge"), kEntity,
                         outcome.removedId, {},
                         QString::fromStdString(Json{
                             {"merge_id", mergeId},
                             {"kept", outcome.keptId},
                             {"removed", outcome.removedId},
                             {"rows", outcome.rowsRestored},
                             {"kept_later_edits",
                              edits}}.dump()));
        tx.commit();
        UnmergeDone out;
        out.mergeId = mergeId;
        out.keptId = outcome.keptId;
        out.removedId = outcome.removedId;
        out.rowsRestored = outcome.rowsRestored;
        out.keptLaterEdits = outcome.keptLaterEdits;
        return out;
    });
}

Result<std::vector<MergeHistoryEntry>> DuplicateService::history(const ActingUser& user) const {
    if (user.role != domain::Role::Manager) {
        return managerOnly();
    }
    return runRead<std::vector<MergeHistoryEntry>>("merge history", [&] {
        std::vector<MergeHistoryEntry> out;
        for (const auto& r : d_->merges.history()) {
            MergeHistoryEntry e;
            e.mergeId = r.id;
            e.mergedAt = r.mergedAt;
            e.keptId = r.keptId;
            e.removedId = r.removedId;
            e.keptName = r.keptName;
            e.removedName = r.removedName;
            for (const auto& [table, n] : r.rows) {
                e.rows += n;
            }
            e.undoneAt = r.undoneAt;
            out.push_back(e);
        }
        return out;
    });
}

Result<DismissDone> DuplicateService::dismiss(const ActingUser& user,
                                              const std::vector<std::int64_t>& ids) {
    return changePairs(user, ids, true);
}

Result<DismissDone> DuplicateService::undismiss(const ActingUser& user,
                                                const std::vector<std::int64_t>& ids) {
    return changePairs(user, ids, false);
}

Result<DismissDone> DuplicateService::changePairs(const ActingUser& user,
                                                  const std::vector<std::int64_t>& ids,
                                                  bool dismissing) {
    using R = Result<DismissDone>;
    return runUseCase<R>([&]() -> R {
        if (user.role != domain::Role::Manager) {
            return managerOnly();
        }
        DismissDone out;
        out.pairs = pairsOf(ids);
        if (out.pairs.empty()) {
            return tooFewCustomers();
        }
        storage::TransactionGuard tx(d_->db);
        // Only marking needs the customers: a mark of a customer since erased can still go.
        for (size_t i = 0; dismissing && i < ids.size(); ++i) {
            const auto row = d_->merges.customerRow(ids[i]);
            if (!row) {
                return notFound(QCoreApplication::translate("hc::services", "没有编号为 %1 的客户")
                                    .arg(ids[i]));
            }
            if (!textOf(row->value(QStringLiteral("erased_at"))).isEmpty()) {
                return invalidInput(
                    QStringLiteral("customer"),
                    QCoreApplication::translate("hc::services", "客户 %1 的个人信息已经删除")
                        .arg(ids[i]));
            }
        }
        const QDateTime now = d_->clock();
        Json changed = Json::array();
        for (const auto& [low, high] : out.pairs) {
            if (dismissing ? d_->duplicates.dismiss(low, high, now, user.id)
                           : d_->duplicates.undismiss(low, high)) {
                changed.push_back(Json::array({low, high}));
                ++out.changed;
            }
        }
        if (out.changed > 0) {
            // The pairs marked are the record's new state; the pairs unmarked its old one.
            const QString pairs = QString::fromStdString(Json{{"pairs", changed}}.dump());
            d_->audit.append(now, user.id,
                             dismissing ? QStringLiteral("customer.not_duplicate")
                                        : QStringLiteral("customer.not_duplicate_undo"),
                             kEntity, out.pairs.front().first, dismissing ? QString() : pairs,
                             dismissing ? pairs : QString());
        }
        tx.commit();
        return out;
    });
}

}  // namespace hc::services
