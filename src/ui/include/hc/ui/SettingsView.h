#pragma once

#include "hc/services/UserService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsView;
}

namespace hc::ui {

struct UiContext;
class AnalysisSettingsPanel;
class FollowUpSettingsPanel;

/// Settings (设置), for the manager, in three tabs: general (the interface language, the login
/// policy — saved through SettingsService, applies at the next start — and the users), the
/// analysis thresholds (AnalysisSettingsPanel) and the follow-up rules (FollowUpSettingsPanel).
class SettingsView : public QWidget {
    Q_OBJECT
public:
    explicit SettingsView(UiContext& context, QWidget* parent = nullptr);
    ~SettingsView() override;

    /// "zh" or "en": the language chosen in the combo box.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& code);

public Q_SLOTS:
    /// Reloads the policy, the users list and the stored thresholds.
    void refresh();
    /// Saves the login policy (manager only; the service checks the role and audits).
    void savePolicy();

Q_SIGNALS:
    /// The user picked another language ("zh" / "en"); it applies at the next start.
    void languageChosen(const QString& code);

private:
    std::unique_ptr<Ui::SettingsView> ui_;
    UiContext& context_;
    services::LoginPolicy loadedPolicy_;
    AnalysisSettingsPanel* analysis_ = nullptr;   ///< null without a SettingsService
    FollowUpSettingsPanel* followUps_ = nullptr;  ///< null without a SettingsService
};

}  // namespace hc::ui
