#include "hc/ui/PrivacySettingsPanel.h"

#include "hc/domain/PrivacySettings.h"
#include "hc/services/PrivacyService.h"
#include "hc/services/SettingsService.h"

#include "widgets/BackgroundJob.h"

#include <QDate>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include <memory>
#include <optional>

namespace hc::ui {

PrivacySettingsPanel::PrivacySettingsPanel(UiContext& ctx, QWidget* parent)
    : QGroupBox(tr("个人信息保护"), parent), ctx_(ctx) {
    auto* grid = new QGridLayout(this);
    job_ = new BackgroundJob(this);
    years_ = new QSpinBox(this);
    years_->setRange(domain::PrivacySettings::kMinInactiveYears,
                     domain::PrivacySettings::kMaxInactiveYears);
    years_->setSuffix(tr(" 年"));
    auto* label = new QLabel(tr("无联系满(&Y):"), this);
    label->setBuddy(years_);
    save_ = new QPushButton(tr("保存"), this);
    count_ = new QPushButton(tr("统计人数"), this);
    anonymise_ = new QPushButton(tr("匿名化…"), this);
    anonymise_->setEnabled(false);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    auto* note = new QLabel(
        tr("长期未联系的客户可批量匿名化:删除姓名、电话、车牌等个人信息,进厂记录匿名保留。"), this);
    note->setWordWrap(true);
    grid->addWidget(note, 0, 0, 1, 5);
    grid->addWidget(label, 1, 0);
    grid->addWidget(years_, 1, 1);
    grid->addWidget(save_, 1, 2);
    grid->addWidget(count_, 1, 3);
    grid->addWidget(anonymise_, 1, 4);
    grid->addWidget(message_, 2, 0, 1, 5);
    grid->setColumnStretch(5, 1);
    connect(save_, &QPushButton::clicked, this, &PrivacySettingsPanel::save);
    connect(count_, &QPushButton::clicked, this, &PrivacySettingsPanel::countInactive);
    connect(anonymise_, &QPushButton::clicked, this, &PrivacySettingsPanel::requestAnonymise);
    connect(years_, &QSpinBox::valueChanged, this, [this] {
        counted_ = -1;
        anonymise_->setEnabled(false);
    });
    const bool manager = ctx_.user.role == domain::Role::Manager;
    if (!manager || ctx_.settings == nullptr || ctx_.privacy == nullptr) {
        hide();
    }
    load();
}

void PrivacySettingsPanel::showMessage(const QString& text, bool error) {
    message_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    message_->setText(text);
}

void PrivacySettingsPanel::load() {
    if (ctx_.settings == nullptr) {
        return;
    }
    const auto s = ctx_.settings->privacy();
    // Unread, the box would show its minimum: counting or anonymising with it, or saving it, would
    // act on years the shop never chose. The reason instead, and nothing to act on.
    for (QWidget* w : {static_cast<QWidget*>(years_), static_cast<QWidget*>(save_),
                       static_cast<QWidget*>(count_)}) {
        w->setEnabled(s.ok());
    }
    if (!s) {
        anonymise_->setEnabled(false);
        showMessage(s.error().message, true);
        return;
    }
    stored_ = s.value();
    years_->setValue(stored_.inactiveYears);
}

bool PrivacySettingsPanel::save() {
    if (ctx_.settings == nullptr) {
        return false;
    }
    domain::PrivacySettings s = stored_;
    s.inactiveYears = years_->value();
    const auto r = ctx_.settings->savePrivacy(ctx_.user, s);
    if (!r) {
        showMessage(r.error().message, true);
        return false;
    }
    stored_ = s;
    showMessage(tr("已保存。"), false);
    return true;
}

int PrivacySettingsPanel::countInactive() {
    if (ctx_.privacy == nullptr) {
        return -1;
    }
    const auto r = ctx_.privacy->inactive(ctx_.user, ctx_.today(), years_->value());
    if (!r) {
        showMessage(r.error().message, true);
        counted_ = -1;
        anonymise_->setEnabled(false);
        return -1;
    }
    counted_ = static_cast<int>(r.value().customerIds.size());
    countedYears_ = r.value().years;
    showMessage(tr("%1 之前最后联系的客户:%2 位。")
                    .arg(r.value().cutoff.toString(Qt::ISODate))
                    .arg(counted_),
                false);
    anonymise_->setEnabled(counted_ > 0);
    return counted_;
}

void PrivacySettingsPanel::requestAnonymise() {
    if (counted_ <= 0) {
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("匿名化客户"),
        tr("将删除 %1 位 %2 年未联系客户的个人信息(先自动备份)。此操作不能撤销,确定继续吗?")
            .arg(counted_)
            .arg(countedYears_),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        anonymiseConfirmed();
    }
}

bool PrivacySettingsPanel::anonymiseConfirmed() {
    if (ctx_.privacy == nullptr || counted_ <= 0 || job_->isRunning()) {
        return false;
    }
    // A verified backup first, then every erasure: seconds on a large archive, so off the GUI
    // thread on a connection of its own.
    services::PrivacyService* privacy = ctx_.privacy;
    const services::ActingUser user = ctx_.user;
    const int years = countedYears_;
    const QDate today = ctx_.today();  // the screens' clock
    auto result =
        std::make_shared<std::optional<services::Result<services::InactiveAnonymisation>>>();
    counted_ = -1;
    anonymise_->setEnabled(false);
    showMessage(tr("正在匿名化(先做备份)……"), false);
    job_->start(
        [privacy, user, years, today, result] {
            if (auto own = privacy->openSibling()) {  // opened, used and closed on this thread
                *result = own->anonymiseInactive(user, today, years);
            }
        },
        [this, privacy, user, years, today, result] {
            if (!*result) {
                *result = privacy->anonymiseInactive(user, today, years);  // no second connection
            }
            const auto& r = **result;
            if (!r) {
                showMessage(r.error().message, true);
                Q_EMIT anonymiseFinished(false);
                return;
            }
            showMessage(tr("已匿名化 %1 位客户;之前的备份:%2")
                            .arg(r.value().customerIds.size())
                            .arg(QDir::toNativeSeparators(r.value().backupFile)),
                        false);
            Q_EMIT anonymiseFinished(true);
        });
    return true;
}

}  // namespace hc::ui
