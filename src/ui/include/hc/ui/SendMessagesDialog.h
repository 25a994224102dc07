#pragma once

#include "hc/domain/MessageTemplateKey.h"
#include "hc/services/MessageBatch.h"
#include "hc/ui/UiContext.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace hc::services {
class SmsGateway;
}

namespace hc::ui {

/// "发送短信" (send via gateway) for the day's list: the manager or a clerk picks a template and
/// sends the day's messages of that template through the shop's SMS platform (the stored
/// SmsGatewaySettings; HttpSmsGateway). The batch is built and sent on a thread of its own with
/// its own connection (MessageService::openSibling) while a busy bar runs, so the screen never
/// freezes; the dialog then shows how many were sent, failed, and skipped (no consent; invalid or
/// no mobile). It cannot be closed while sending.
class SendMessagesDialog : public QDialog {
    Q_OBJECT
public:
    using GatewayFactory = std::function<std::unique_ptr<services::SmsGateway>()>;

    SendMessagesDialog(UiContext& ctx, const QDate& day, QWidget* parent = nullptr);
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
    void showResult(bool ok, const services::MessageSummary& summary, const QString& error);

    UiContext& ctx_;
    QDate day_;
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
