#pragma once

#include "hc/services/ImportMapping.h"
#include "hc/services/ImportSummary.h"
#include "hc/services/ImportTable.h"
#include "hc/services/Result.h"
#include "hc/ui/UiContext.h"

#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace hc::ui {

class BackgroundJob;

/// 导入向导 (manager, 数据 > 导入…): choose a file (CSV in any encoding, or .xlsx and its sheet)
/// → columns mapped from their headers, changeable per column, saved as named profiles →
/// preview of the first 200 rows with each problem at its cell → dry run with the summary →
/// import with progress and cancel (nothing kept when cancelled) → result with the rejects file
/// and "open". The dry runs and the import run on a thread of their own, on a second connection
/// (VisitImportService::openSibling). 导入内容 on the file page: visits, or a customer list
/// (CustomerRowMapper's columns, CustomerImportService::openSibling). docs/user-guide.md
/// "导入历史数据".
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage, DryRunPage, ResultPage };
    static constexpr int kPreviewRows = 200;

    explicit ImportWizard(const UiContext& context, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// The file to import (as if chosen with 浏览…).
    void setFilePath(const QString& path);
    /// The table read from the file (after the file page).
    [[nodiscard]] const services::ImportTable& table() const { return table_; }
    /// The mapping as chosen on the mapping page: every column of the file → field ("" = not
    /// imported).
    [[nodiscard]] services::ImportMapping mapping() const;
    /// True while a dry run or the import runs.
    [[nodiscard]] bool isRunning() const { return thread_ != nullptr; }
    /// The last finished import's summary (nullopt before, after a cancel or an error).
    [[nodiscard]] const std::optional<services::ImportSummary>& imported() const {
        return imported_;
    }
    /// Where the rejects of the import were saved (empty when none).
    [[nodiscard]] QString rejectsFile() const { return rejectsFile_; }
    /// Cancels the running import or dry run (nothing is kept).
    void cancelRun();
    /// Files of at least this size are read off the GUI thread when leaving the file page
    /// (正在读取文件……, then on to the mapping page; fileRead() follows): 200 000 rows of .xlsx
    /// take over a second to read. Smaller files are read at once.
    static constexpr qint64 kReadInBackgroundBytes = 1 << 20;
    /// Another size for that (tests).
    void setReadInBackgroundFrom(qint64 bytes) { readInBackgroundFrom_ = bytes; }
    /// True while a file is read off the GUI thread.
    [[nodiscard]] bool isReadingFile() const;

Q_SIGNALS:
    /// On the GUI thread while a run is going (the worker waits for it, so a slot that calls
    /// cancelRun() stops the run at this point).
    void progressed(int done, int total);
    /// A dry run or the import has ended (ok = finished, not cancelled and no error).
    void runFinished(bool ok);
    /// A file read off the GUI thread is in (ok: the wizard went on to the mapping page) or its
    /// error is shown on the file page.
    void fileRead(bool ok);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    enum class Run { Preview, DryRun, Import };
    void buildFilePage();
    void buildMappingPage();
    void buildPreviewPage();
    void buildDryRunPage();
    void buildResultPage();
    void browse();
    void fileChanged();
    bool readFile();
    [[nodiscard]] bool customerList() const;  ///< 客户名单 chosen on the file page
    void fillMapping();
    void applyProfile(int index);
    void saveProfile();
    void loadProfiles();
    void fillPreview();
    void start(Run run);
    void finished(Run run, const services::Result<services::ImportSummary>& result);
    void showRejectsInPreview(const services::ImportSummary& summary);
    void writeRejects(const services::ImportSummary& summary);
    void waitForRun();
    [[nodiscard]] QString summaryText(const services::ImportSummary& s) const;

    UiContext context_;
    services::ImportTable table_;
    QByteArray bytes_;
    std::optional<services::ImportSummary> imported_;
    QString rejectsFile_;
    std::unique_ptr<QThread> thread_;
    std::atomic<bool> cancel_{false};
    std::optional<services::Result<services::ImportSummary>> result_;
    bool dryRunDone_ = false;
    BackgroundJob* readJob_ = nullptr;  ///< a large file read off the GUI thread
    qint64 readInBackgroundFrom_ = kReadInBackgroundBytes;
    bool tableReady_ = false;  ///< read in the background for the file and sheet chosen
    int fileGeneration_ = 0;   ///< a new file or sheet: a read still running is dropped

    QLineEdit* fileEdit_ = nullptr;
    QComboBox* sheetCombo_ = nullptr;
    QComboBox* kindCombo_ = nullptr;
    QLabel* fileError_ = nullptr;
    QComboBox* profileCombo_ = nullptr;
    QTableWidget* mappingTable_ = nullptr;
    QLineEdit* profileName_ = nullptr;
    QLabel* mappingNote_ = nullptr;
    QTableWidget* preview_ = nullptr;
    QListWidget* problems_ = nullptr;
    QLabel* previewNote_ = nullptr;
    QLabel* dryRunText_ = nullptr;
    QProgressBar* dryRunProgress_ = nullptr;
    QLabel* resultText_ = nullptr;
    QProgressBar* importProgress_ = nullptr;
    QPushButton* cancelImport_ = nullptr;
    QPushButton* openRejects_ = nullptr;
};

}  // namespace hc::ui
