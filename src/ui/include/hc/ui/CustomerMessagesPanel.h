#pragma once

#include "hc/ui/UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hc::ui {

/// 短信 tab of the customer card: the consent state per purpose (service / marketing) with a way to
/// record a change (source reception form, call or message reply; ConsentService, audited) and the
/// customer's message log (when, template, result, text, by whom; MessageService).
class CustomerMessagesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CustomerMessagesPanel(UiContext& ctx, QWidget* parent = nullptr);

    /// Shows customer `id` (0 = none).
    void setCustomer(qint64 id);

    [[nodiscard]] QLabel* serviceState() const { return service_; }
    [[nodiscard]] QLabel* marketingState() const { return marketing_; }
    [[nodiscard]] QComboBox* purposeCombo() const { return purpose_; }
    [[nodiscard]] QComboBox* stateCombo() const { return state_; }
    [[nodiscard]] QComboBox* sourceCombo() const { return source_; }
    [[nodiscard]] QPushButton* recordButton() const { return record_; }
    [[nodiscard]] QTableWidget* logTable() const { return log_; }
    [[nodiscard]] QLabel* message() const { return message_; }

public Q_SLOTS:
    /// Records the chosen consent for the shown customer.
    bool recordConsent();

private:
    void reload();

    UiContext& ctx_;
    qint64 customerId_ = 0;
    QLabel* service_ = nullptr;
    QLabel* marketing_ = nullptr;
    QComboBox* purpose_ = nullptr;
    QComboBox* state_ = nullptr;
    QComboBox* source_ = nullptr;
    QPushButton* record_ = nullptr;
    QLabel* message_ = nullptr;
    QTableWidget* log_ = nullptr;
};

}  // namespace hc::ui
