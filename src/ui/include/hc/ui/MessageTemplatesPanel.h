#pragma once

#include "hc/ui/UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPlainTextEdit;
class QPushButton;

namespace hc::ui {

/// 短信模板 in the settings: the manager edits the six message templates (MessageService) with a
/// live preview for a sample customer (signature 【门店名】, 回T退订 for marketing) and the SMS
/// count (characters, parts: 70 per SMS, 67 per part when longer), and the HTTP gateway settings
/// (URL, token, JSON body, timeout). Other roles read only.
class MessageTemplatesPanel : public QWidget {
    Q_OBJECT
public:
    explicit MessageTemplatesPanel(UiContext& ctx, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* templateCombo() const { return combo_; }
    [[nodiscard]] QPlainTextEdit* bodyEdit() const { return body_; }
    [[nodiscard]] QLabel* preview() const { return preview_; }
    [[nodiscard]] QLabel* countLabel() const { return count_; }
    [[nodiscard]] QPushButton* saveButton() const { return save_; }
    [[nodiscard]] QPushButton* resetButton() const { return reset_; }
    [[nodiscard]] QLabel* message() const { return message_; }
    [[nodiscard]] QLineEdit* gatewayUrl() const { return url_; }
    [[nodiscard]] QLineEdit* gatewayToken() const { return token_; }
    [[nodiscard]] QLineEdit* gatewayBody() const { return bodyTemplate_; }
    [[nodiscard]] QSpinBox* gatewayTimeout() const { return timeout_; }
    [[nodiscard]] QPushButton* saveGatewayButton() const { return saveGateway_; }

public Q_SLOTS:
    /// Shows the stored (or default) text of the chosen template.
    void load();
    bool save();
    bool resetToDefault();
    /// Saves the HTTP gateway (SettingsService::saveSmsGateway); an empty token field keeps the
    /// stored token.
    bool saveGateway();

private:
    void updatePreview();

    UiContext& ctx_;
    QComboBox* combo_ = nullptr;
    QLabel* purpose_ = nullptr;
    QPlainTextEdit* body_ = nullptr;
    QLabel* fields_ = nullptr;
    QLabel* preview_ = nullptr;
    QLabel* count_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* reset_ = nullptr;
    QLabel* message_ = nullptr;
    QLineEdit* url_ = nullptr;
    QLineEdit* token_ = nullptr;
    QLineEdit* bodyTemplate_ = nullptr;
    QSpinBox* timeout_ = nullptr;
    QPushButton* saveGateway_ = nullptr;
};

}  // namespace hc::ui
