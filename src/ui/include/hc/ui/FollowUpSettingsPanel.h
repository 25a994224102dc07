#pragma once

#include "hc/domain/FollowUpSettings.h"

#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

namespace Ui {
class FollowUpSettingsPanel;
}

namespace hc::ui {

struct UiContext;

/// The manager's follow-up rules (回访规则; domain.md §6–8): when post-service, maintenance, care
/// and win-back calls are listed, the holidays greeted and who is greeted, the no-answer retries,
/// the 2123 complaint deadlines, the day's list (capacity, split, weights, the region / advisor
/// table), the appointment reminder and no-show days and the declined-work follow-up (未做项目回访:
/// default due days by urgency, listing window). Loaded
/// from and saved through SettingsService (manager only, audited); the callback list and the
/// complaint clocks use the saved values from the next refresh on.
class FollowUpSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpSettingsPanel(UiContext& context, QWidget* parent = nullptr);
    ~FollowUpSettingsPanel() override;

    /// What the form shows.
    [[nodiscard]] domain::FollowUpSettings values() const;
    void setValues(const domain::FollowUpSettings& settings);

public Q_SLOTS:
    void load();
    bool save();
    void restoreDefaults();

private:
    void showMessage(const QString& text, bool error);
    void addHolidayRow(const domain::HolidayRule& holiday);
    /// The by_region / by_advisor table: key (region or advisor) → callback user.
    void setupRoutes();
    void addRouteRow(const domain::CallRoute& route);
    [[nodiscard]] std::vector<domain::CallRoute> routes() const;
    /// The field a service error names (JSON key of docs/followups.md), or null.
    [[nodiscard]] QWidget* fieldFor(const QString& key) const;

    std::unique_ptr<Ui::FollowUpSettingsPanel> ui_;
    UiContext& context_;
    std::vector<std::pair<QString, QString>> callbackUsers_;  ///< user name, label
    /// The settings last put into the form: values() starts from them, so a setting the form
    /// does not show keeps its stored value.
    domain::FollowUpSettings shown_;
};

}  // namespace hc::ui
