#pragma once

#include "hc/domain/Customer.h"
#include "hc/domain/MessageTemplateKey.h"
#include "hc/services/MessageBatch.h"
#include "hc/services/Result.h"
#include "hc/ui/UiContext.h"

#include <QDate>
#include <QDialog>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace hc::services {
class MessageService;
class SmsGateway;
}  // namespace hc::services

namespace hc::ui {

/// "发送短信" (send via gateway): the manager or a clerk picks a template and sends its messages
/// through the shop's SMS platform (the stored SmsGatewaySettings; HttpSmsGateway) to one recipient
/// set: the day's follow-up list (MessageService::forDay), a campaign's invited customers
/// (forCampaign; CampaignView) or a list of customers (forCustomers; a report drill-down,
/// DrillDownDialog). The batch is built and sent on a thread of its own with its own connection
/// (MessageService::openSibling) while a busy bar runs, so the screen never freezes; the dialog
/// then shows how many were sent, failed, and skipped (no consent for the template's purpose;
/// invalid or no mobile). It cannot be closed while sending.
class SendMessagesDialog : public QDialog {
    Q_OBJECT
public:
    using GatewayFactory = std::function<std::unique_ptr<services::SmsGateway>()>;

    /// The day's follow-up list (callback screen).
    SendMessagesDialog(const UiContext& ctx, const QDate& day, QWidget* parent = nullptr);
    /// A campaign's invited customers (campaign screen); the campaign template is preselected.
    SendMessagesDialog(const UiContext& ctx, std::int64_t campaignId, const QString& campaignName,
                       QWidget* parent = nullptr);
    /// Any list of customers, described by `what` (a report drill-down's title); the campaign
    /// template is preselected.
    SendMessagesDialog(const UiContext& ctx, std::vector<domain::CustomerId> customers,
                       const QString& what, QWidget* parent = nullptr);
    ~SendMessagesDialog() override;

    /// Replaces the gateway (tests; another provider). Default: HttpSmsGateway with the stored
    /// settings, refused with a message when no URL is set. Called on the sending thread.
    void setGatewayFactory(GatewayFactory factory);

    [[nodiscard]] QComboBox* templateCombo() const { return template_; }
    [[nodiscard]] QPushButton* sendButton() const { return send_; }
    [[nodiscard]] QProgressBar* busyBar() const { return busy_; }
    [[nodiscard]] QLabel* resultLabel() const { return result_; }
    [[nodiscard]] bool isBusy() const { return thread_ != nullptr; }
    /// The last send's counts (after finished()).
    [[nodiscard]] const services::MessageSummary& summary() const { return summary_; }

public Q_SLOTS:
    /// Starts sending the chosen template's messages; false when it cannot start.
    bool send();
    void reject() override;

Q_SIGNALS:
    /// The send is over (see resultLabel() and summary()).
    void sendFinished(bool ok);

private:
    /// Builds the batch of one template for the dialog's recipients (run on the sending thread).
    using BatchSource = std::function<services::Result<services::MessageBatch>(
        services::MessageService&, domain::MessageTemplateKey)>;

    void build(const QString& intro, domain::MessageTemplateKey preselected);
    void showResult(bool ok, const services::MessageSummary& summary, const QString& error);

    const UiContext& ctx_;
    BatchSource source_;
    GatewayFactory factory_;
    QComboBox* template_ = nullptr;
    QPushButton* send_ = nullptr;
    QPushButton* close_ = nullptr;
    QProgressBar* busy_ = nullptr;
    QLabel* result_ = nullptr;
    QThread* thread_ = nullptr;
    services::MessageSummary summary_;
};

}  // namespace hc::ui
