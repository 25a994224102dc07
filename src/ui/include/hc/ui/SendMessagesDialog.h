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
/// DrillDownDialog; win-back preselected, a list has no campaign offer). The batch is built on a
/// thread of its own with its own connection (MessageService::openSibling) while a busy bar runs;
/// then the dialog asks "将发送 N 条短信（M 条计费短信）；K 位客户未同意、J 位无效或没有手机号，
/// 不发送。" (plus those who already got the template today and those missing a merge field), with
/// 取消 the default; on 发送 the batch is sent on a thread again, and the dialog shows how many
/// were sent and failed. After a send the Send button stays off (no second send of the same
/// messages). It cannot be closed while building or sending (Esc, 关闭 and the close button leave
/// it open and say so under the counts). Choosing another template than the preselected one and
/// closing before a send asks first (DirtyTracker): the choice is the form's only input.
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
    /// Builds the chosen template's batch, asks, and sends on Yes; false when it cannot start.
    bool send();
    void reject() override;

Q_SIGNALS:
    /// The send is over (see resultLabel() and summary()); false too when the batch could not be
    /// built, there was nothing to send or the question was cancelled (nothing sent).
    void sendFinished(bool ok);

private:
    /// Builds the batch of one template for the dialog's recipients (run on the sending thread).
    using BatchSource = std::function<services::Result<services::MessageBatch>(
        services::MessageService&, domain::MessageTemplateKey)>;

    void build(const QString& intro, domain::MessageTemplateKey preselected);
    void setBusy(bool busy);
    void joinThread();
    /// Asks "将发送 N 条短信…" with the batch's counts (取消 the default) and sends on Yes.
    void confirmAndSend(services::Result<services::MessageBatch> built,
                        const GatewayFactory& factory);
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
