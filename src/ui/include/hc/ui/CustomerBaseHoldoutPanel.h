#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/services/ActingUser.h"
#include "hc/services/CustomerBaseReports.h"
#include "hc/services/Result.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QThread;

namespace hc::services {
class CustomerBaseModelService;
}

namespace hc::ui {

/// The manager's customer-base page on the reports screen (docs/customer-base.md): the stored fit
/// in use, a refit button, and the holdout check — fit on the visits up to a date, compare with
/// the months after it (actual against expected visits in total and by calibration frequency,
/// AUC of the model against ranking by recency alone) with a plain explanation. The refit and the
/// check run on a thread of their own with their own connection; the screen stays usable.
class CustomerBaseHoldoutPanel : public QWidget {
    Q_OBJECT
public:
    /// `today`: the screens' day (UiContext::today): the default check dates and the refit's
    /// "up to yesterday" follow it.
    CustomerBaseHoldoutPanel(services::CustomerBaseModelService& model,
                             const services::ActingUser& user, std::function<QDate()> today,
                             QWidget* parent = nullptr);
    ~CustomerBaseHoldoutPanel() override;

    [[nodiscard]] QDateEdit* calibrationEndEdit() const { return calibrationEnd_; }
    [[nodiscard]] QDateEdit* holdoutEndEdit() const { return holdoutEnd_; }
    [[nodiscard]] QPushButton* runButton() const { return run_; }
    [[nodiscard]] QPushButton* refitButton() const { return refit_; }
    [[nodiscard]] QLabel* modelLabel() const { return modelLabel_; }
    [[nodiscard]] QLabel* summaryLabel() const { return summary_; }
    [[nodiscard]] QTableWidget* frequencyTable() const { return table_; }
    /// True while a refit or a check runs in the background.
    [[nodiscard]] bool isBusy() const { return worker_ != nullptr; }

    /// Starts the holdout check with the dates in the editors.
    void runHoldout();
    /// Starts a refit on the visits up to yesterday (manager).
    void refitModel();
    /// Reads the stored fit again and shows it.
    void showModel();
    /// The stored class boundaries, named while no fit is stored ("按 6个月/1年 规则");
    /// shows the model again.
    void setLifecycle(const domain::LifecycleSettings& lifecycle);

Q_SIGNALS:
    /// A holdout check finished (shown, or its error shown).
    void holdoutShown();
    /// A refit stored a new fit.
    void modelRefitted();

private:
    using Work = std::function<void(services::CustomerBaseModelService&)>;
    /// Runs `work` on a thread of its own with a service on its own connection (or on the GUI
    /// thread when no second connection can be opened), then `done` on the GUI thread.
    void inBackground(Work work, std::function<void()> done);
    void setBusy(const QString& text);
    void showHoldout(const services::Result<services::CustomerBaseHoldoutReport>& result);

    services::CustomerBaseModelService& model_;
    services::ActingUser user_;
    std::function<QDate()> today_;
    QLabel* modelLabel_ = nullptr;
    std::optional<domain::LifecycleSettings> lifecycle_;  ///< the stored one (setLifecycle)
    QPushButton* refit_ = nullptr;
    QDateEdit* calibrationEnd_ = nullptr;
    QDateEdit* holdoutEnd_ = nullptr;
    QPushButton* run_ = nullptr;
    QLabel* busy_ = nullptr;
    QLabel* summary_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* explanation_ = nullptr;
    QThread* worker_ = nullptr;
};

}  // namespace hc::ui
