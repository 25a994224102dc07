#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hc::ui {

struct UiContext;

/// The manager edits the call scripts (话术): the greeting, one per stage and one per churn
/// reason. Defaults are written from seed 003; "恢复默认" removes the shop's copy.
class ScriptEditorDialog : public QDialog {
    Q_OBJECT
public:
    explicit ScriptEditorDialog(UiContext& context, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* keyList() const { return keys_; }
    [[nodiscard]] QPlainTextEdit* editor() const { return editor_; }
    /// Selects the script with this key ("greeting", "stage.lost", "reason.price").
    bool selectKey(const QString& key);
    [[nodiscard]] QString currentKey() const;

public Q_SLOTS:
    bool save();
    bool resetToDefault();

private:
    void load();
    bool confirmDiscard();

    UiContext& ctx_;
    QListWidget* keys_ = nullptr;
    QPlainTextEdit* editor_ = nullptr;
    QLabel* state_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* reset_ = nullptr;
    QString loadedKey_;
    QString loadedText_;
};

}  // namespace hc::ui
