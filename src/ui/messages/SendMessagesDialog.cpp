#include "hc/ui/SendMessagesDialog.h"

#include "hc/services/HttpSmsGateway.h"
#include "hc/services/MessageService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/SmsGateway.h"
#include "hc/ui/DirtyTracker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace hc::ui {

namespace {

std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("ui");
    return l ? l : spdlog::default_logger();
}

}  // namespace

SendMessagesDialog::SendMessagesDialog(const UiContext& ctx, const QDate& day, QWidget* parent)
    : QDialog(parent), ctx_(ctx) {
    source_ = [day](services::MessageService& service, domain::MessageTemplateKey key) {
        return service.forDay(key, day);
    };
    build(tr("通过短信平台发送 %1 回访名单中的短信。只发给同意接收的客户，营销短信带退订方式。")
              .arg(day.toString(Qt::ISODate)),
          domain::MessageTemplateKey::PostService);
}

SendMessagesDialog::SendMessagesDialog(const UiContext& ctx, std::int64_t campaignId,
                                       const QString& campaignName, QWidget* parent)
    : QDialog(parent), ctx_(ctx) {
    source_ = [campaignId](services::MessageService& service, domain::MessageTemplateKey key) {
        return service.forCampaign(key, campaignId);
    };
    build(tr("通过短信平台给活动“%1”邀约的客户发送短信。只发给同意接收的客户，营销短信带退订方式。")
              .arg(campaignName),
          domain::MessageTemplateKey::Campaign);
}

SendMessagesDialog::SendMessagesDialog(const UiContext& ctx,
                                       std::vector<domain::CustomerId> customers,
                                       const QString& what, QWidget* parent)
    : QDialog(parent), ctx_(ctx) {
    const auto count = customers.size();
    source_ = [ids = std::move(customers)](services::MessageService& service,
                                           domain::MessageTemplateKey key) {
        return service.forCustomers(key, ids);
    };
    // Win-back, not campaign: a list of customers has no campaign offer, so {优惠} would be empty
    // and every campaign message left out (MessageService: empty merge fields).
    build(tr("通过短信平台给“%1”的 %2 位客户发送短信。只发给同意接收的客户，营销短信带退订方式。")
              .arg(what)
              .arg(count),
          domain::MessageTemplateKey::Winback);
}

void SendMessagesDialog::build(const QString& introText, domain::MessageTemplateKey preselected) {
    setObjectName(QStringLiteral("sendMessagesDialog"));
    setWindowTitle(tr("发送短信"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 16, 16, 12);
    auto* intro = new QLabel(introText, this);
    intro->setObjectName(QStringLiteral("sendIntroLabel"));
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto* form = new QFormLayout;
    template_ = new QComboBox(this);
    template_->setObjectName(QStringLiteral("sendTemplateCombo"));
    for (const auto key : domain::kMessageTemplateKeys) {
        template_->addItem(domain::toLabel(key), domain::toKey(key));
    }
    template_->setCurrentIndex(template_->findData(domain::toKey(preselected)));
    form->addRow(tr("短信模板(&M)"), template_);
    outer->addLayout(form);
    busy_ = new QProgressBar(this);
    busy_->setObjectName(QStringLiteral("sendBusyBar"));
    busy_->setRange(0, 0);  // busy: no known end
    busy_->setTextVisible(false);
    busy_->hide();
    outer->addWidget(busy_);
    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("sendResultLabel"));
    result_->setWordWrap(true);
    outer->addWidget(result_);

    auto* buttons = new QDialogButtonBox(this);
    send_ = buttons->addButton(tr("发送(&S)"), QDialogButtonBox::ActionRole);
    send_->setObjectName(QStringLiteral("sendMessagesButton"));
    close_ = buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole);
    connect(send_, &QPushButton::clicked, this, &SendMessagesDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (thread_ != nullptr) {
            reject();  // says why it stays open
        } else {
            DirtyTracker::rejectAsking(this);
        }
    });
    outer->addWidget(buttons);
    setMinimumWidth(440);
    // Dirty = a template other than the preselected one chosen and not sent yet: Esc, 关闭 and the
    // close button ask before that choice is thrown away. Once a send starts the choice is used
    // (markClean), so a send in flight is never "discarded": reject() refuses and says why.
    DirtyTracker::attach(this);
}

SendMessagesDialog::~SendMessagesDialog() {
    if (thread_ != nullptr) {
        thread_->wait();  // a send in flight finishes (each message is logged as it goes)
        delete thread_;
    }
}

void SendMessagesDialog::setGatewayFactory(GatewayFactory factory) {
    factory_ = std::move(factory);
}

