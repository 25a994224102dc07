#pragma once

#include "hc/domain/SatisfactionItemRecord.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace hc::ui {

struct UiContext;

/// The manager configures the satisfaction questionnaire: item labels, active, order; adds items.
/// Inactive items are no longer asked but keep their answers.
class SatisfactionItemsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SatisfactionItemsDialog(UiContext& context, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return table_; }

public Q_SLOTS:
    void addRow();
    /// Stores new and changed items; false (with a message) when one was refused, and when the
    /// stored items could not be read (the dialog then offers neither adding nor saving).
    bool save();

private:
    void load();

    UiContext& ctx_;
    QTableWidget* table_ = nullptr;
    std::vector<domain::SatisfactionItemRecord> loaded_;
    bool readFailed_ = false;
};

}  // namespace hc::ui
