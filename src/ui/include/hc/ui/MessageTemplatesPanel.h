#pragma once

#include "hc/ui/UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hc::ui {

/// 短信模板 in the settings: the manager edits the six message templates (MessageService) with a
/// live preview for a sample customer (signature 【门店名】, 回T退订 for marketing) and the SMS
/// count (characters, parts: 70 per SMS, 67 per part when longer). Other roles read only.
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

public Q_SLOTS:
    /// Shows the stored (or default) text of the chosen template.
    void load();
    bool save();
    bool resetToDefault();

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
};

}  // namespace hc::ui
