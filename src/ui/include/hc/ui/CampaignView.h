#pragma once

#include "hc/services/Clock.h"

#include <QWidget>

#include <cstdint>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hc::ui {

struct UiContext;

/// Retention campaigns (活动, domain.md §6): the manager targets a stage (and notes a segment) with
/// an offer and a cost per customer; the invited customers go on the callback lists. The table
/// shows for each campaign: invited, returned within N days, return rate, revenue after, total
/// cost and cost per returned customer.
class CampaignView : public QWidget {
    Q_OBJECT
public:
    explicit CampaignView(UiContext& context, QWidget* parent = nullptr);

    void setClock(services::Clock clock);

    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QLineEdit* nameEdit() const { return name_; }
    [[nodiscard]] QComboBox* stageCombo() const { return stage_; }
    [[nodiscard]] QLineEdit* segmentEdit() const { return segment_; }
    [[nodiscard]] QLineEdit* offerEdit() const { return offer_; }
    [[nodiscard]] QLineEdit* costEdit() const { return cost_; }
    [[nodiscard]] QDateEdit* startEdit() const { return start_; }
    [[nodiscard]] QSpinBox* windowSpin() const { return window_; }
    [[nodiscard]] QLabel* messageLabel() const { return message_; }

public Q_SLOTS:
    void refresh();
    /// Creates the campaign from the form and invites the customers of the stage; returns its id
    /// (0 with a message when refused).
    std::int64_t createCampaign();

private:
    void showMessage(const QString& text, bool error);

    UiContext& ctx_;
    services::Clock clock_;
    QTableWidget* table_ = nullptr;
    QLineEdit* name_ = nullptr;
    QComboBox* stage_ = nullptr;
    QLineEdit* segment_ = nullptr;
    QLineEdit* offer_ = nullptr;
    QLineEdit* cost_ = nullptr;
    QLabel* costMsg_ = nullptr;
    QDateEdit* start_ = nullptr;
    QSpinBox* window_ = nullptr;
    QPushButton* create_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace hc::ui
