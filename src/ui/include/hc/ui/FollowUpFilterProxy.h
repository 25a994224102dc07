#pragma once

#include <QSortFilterProxyModel>

namespace hc::ui {

/// Filters the daily list (FollowUpListModel) by kind, stage and urgency keys (empty = all).
class FollowUpFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FollowUpFilterProxy(QObject* parent = nullptr);

    void setKind(const QString& key);
    void setStage(const QString& key);
    void setUrgency(const QString& key);
    [[nodiscard]] const QString& kind() const { return kind_; }
    [[nodiscard]] const QString& stage() const { return stage_; }
    [[nodiscard]] const QString& urgency() const { return urgency_; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex& sourceParent) const override;

private:
    QString kind_;
    QString stage_;
    QString urgency_;
};

}  // namespace hc::ui
