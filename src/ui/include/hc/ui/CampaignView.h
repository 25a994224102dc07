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
class SendMessagesDialog;

/// Retention campaigns (活动, domain.md §6): the manager targets a stage (and notes a segment) with
/// an offer and a cost per customer; the invited customers go on the callback lists. The table
/// shows for each campaign: invited, returned within N days, return rate, revenue after, total
/// cost and cost per returned customer. For the selected campaign, its invited customers' messages
/// (campaign template) are exported for the SMS platform or sent through the gateway
/// (SendMessagesDialog): only those with marketing consent, the others counted and shown.
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
    [[nodiscard]] QPushButton* exportMessagesButton() const { return exportSms_; }
    [[nodiscard]] QPushButton* sendMessagesButton() const { return sendSms_; }
    [[nodiscard]] QLabel* smsStatusLabel() const { return smsStatus_; }
    /// The id of the campaign selected in the table (0 when none).
    [[nodiscard]] std::int64_t selectedCampaign() const;

public Q_SLOTS:
    void refresh();
    /// Creates the campaign from the form and invites the customers of the stage; returns its id
    /// (0 with a message when refused).
    std::int64_t createCampaign();
    /// Writes the selected campaign's messages (campaign template) to `path` (CSV for the SMS
    /// platform) and returns what it did, in words (also shown under the table).
    /// `saved` (when given) tells whether the file was written.
    QString exportMessages(const QString& path, bool* saved = nullptr);
    /// "导出短信…": asks for the file, then exportMessages().
    void chooseMessageExport();
    /// "发送短信…": opens the send dialog for the selected campaign (window-modal, deleted when
    /// closed) and returns it; null when no campaign is selected or without the message service.
    SendMessagesDialog* openSendDialog();

private:
    /// The return window field starts at the stored setting (winbackReturnWindowDays); unread, it
    /// says 请输入 and the read error shows under the form.
    void loadWindowDefault();
    void showMessage(const QString& text, bool error);
    void updateSmsButtons();

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
    bool windowEdited_ = false;  ///< the manager changed the return window: settings keep out
    bool loadingWindow_ = false;
    QPushButton* create_ = nullptr;
    QLabel* message_ = nullptr;
    QPushButton* exportSms_ = nullptr;
    QPushButton* sendSms_ = nullptr;
    QLabel* smsStatus_ = nullptr;
};

}  // namespace hc::ui
