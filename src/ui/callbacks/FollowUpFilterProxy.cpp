#include "hc/ui/FollowUpFilterProxy.h"

#include "hc/ui/FollowUpListModel.h"

namespace hc::ui {

FollowUpFilterProxy::FollowUpFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void FollowUpFilterProxy::setKind(const QString& key) {
    kind_ = key;
    invalidateRowsFilter();
}

void FollowUpFilterProxy::setStage(const QString& key) {
    stage_ = key;
    invalidateRowsFilter();
}

void FollowUpFilterProxy::setUrgency(const QString& key) {
    urgency_ = key;
    invalidateRowsFilter();
}

bool FollowUpFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    auto matches = [&](const QString& wanted, int role) {
        return wanted.isEmpty() || index.data(role).toString() == wanted;
    };
    return matches(kind_, FollowUpListModel::KindRole) &&
           matches(stage_, FollowUpListModel::StageRole) &&
           matches(urgency_, FollowUpListModel::UrgencyRole);
}

}  // namespace hc::ui
