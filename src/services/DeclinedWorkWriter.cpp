#include "DeclinedWorkWriter.h"

#include "RecordJson.h"
#include "UseCase.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/AuditRepository.h"
#include "hc/storage/DeclinedItemRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace hc::services {

namespace {

const QString kEntity = QStringLiteral("declined_item");

QString field(std::size_t index, const char* name) {
    return QStringLiteral("declined.%1.%2").arg(index + 1).arg(QLatin1String(name));
}

/// At most 200 characters of work text (the CHECK only demands it is not blank).
constexpr int kMaxWhatLength = 200;

}  // namespace

std::optional<ServiceError> DeclinedWorkWriter::normalise(VisitDeclinedWork& work,
                                                          const domain::Visit& visit) {
    for (std::size_t k = 0; k < work.declined.size(); ++k) {
        DeclinedItemInput& in = work.declined[k];
        in.what = domain::TextNormalizer::text(in.what);
        if (in.what.isEmpty()) {
            return invalidInput(
                field(k, "what"),
                QCoreApplication::translate("hc::services", "第 %1 个建议项目:请填写项目内容")
                    .arg(k + 1));
        }
        if (in.what.size() > kMaxWhatLength) {
            return invalidInput(field(k, "what"),
                                QCoreApplication::translate(
                                    "hc::services", "第 %1 个建议项目:项目内容不能超过 %2 个字")
                                    .arg(k + 1)
                                    .arg(kMaxWhatLength));
        }
        if (in.amountFen < 0) {
            return invalidInput(
                field(k, "amount"),
                QCoreApplication::translate("hc::services", "第 %1 个建议项目:金额不能为负数")
                    .arg(k + 1));
        }
        if (in.dueDate.isValid() && visit.date.isValid() && in.dueDate < visit.date) {
            return invalidInput(field(k, "due_date"),
                                QCoreApplication::translate(
                                    "hc::services", "第 %1 个建议项目:到期日期不能早于进厂日期")
                                    .arg(k + 1));
        }
        if (in.dueMileage &&
            (*in.dueMileage < 0 || (visit.mileage && *in.dueMileage <= *visit.mileage))) {
            return invalidInput(field(k, "due_mileage"),
                                QCoreApplication::translate(
                                    "hc::services", "第 %1 个建议项目:到期里程须大于本次进厂里程")
                                    .arg(k + 1));
        }
    }
    std::sort(work.done.begin(), work.done.end());
    work.done.erase(std::unique(work.done.begin(), work.done.end()), work.done.end());
    return std::nullopt;
}

std::optional<ServiceError> DeclinedWorkWriter::checkDone(const VisitDeclinedWork& work,
                                                          const domain::Visit& visit) const {
    const storage::DeclinedItemRepository repo(db_);
    for (const domain::DeclinedItemId id : work.done) {
        const auto item = repo.find(id);
        if (!item) {
            return notFound(
                QCoreApplication::translate("hc::services", "建议项目 #%1 不存在").arg(id));
        }
        if (!item->isOpen()) {
            return invalidInput(
                QStringLiteral("declined.done"),
                QCoreApplication::translate("hc::services", "建议项目“%1”已关闭,不能再标记为已做")
                    .arg(item->what));
        }
        const bool sameCar = item->vehicleId ? item->vehicleId == visit.vehicleId
                                             : item->customerId == visit.customerId;
        if (!sameCar || (visit.date.isValid() && item->visitDate > visit.date)) {
            return invalidInput(
                QStringLiteral("declined.done"),
                QCoreApplication::translate("hc::services", "建议项目“%1”不属于本次进厂的车辆")
                    .arg(item->what));
        }
    }
    return std::nullopt;
}

void DeclinedWorkWriter::write(const ActingUser& user, const domain::Visit& saved,
                               const VisitDeclinedWork& work, const QDateTime& now) {
    storage::DeclinedItemRepository repo(db_);
    storage::AuditRepository audit(db_);
    for (const DeclinedItemInput& in : work.declined) {
        domain::DeclinedItem item;
        item.visitId = saved.id;
        item.customerId = saved.customerId;
        item.vehicleId = saved.vehicleId;
        item.visitDate = saved.date;
        item.what = in.what;
        item.amountFen = in.amountFen;
        item.urgency = in.urgency;
        item.dueDate = in.dueDate;
        item.dueMileage = in.dueMileage;
        item.createdAt = now;
        item.createdBy = user.id == 0 ? std::nullopt : std::optional<std::int64_t>(user.id);
        item.id = repo.insert(item);
        audit.append(now, user.id, QStringLiteral("declined.create"), kEntity, item.id, {},
                     declinedItemJson(item));
    }
    for (const domain::DeclinedItemId id : work.done) {
        const auto before = repo.find(id);
        if (!before || !repo.markDone(id, saved.id, saved.date, now, user.id)) {
            continue;  // checkDone ran in the same transaction
        }
        audit.append(now, user.id, QStringLiteral("declined.done"), kEntity, id,
                     declinedItemJson(*before), declinedItemJson(*repo.find(id)));
    }
}

}  // namespace hc::services
