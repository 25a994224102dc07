#pragma once

#include "hc/services/MonthlyReport.h"
#include "hc/services/ReportFormat.h"
#include "hc/services/Result.h"
#include "hc/ui/UiContext.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTabWidget;

namespace hc::report {
struct ReportSection;
}

namespace hc::ui {

class BackgroundJob;
class ReportLoader;

class DrillDownDialog;
class CustomerBaseHoldoutPanel;

/// 报表: the manager's monthly report for a chosen month (as of its last day) compared with the
/// previous month — one tab per section (composition, ABC with Pareto, matrix, RFM, churn,
/// win-back, satisfaction, complaints), each table one of report::ReportTables — the same titles,
/// headers and cells as the exports (ReportSectionPage). A click on a number lists the customers
/// behind it (DrillDownDialog); exports to PDF, XLSX and CSV (manager only, audited by the
/// service). Built in the background, the first tab is shown as soon as its section is built; the
/// other tabs say "building…" and cannot be chosen until the whole report arrives.
class ReportView : public QWidget {
    Q_OBJECT
public:
    explicit ReportView(const UiContext& context, QWidget* parent = nullptr);
    /// Disconnects the month field first: closing the window moves the focus out of it, and its
    /// editingFinished must not rebuild the tabs of a view being destroyed.
    ~ReportView() override;

    /// Builds and shows the report of `month`; false (and a message) when it cannot be built.
    bool showMonth(const services::ReportMonth& month);
    /// Builds `month` in the background (UiContext::loadReportsInBackground) with a busy note; the
    /// screen stays usable; firstSectionShown() and then reportShown() follow. Without background
    /// loading: showMonth().
    void requestMonth(const services::ReportMonth& month);
    /// True while a report is being built in the background.
    [[nodiscard]] bool isBuilding() const { return building_.has_value(); }
    [[nodiscard]] const std::optional<services::MonthlyReport>& report() const { return report_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    [[nodiscard]] CustomerBaseHoldoutPanel* holdoutPanel() const { return holdout_; }
    [[nodiscard]] QDateEdit* monthEdit() const { return monthEdit_; }
    /// Opens the list of the customers behind a drill-down key (non-modal; deleted on close).
    DrillDownDialog* openDrillDown(const QString& key, const QString& title);
    /// Starts exporting the shown report to `path` (no file dialog) off the GUI thread, on a
    /// connection of its own (the service builds, writes and audits it): the screen stays usable,
    /// the export buttons are off and 正在导出…… shows until exportFinished(). False (nothing
    /// started) when no report is shown or an export runs. A failure is told to the user.
    bool exportTo(services::ReportFormat format, const QString& path);
    /// True from exportTo() until exportFinished(), and while the month close saves (the two
    /// share the exports row and run one at a time).
    [[nodiscard]] bool isExporting() const;
    /// Opens the print preview of the current tab's section (PdfReportWriter::render).
    void printCurrentTab();
    /// What printCurrentTab() previews, painted on `device` (a PDF file in tests); false when
    /// no complete report is shown or the device cannot be painted on.
    bool printCurrentTabTo(QPagedPaintDevice& device) const;
    /// The report section id of the current tab ("composition", "abc", …), empty when none.
    [[nodiscard]] QString currentSectionId() const;

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    /// The report's first tab is shown (the others may still be building); always before
    /// reportShown() of the same report, also when the whole report arrived at once.
    void firstSectionShown();
    /// A report was built and its tabs are shown (or its error was reported).
    void reportShown();
    /// An export started by exportTo() ended: `ok` (the file is complete at `path`) or its error
    /// was shown; after the saved-file notice of an export chosen with the buttons.
    void exportFinished(bool ok, const QString& path);
    /// The month close (月末保存 ABC 排名…, saved off the GUI thread) ended: `ok` and confirmed,
    /// or its error was shown.
    void abcRunSaved(bool ok);

private:
    using Sections = std::shared_ptr<const std::vector<report::ReportSection>>;
    void refresh();
    /// Gives the model page the stored class boundaries (its text while no fit is stored).
    void showLifecycle();
    /// Shows a built report (or its error); true when shown.
    /// `sections`: the report's screen tables, built with it off the GUI thread; null: built here.
    bool apply(services::Result<services::MonthlyReport> built, Sections sections = nullptr);
    /// Shows the first section of the report being built (MonthlyReport::complete false).
    void applyFirst(services::MonthlyReport partial, Sections sections);
    /// The compare line and the buttons for the report on screen.
    void showHeader();
    void rebuildTabs();
    void chooseExport(services::ReportFormat format);
    /// The end of an export (GUI thread): buttons back on, the notice or the error.
    void exportDone(const services::VoidResult& outcome, const QString& path, bool notice);
    /// Month close: saves the shown month's ABC ranking (manager, confirmed, audited) off the GUI
    /// thread; abcRunSaved() follows.
    void saveAbcRun();
    [[nodiscard]] QString classOf(domain::CustomerId id) const;

    const UiContext& context_;
    QDateEdit* monthEdit_ = nullptr;
    QLabel* compareLabel_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    CustomerBaseHoldoutPanel* holdout_ = nullptr;  ///< manager only; null otherwise
    QPushButton* pdfButton_ = nullptr;
    QPushButton* xlsxButton_ = nullptr;
    QPushButton* csvButton_ = nullptr;
    QLabel* busyLabel_ = nullptr;
    QLabel* exportBusy_ = nullptr;  ///< 正在导出…… while an export runs (manager's row)
    BackgroundJob* exportJob_ = nullptr;  ///< the export or month close off the GUI thread
    bool exportNotice_ = false;           ///< the export being started was chosen with a button
    ReportLoader* loader_ = nullptr;      ///< background builds (owned, child)
    std::optional<services::ReportMonth> building_;  ///< the month being built
    QPushButton* saveAbcButton_ = nullptr;
    QPushButton* printButton_ = nullptr;
    std::optional<services::MonthlyReport> report_;  ///< possibly only its first section
    Sections sections_;        ///< report_'s tables on screen (ReportTables::forScreen)
    bool firstShown_ = false;  ///< firstSectionShown() emitted for the report being built
};

}  // namespace hc::ui
