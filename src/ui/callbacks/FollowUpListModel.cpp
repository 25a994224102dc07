#include "hc/ui/FollowUpListModel.h"

#include "hc/ui/CustomerBadgePanel.h"
#include "hc/ui/FollowUpLabels.h"

#include <QBrush>
#include <QFont>

namespace hc::ui {

FollowUpListModel::FollowUpListModel(QObject* parent) : QAbstractTableModel(parent) {}

void FollowUpListModel::setItems(std::vector<domain::FollowUpItem> items) {
    beginResetModel();
    items_ = std::move(items);
    ranks_.clear();
    endResetModel();
}

void FollowUpListModel::setRanks(std::vector<Rank> ranks) {
    ranks_ = std::move(ranks);
    if (!items_.empty()) {
        Q_EMIT dataChanged(index(0, RankCol), index(rowCount() - 1, AssigneeCol));
    }
}

const FollowUpListModel::Rank* FollowUpListModel::rankAt(int row) const {
    return row >= 0 && row < static_cast<int>(ranks_.size()) ? &ranks_[static_cast<size_t>(row)]
                                                             : nullptr;
}

const domain::FollowUpItem* FollowUpListModel::itemAt(int row) const {
    return row >= 0 && row < static_cast<int>(items_.size()) ? &items_[static_cast<size_t>(row)]
                                                             : nullptr;
}

int FollowUpListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(items_.size());
}

int FollowUpListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant FollowUpListModel::data(const QModelIndex& index, int role) const {
    const domain::FollowUpItem* item = itemAt(index.row());
    if (item == nullptr) {
        return {};
    }
    switch (role) {
        case KindRole:
            return domain::toKey(item->kind);
        case UrgencyRole:
            return domain::toKey(item->urgency);
        case StageRole:
            return item->stage ? domain::toKey(*item->stage) : QString();
        case CustomerIdRole:
            return QVariant::fromValue<qint64>(item->customerId);
        case RowRole:
            return index.row();
        default:
            break;
    }
    const int col = index.column();
    if (role == Qt::DisplayRole) {
        switch (col) {
            case UrgencyCol:
                return FollowUpLabels::urgency(item->urgency);
            case CustomerCol:
                return item->name;
            case PlateCol:
                return item->plate;
            case KindCol:
                return FollowUpLabels::kind(item->kind);
            case StageCol:
                return item->stage ? CustomerBadgePanel::stageName(*item->stage) : QString();
            case DueCol:
                return item->due.toString(Qt::ISODate);
            case ReasonCol:
                return item->smsSuggested ? tr("建议发短信 · %1").arg(item->reason) : item->reason;
            case AttemptCol:
                return item->attempt > 1 ? tr("第 %1 次").arg(item->attempt) : QString();
            case RankCol:
                return rankAt(index.row()) != nullptr ? QVariant(rankAt(index.row())->rank)
                                                      : QVariant();
            case ScoreCol:
                return rankAt(index.row()) != nullptr
                           ? QVariant(QString::number(rankAt(index.row())->score.scoreTenths / 10.0,
                                                      'f', 1))
                           : QVariant();
            case AssigneeCol:
                return rankAt(index.row()) != nullptr ? QVariant(rankAt(index.row())->assignee)
                                                      : QVariant();
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole && (col == RankCol || col == ScoreCol) &&
        rankAt(index.row()) != nullptr) {
        const Rank& r = *rankAt(index.row());
        return tr("第 %1 位,得分 %2\n%3")
            .arg(QString::number(r.rank), QString::number(r.score.scoreTenths / 10.0, 'f', 1),
                 r.score.why());
    }
    if (role == Qt::BackgroundRole && col == UrgencyCol) {
        return QBrush(FollowUpLabels::urgencyBackground(item->urgency));
    }
    if (role == Qt::ForegroundRole && col == UrgencyCol) {
        return QBrush(FollowUpLabels::urgencyForeground(item->urgency));
    }
    if (role == Qt::TextAlignmentRole &&
        (col == UrgencyCol || col == AttemptCol || col == RankCol || col == ScoreCol)) {
        return QVariant::fromValue(Qt::AlignCenter);
    }
    if (role == Qt::FontRole && col == UrgencyCol) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && col == ReasonCol) {
        QString tip = item->reason;
        if (!item->alsoDue.empty()) {
            QStringList kinds;
            for (auto k : item->alsoDue) {
                kinds << FollowUpLabels::kind(k);
            }
            tip += QLatin1Char('\n') + tr("同时到期：%1").arg(kinds.join(tr("、")));
        }
        return tip;
    }
    return {};
}

QVariant FollowUpListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case UrgencyCol:
            return tr("紧急");
        case CustomerCol:
            return tr("客户");
        case PlateCol:
            return tr("车牌");
        case KindCol:
            return tr("类型");
        case StageCol:
            return tr("阶段");
        case DueCol:
            return tr("到期");
        case ReasonCol:
            return tr("事由");
        case AttemptCol:
            return tr("次数");
        case RankCol:
            return tr("排名");
        case ScoreCol:
            return tr("得分");
        case AssigneeCol:
            return tr("回访人");
        default:
            return {};
    }
}

}  // namespace hc::ui
