#pragma once

#include "hc/domain/CallPriority.h"
#include "hc/domain/FollowUpItem.h"

#include <QAbstractTableModel>

#include <vector>

namespace hc::ui {

/// The daily follow-up list (回访) as a table: urgency chip, customer, plate, kind, stage, due,
/// reason, attempt. Custom roles carry the keys for the filter proxy and the tests.
class FollowUpListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UrgencyCol,
        CustomerCol,
        PlateCol,
        KindCol,
        StageCol,
        DueCol,
        ReasonCol,
        AttemptCol,
        RankCol,     ///< place on the day's list (tooltip: why)
        ScoreCol,    ///< priority score (tooltip: its parts)
        AssigneeCol  ///< the callback user the item is assigned to
    };
    static constexpr int kColumnCount = 11;
    enum Role {
        KindRole = Qt::UserRole + 1,  ///< FollowUpKind key
        UrgencyRole,                  ///< Urgency key
        StageRole,                    ///< Stage key, empty when unknown
        CustomerIdRole,               ///< qint64
        RowRole                       ///< index into items()
    };

    /// An item's place on the day's list (CallListService), parallel to items().
    struct Rank {
        int rank = 0;
        domain::CallScore score;
        QString assignee;
    };

    explicit FollowUpListModel(QObject* parent = nullptr);

    void setItems(std::vector<domain::FollowUpItem> items);
    /// The ranks of the items set by setItems (same order); empty = no ranking (columns blank).
    void setRanks(std::vector<Rank> ranks);
    [[nodiscard]] const std::vector<domain::FollowUpItem>& items() const { return items_; }
    [[nodiscard]] const domain::FollowUpItem* itemAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] const Rank* rankAt(int row) const;

    std::vector<domain::FollowUpItem> items_;
    std::vector<Rank> ranks_;
};

}  // namespace hc::ui