bool SendMessagesDialog::send() {
    if (thread_ != nullptr || ctx_.messages == nullptr) {
        return false;
    }
    GatewayFactory factory = factory_;
    if (!factory) {
        // The stored gateway, read here on the GUI's connection; the gateway is made on the thread.
        if (ctx_.settings == nullptr) {
            return false;
        }
        const auto settings = ctx_.settings->smsGateway();
        if (!settings || !settings.value().configured()) {
            showResult(false, {},
                       settings ? tr("短信网关尚未设置（设置 → 短信模板 → 短信网关）。")
                                : settings.error().message);
            return false;
        }
        factory = [gateway = settings.value()] {
            return std::unique_ptr<services::SmsGateway>(
                std::make_unique<services::HttpSmsGateway>(gateway));
        };
    }
    const auto key = domain::messageTemplateKeyFromKey(template_->currentData().toString())
                         .value_or(domain::MessageTemplateKey::PostService);
    if (auto* tracker = DirtyTracker::of(this)) {
        tracker->markClean();  // the chosen template is used now
    }
    setBusy(true);
    result_->setText(tr("正在准备短信，请稍候…"));
    result_->setStyleSheet(QString());
    // First the batch (off the GUI thread: the day's list of a large shop takes a while), then the
    // question with its counts (confirmAndSend), then the send.
    services::MessageService* messages = ctx_.messages;
    const BatchSource source = source_;
    thread_ = QThread::create([this, messages, source, key, factory] {
        auto own = messages->openSibling();
        services::MessageService& service = own ? *own : *messages;
        auto batch = source(service, key);
        QMetaObject::invokeMethod(
            this,
            [this, batch = std::move(batch), factory]() mutable {
                confirmAndSend(std::move(batch), factory);
            },
            Qt::QueuedConnection);
    });
    thread_->start();
    return true;
}

void SendMessagesDialog::setBusy(bool busy) {
    send_->setEnabled(!busy);
    close_->setEnabled(!busy);
    template_->setEnabled(!busy);
    busy_->setVisible(busy);
}

void SendMessagesDialog::joinThread() {
    if (thread_ != nullptr) {
        thread_->wait();
        delete thread_;
        thread_ = nullptr;
    }
}

void SendMessagesDialog::confirmAndSend(services::Result<services::MessageBatch> built,
                                        const GatewayFactory& factory) {
    joinThread();
    if (!built) {
        showResult(false, {}, built.error().message);
        return;
    }
    const services::MessageBatch batch = std::move(built.value());
    QString counts =
        tr("将发送 %1 条短信（%2 条计费短信）；%3 位客户未同意、%4 位无效或没有手机号，不发送。")
            .arg(batch.messages.size())
            .arg(batch.segments())
            .arg(batch.excludedNoConsent)
            .arg(batch.excludedInvalid);
    if (batch.excludedAlreadySent > 0 || batch.excludedMissingFields > 0) {
        counts += QLatin1Char('\n') +
                  tr("另有 %1 位客户今天已收到同一模板的短信、%2 位客户缺少模板所需的内容（如到期"
                     "日期），也不发送。")
                      .arg(batch.excludedAlreadySent)
                      .arg(batch.excludedMissingFields);
    }
    if (batch.messages.empty()) {
        services::MessageSummary none;
        none.excludedNoConsent = batch.excludedNoConsent;
        none.excludedInvalid = batch.excludedInvalid;
        none.excludedAlreadySent = batch.excludedAlreadySent;
        none.excludedMissingFields = batch.excludedMissingFields;
        showResult(false, none, tr("没有要发送的短信。") + QLatin1Char('\n') + counts);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("发送短信"), counts,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("发送(&S)"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) {
        showResult(false, {}, tr("已取消，没有发送短信。"));
        return;
    }
    result_->setText(tr("正在发送，请稍候…"));
    services::MessageService* messages = ctx_.messages;
    const services::ActingUser user = ctx_.user;
    thread_ = QThread::create([this, messages, user, batch, factory] {
        services::MessageSummary summary;
        QString error;
        bool ok = false;
        auto own = messages->openSibling();
        services::MessageService& service = own ? *own : *messages;
        auto gateway = factory ? factory() : nullptr;
        if (!gateway) {
            error = tr("短信网关尚未设置（设置 → 短信模板 → 短信网关）。");
        } else if (auto sent = service.send(user, batch, *gateway); !sent) {
            error = sent.error().message;
        } else {
            summary = sent.value();
            ok = true;
        }
        QMetaObject::invokeMethod(
            this, [this, ok, summary, error] { showResult(ok, summary, error); },
            Qt::QueuedConnection);
    });
    thread_->start();
}

void SendMessagesDialog::showResult(bool ok, const services::MessageSummary& summary,
                                    const QString& error) {
    joinThread();
    setBusy(false);
    summary_ = summary;
    if (!ok) {
        result_->setStyleSheet(QStringLiteral("color: #c5221f;"));
        result_->setText(error);
        logger()->warn("messages not sent: {}", error.toStdString());
    } else {
        // Sent: the button stays off, so a second click cannot send the same messages again
        // (the label says what went out; another template needs the dialog opened again).
        send_->setEnabled(false);
        template_->setEnabled(false);
        result_->setStyleSheet(summary.failed > 0 ? QStringLiteral("color: #c5221f;")
                                                  : QStringLiteral("color: #137333;"));
        result_->setText(
            tr("已发送 %1 条，失败 %2 条（共 %3 条计费短信）。\n未发送：%4 位客户未同意，%5 "
               "位客户无效或没有手机号。")
                .arg(summary.sent)
                .arg(summary.failed)
                .arg(summary.segments)
                .arg(summary.excludedNoConsent)
                .arg(summary.excludedInvalid));
        logger()->info("messages sent {} failed {}", summary.sent, summary.failed);
    }
    Q_EMIT sendFinished(ok);
}

void SendMessagesDialog::reject() {
    if (thread_ != nullptr) {
        // Not while building or sending (each message is logged as it goes): stays open and says
        // so, instead of ignoring Esc or the close button silently.
        const QString note = tr("完成之前不能关闭此窗口。");
        if (!result_->text().contains(note)) {
            result_->setText(result_->text() + QLatin1Char('\n') + note);
        }
        return;
    }
    QDialog::reject();
}

}  // namespace hc::ui
