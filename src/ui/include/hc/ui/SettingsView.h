#pragma once

#include "hc/services/UserService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsView;
}

namespace hc::ui {

struct UiContext;

/// Settings (设置), for the manager: the interface language, the login policy (saved through
/// SettingsService, applies at the next start) and the users.
class SettingsView : public QWidget {
    Q_OBJECT
public:
    explicit SettingsView(UiContext& context, QWidget* parent = nullptr);
    ~SettingsView() override;

    /// "zh" or "en": the language chosen in the combo box.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& code);

public Q_SLOTS:
    /// Reloads the policy and the users list.
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
};

}  // namespace hc::ui
