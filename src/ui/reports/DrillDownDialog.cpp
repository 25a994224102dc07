#include "hc/ui/DrillDownDialog.h"

#include "messages/MessageBatchExport.h"
#include "widgets/ReadErrors.h"

#include "hc/domain/PhoneValidator.h"
#include "hc/domain/Role.h"
#include "hc/services/CustomerService.h"
#include "hc/services/MessageService.h"
#include "hc/services/MonthlyReport.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/ui/DirtyTracker.h"
#include "hc/ui/SendMessagesDialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc::ui {

DrillDownDialog::DrillDownDialog(const UiContext& context, const QString& title,
                                 std::vector<Entry> entries, QWidget* parent)
    : QDialog(parent), context_(context), entries_(std::move(entries)) {
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("%1:共 %2 位客户").arg(title).arg(entries_.size()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("drillDownTable"));
    table_->setColumnCount(3);
    table_->setHorizontalHeaderLabels({tr("客户"), tr("电话"), tr("分类")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("回访名单标题:"), this));
    titleEdit_ = new QLineEdit(tr("报表回访:%1").arg(title), this);
    titleEdit_->setObjectName(QStringLiteral("campaignTitleEdit"));
    row->addWidget(titleEdit_, 1);
    addButton_ = new QPushButton(tr("加入回访名单"), this);
    addButton_->setObjectName(QStringLiteral("addToCallbackListButton"));
    const bool canAdd = context_.reports != nullptr && !entries_.empty() &&
                        context_.user.role == domain::Role::Manager;
    addButton_->setEnabled(canAdd);
    if (context_.user.role != domain::Role::Manager) {
        addButton_->setToolTip(tr("只有经理可以把客户加入回访名单。"));
    }
    row->addWidget(addButton_);
    layout->addLayout(row);
    if (context_.messages != nullptr) {
        exportButton_ = new QPushButton(tr("导出短信…"), this);
        exportButton_->setObjectName(QStringLiteral("exportMessagesButton"));
        exportButton_->setToolTip(tr("把这些客户的短信导出为短信平台的 CSV（只含已同意的客户）"));
        exportButton_->setEnabled(!entries_.empty());
        connect(exportButton_, &QPushButton::clicked, this, [this] { chooseMessageExport(); });
        sendButton_ = new QPushButton(tr("发送短信…"), this);
        sendButton_->setObjectName(QStringLiteral("sendDrillMessagesButton"));
        sendButton_->setToolTip(
            tr("通过短信平台给这些客户发送短信（只发给已同意的客户，每条记入客户的短信记录）"));
        sendButton_->setEnabled(!entries_.empty());
        connect(sendButton_, &QPushButton::clicked, this, [this] { openSendDialog(); });
        auto* exportRow = new QHBoxLayout;
        exportRow->addStretch(1);
        exportRow->addWidget(exportButton_);
        exportRow->addWidget(sendButton_);
        layout->addLayout(exportRow);
    }
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    layout->addWidget(status_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    layout->addWidget(buttons);
    connect(addButton_, &QPushButton::clicked, this, [this] { addToCallbackList(); });

    fill();
    resize(560, 480);
    // Esc, Close and the close button ask before an edited campaign title is lost (the title the
    // dialog proposes is not a change; once the list is made the title is used, nothing to lose).
    DirtyTracker::attach(this);
}

void DrillDownDialog::fill() {
    const bool fullPhone = domain::roleSeesFullPhone(context_.user.role);
    table_->setRowCount(static_cast<int>(entries_.size()));
    int r = 0;
    bool readPhones = context_.customers != nullptr;
    for (const Entry& e : entries_) {
        QString phone;
        if (readPhones) {
            const auto found = context_.customers->find(e.id);
            if (!found) {
                ReadErrors::show(found.error(), this);  // once, not per row
                readPhones = false;
            } else if (const auto& c = found.value()) {
                phone = fullPhone ? c->phone : domain::PhoneValidator::maskPhone(c->phone);
            }
        }
        auto* name = new QTableWidgetItem(e.name);
        name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(e.id));
        table_->setItem(r, 0, name);
        table_->setItem(r, 1, new QTableWidgetItem(phone));
        table_->setItem(r, 2, new QTableWidgetItem(e.classLabel));
        ++r;
    }
    table_->resizeColumnsToContents();
}

QString DrillDownDialog::exportMessages(domain::MessageTemplateKey key, const QString& path,
                                        bool* saved) {
    if (context_.messages == nullptr) {
        return {};
    }
    std::vector<domain::CustomerId> ids;
    ids.reserve(entries_.size());
    for (const Entry& e : entries_) {
        ids.push_back(e.id);
    }
    const QString text =
        MessageBatchExport::write(context_, context_.messages->forCustomers(key, ids), path, saved);
    status_->setText(text);
    return text;
}

void DrillDownDialog::chooseMessageExport() {
    // Win-back first, as in the send dialog: a list of customers has no campaign offer.
    const auto key = MessageBatchExport::chooseTemplate(this, domain::MessageTemplateKey::Winback);
    if (!key) {
        return;
    }
    const QString path = MessageBatchExport::choosePath(
        this, QStringLiteral("sms-%1-%2.csv")
                  .arg(domain::toKey(*key), context_.today().toString(Qt::ISODate)));
    if (path.isEmpty()) {
        return;
    }
    bool saved = false;
    const QString text = exportMessages(*key, path, &saved);
    MessageBatchExport::tell(this, path, text, saved);
}

SendMessagesDialog* DrillDownDialog::openSendDialog() {
    if (context_.messages == nullptr || entries_.empty()) {
        return nullptr;
    }
    std::vector<domain::CustomerId> ids;
    ids.reserve(entries_.size());
    for (const Entry& e : entries_) {
        ids.push_back(e.id);
    }
    auto* dialog = new SendMessagesDialog(context_, std::move(ids), windowTitle(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

std::int64_t DrillDownDialog::addToCallbackList(bool quiet) {
    if (context_.reports == nullptr || entries_.empty()) {
        return 0;
    }
    services::CustomerIds ids;
    ids.reserve(entries_.size());
    for (const Entry& e : entries_) {
        ids.push_back(e.id);
    }
    const QString title = titleEdit_->text().trimmed();
    if (title.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("请填写回访名单标题。"));
        return 0;
    }
    auto added =
        context_.reports->addToCallbackList(context_.user, ids, title, context_.today());
    if (!added) {
        QMessageBox::warning(this, windowTitle(), added.error().message);
        return 0;
    }
    addButton_->setEnabled(false);
    if (auto* tracker = DirtyTracker::of(this)) {
        tracker->markClean();  // the title went into the campaign
    }
    status_->setText(tr("已把 %1 位客户加入回访名单“%2”。").arg(ids.size()).arg(title));
    if (!quiet) {
        QMessageBox::information(this, windowTitle(), status_->text());
    }
    return added.value();
}

}  // namespace hc::ui
