#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/CustomerBaseSettings.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AnalysisSettingsPanel;
}

namespace hc::ui {

struct UiContext;

/// The manager's analysis thresholds (客户分类、ABC、矩阵、RFM、车队规模; domain.md §1–5) and the
/// customer-base model settings (客户模型: margin, repeat customers a fit needs, value horizon;
/// docs/customer-base.md) on the settings screen: loaded from and saved through SettingsService
/// (manager only, audited, both in one transaction). Every report and list uses the saved values
/// from the next refresh on; the model settings from the next fit.
class AnalysisSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisSettingsPanel(UiContext& context, QWidget* parent = nullptr);
    ~AnalysisSettingsPanel() override;

    /// What the form shows.
    [[nodiscard]] domain::AnalysisSettings values() const;
    void setValues(const domain::AnalysisSettings& settings);
    /// The customer-base model settings the form shows.
    [[nodiscard]] domain::CustomerBaseSettings customerBaseValues() const;
    void setCustomerBaseValues(const domain::CustomerBaseSettings& settings);

public Q_SLOTS:
    /// Reloads the stored settings into the form.
    void load();
    /// Saves the form; shows the result (or the service's message at the field it names).
    bool save();
    /// Puts the defaults of domain.md (and of the model) into the form (not saved until Save).
    void restoreDefaults();

private:
    void showMessage(const QString& text, bool error);

    std::unique_ptr<Ui::AnalysisSettingsPanel> ui_;
    UiContext& context_;
    /// The settings last put into the form: values() starts from them, so a setting the form
    /// does not show keeps its stored value.
    domain::AnalysisSettings shown_;
};

}  // namespace hc::ui
