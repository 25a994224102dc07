#pragma once

#include "hc/domain/Customer.h"
#include "hc/ui/UiContext.h"

#include <QDialog>
#include <QString>

#include <vector>

#include "hc/domain/MessageTemplateKey.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hc::ui {

class SendMessagesDialog;

/// Lists the customers behind one number of the monthly report (name, phone masked per role,
/// class) and puts them on the callback list (MonthlyReportService::addToCallbackList), or exports
/// their messages of a template for the shop's SMS platform (MessageService::forCustomers +
/// exportCsv: only those with consent), or sends them through the shop's SMS gateway
/// (SendMessagesDialog for the listed customers: only those with consent, per-customer log).
class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    /// One customer of the list; `classLabel` is already translated.
    struct Entry {
        domain::CustomerId id = 0;
        QString name;
        QString classLabel;
    };

    DrillDownDialog(const UiContext& context, const QString& title, std::vector<Entry> entries,
                    QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QPushButton* addButton() const { return addButton_; }
    [[nodiscard]] QLineEdit* campaignTitleEdit() const { return titleEdit_; }
    [[nodiscard]] const std::vector<Entry>& entries() const { return entries_; }
    /// Puts the listed customers on the callback list; returns the campaign id (0 on failure,
    /// after telling the user why). `quiet` skips the success message (tests).
    std::int64_t addToCallbackList(bool quiet = false);
    [[nodiscard]] QPushButton* exportMessagesButton() const { return exportButton_; }
    /// Writes the listed customers' messages of `key` to `path` (CSV for the SMS platform) and
    /// returns what it did, in words (shown under the list): exported, skipped without consent,
    /// invalid or without a mobile; or the reason it failed.
    /// `saved` (when given) tells whether the file was written.
    QString exportMessages(domain::MessageTemplateKey key, const QString& path,
                           bool* saved = nullptr);
    /// "导出短信…": asks for the template and the file, then exportMessages().
    void chooseMessageExport();
    [[nodiscard]] QPushButton* sendMessagesButton() const { return sendButton_; }
    /// "发送短信…": opens the send dialog for the listed customers (window-modal, deleted when
    /// closed) and returns it; null without the message service or with nobody listed.
    SendMessagesDialog* openSendDialog();

private:
    void fill();

    const UiContext& context_;
    std::vector<Entry> entries_;
    QTableWidget* table_ = nullptr;
    QLineEdit* titleEdit_ = nullptr;
    QPushButton* addButton_ = nullptr;
    QPushButton* exportButton_ = nullptr;
    QPushButton* sendButton_ = nullptr;
    QLabel* status_ = nullptr;
};

}  // namespace hc::ui
