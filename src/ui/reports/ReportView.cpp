#include "hc/ui/ReportView.h"

#include "ReportLoader.h"
#include "shell/FreedMemory.h"
#include "widgets/BackgroundJob.h"

#include "hc/domain/Role.h"
#include "hc/report/PdfReportWriter.h"
#include "hc/report/ReportExporter.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CustomerBaseHoldoutPanel.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/PrintPreview.h"
#include "hc/ui/ReportSectionPage.h"
#include "hc/ui/ReportText.h"
#include "hc/ui/SavedFileNotice.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <utility>

#include <spdlog/spdlog.h>

namespace hc::ui {

ReportView::ReportView(const UiContext& context, QWidget* parent)
    : QWidget(parent), context_(context) {
    setObjectName(QStringLiteral("reportView"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("报表月份:"), this));
    monthEdit_ = new QDateEdit(this);
    monthEdit_->setObjectName(QStringLiteral("reportMonthEdit"));
    monthEdit_->setDisplayFormat(QStringLiteral("yyyy-MM"));
    monthEdit_->setCalendarPopup(false);
    // The last complete month by the screens' clock (the system clock unless a tool fixes today).
    const QDate today = context_.today();
    monthEdit_->setDate(today.addMonths(-1));
    bar->addWidget(monthEdit_);
    auto* show = new QPushButton(tr("生成报表"), this);
    show->setObjectName(QStringLiteral("reportShowButton"));
    bar->addWidget(show);
    bar->addStretch(1);
    pdfButton_ = new QPushButton(tr("导出 PDF"), this);
    xlsxButton_ = new QPushButton(tr("导出 Excel"), this);
    csvButton_ = new QPushButton(tr("导出 CSV"), this);
    printButton_ = new QPushButton(tr("打印本页…"), this);
    printButton_->setObjectName(QStringLiteral("reportPrintButton"));
    printButton_->setToolTip(tr("打印当前标签页的报表（先预览）"));
    printButton_->setEnabled(false);
    bar->addWidget(printButton_);
    connect(printButton_, &QPushButton::clicked, this, &ReportView::printCurrentTab);
    const bool manager = context_.user.role == domain::Role::Manager;
    saveAbcButton_ = new QPushButton(tr("月末保存 ABC 排名…"), this);
    saveAbcButton_->setObjectName(QStringLiteral("saveAbcButton"));
    saveAbcButton_->setToolTip(tr("保存本月 ABC 排名,下月报表据此比较名次变化"));
    // The exports and the ABC snapshot (manager) on a second row, right-aligned under the print
    // button: on one row the English toolbar needs about 1,450 px, wider than a 1366 px screen.
    auto* exports = new QHBoxLayout;
    // 正在导出…… while an export runs off the GUI thread (the screen stays usable).
    exportBusy_ = new QLabel(this);
    exportBusy_->setObjectName(QStringLiteral("reportExportBusyLabel"));
    exportBusy_->setStyleSheet(QStringLiteral("color: #1a73e8; font-weight: 600;"));
    exportBusy_->setVisible(false);
    exports->addWidget(exportBusy_);
    exports->addStretch(1);
    exportJob_ = new BackgroundJob(this);
    for (auto* b : {pdfButton_, xlsxButton_, csvButton_, saveAbcButton_}) {
        b->setEnabled(false);
        b->setVisible(manager);
        exports->addWidget(b);
    }
    layout->addLayout(bar);
    if (manager) {
        layout->addLayout(exports);
    } else {
        delete exports;  // the buttons stay children of the view, hidden
    }
    // What the figures are as of, on its own line (it names today while the month runs).
    compareLabel_ = new QLabel(this);
    compareLabel_->setObjectName(QStringLiteral("reportCompareLabel"));
    compareLabel_->setWordWrap(true);
    layout->addWidget(compareLabel_);
    // Shown while a report is built in the background; the screen stays usable meanwhile.
    busyLabel_ = new QLabel(this);
    busyLabel_->setObjectName(QStringLiteral("reportBusyLabel"));
    busyLabel_->setStyleSheet(QStringLiteral("color: #1a73e8; font-weight: 600;"));
    busyLabel_->setVisible(false);
    layout->addWidget(busyLabel_);
    if (context_.loadReportsInBackground && context_.reports != nullptr) {
        loader_ = new ReportLoader(*context_.reports, this);
        // Built ahead in the background: the screen shows the default month at once when it is
        // first opened (the loader's service keeps it per data version; docs/performance.md).
        loader_->warmUp(services::ReportMonth::of(monthEdit_->date()), context_.warmUps);
    }
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("reportTabs"));
    layout->addWidget(tabs_, 1);
    if (manager && context_.reports != nullptr) {
        // The customer-base model's refit and holdout check (manager); kept across reports.
        holdout_ = new CustomerBaseHoldoutPanel(
            context_.reports->customerBase(), context_.user, [this] { return context_.today(); },
            this);
        tabs_->addTab(holdout_, tr("模型检验"));
        showLifecycle();
        connect(holdout_, &CustomerBaseHoldoutPanel::modelRefitted, this, [this] {
            if (report_) {
                requestMonth(report_->month);
            }
        });
    }
    // Printing covers the report's sections, not the model check page.
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int) {
        printButton_->setEnabled(report_.has_value() && !currentSectionId().isEmpty());
    });

    connect(show, &QPushButton::clicked, this, &ReportView::refresh);
    connect(monthEdit_, &QDateEdit::editingFinished, this, &ReportView::refresh);
    connect(pdfButton_, &QPushButton::clicked, this,
            [this] { chooseExport(services::ReportFormat::Pdf); });
    connect(xlsxButton_, &QPushButton::clicked, this,
            [this] { chooseExport(services::ReportFormat::Xlsx); });
    connect(csvButton_, &QPushButton::clicked, this,
            [this] { chooseExport(services::ReportFormat::Csv); });
    connect(saveAbcButton_, &QPushButton::clicked, this, &ReportView::saveAbcRun);
    if (context_.settingsNotifier != nullptr) {
        // New thresholds: the report on screen is built again with them at once.
        connect(context_.settingsNotifier, &services::SettingsNotifier::changed, this, [this] {
            showLifecycle();
            if (report_) {
                requestMonth(report_->month);
            }
        });
    }
}

void ReportView::showLifecycle() {
    if (holdout_ == nullptr || context_.settings == nullptr) {
        return;
    }
    if (const auto stored = context_.settings->analysis()) {
        holdout_->setLifecycle(stored.value().lifecycle);
    }
}

ReportView::~ReportView() {
    monthEdit_->disconnect(this);
}

void ReportView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!report_ && context_.reports != nullptr) {
        // First time on screen: the chosen month (by default the last complete one).
        QMetaObject::invokeMethod(this, &ReportView::refresh, Qt::QueuedConnection);
    }
}

void ReportView::refresh() {
    const auto month = services::ReportMonth::of(monthEdit_->date());
    if (!report_ || !(report_->month == month)) {
        requestMonth(month);
    }
}

bool ReportView::showMonth(const services::ReportMonth& month) {
    if (context_.reports == nullptr) {
        return false;
    }
    {
        const QSignalBlocker block(monthEdit_);
        monthEdit_->setDate(month.first());
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = context_.reports->build(month);
    QGuiApplication::restoreOverrideCursor();
    return apply(std::move(built));
}

void ReportView::requestMonth(const services::ReportMonth& month) {
    if (loader_ == nullptr) {
        showMonth(month);
        return;
    }
    {
        const QSignalBlocker block(monthEdit_);
        monthEdit_->setDate(month.first());
    }
    if (building_ && *building_ == month) {
        return;  // already on its way
    }
    building_ = month;
    busyLabel_->setText(tr("正在生成 %1 月报表……(可以继续操作)").arg(month.key()));
    busyLabel_->setVisible(true);
    firstShown_ = false;
    loader_->build(
        month,
        [this, month](services::MonthlyReport partial, ReportLoader::Sections sections) {
            if (building_ && *building_ == month) {
                applyFirst(std::move(partial), std::move(sections));
            }
        },
        [this, month](services::Result<services::MonthlyReport> built,
                      ReportLoader::Sections sections) {
            if (!building_ || !(*building_ == month)) {
                return;  // a later request replaced this one
            }
            building_.reset();
            busyLabel_->setVisible(false);
            apply(std::move(built), std::move(sections));
        });
}

void ReportView::applyFirst(services::MonthlyReport partial, Sections sections) {
    report_ = std::move(partial);
    sections_ = std::move(sections);
    showHeader();
    rebuildTabs();
    firstShown_ = true;
    Q_EMIT firstSectionShown();
}

void ReportView::showHeader() {
    const QString asOf = report_->asOf.toString(Qt::ISODate);
    const QString previousAsOf = report_->previousAsOf.toString(Qt::ISODate);
    // A month still running is said so in the composition section's notes (hc_report), the
    // same words as in every export: not repeated here.
    compareLabel_->setText(tr("截至 %1,与上月(截至 %2)比较").arg(asOf, previousAsOf));
    // Exports, month close and printing take the whole report.
    const bool ready = context_.user.role == domain::Role::Manager && report_->complete;
    for (auto* b : {pdfButton_, xlsxButton_, csvButton_, saveAbcButton_}) {
        b->setEnabled(ready && !isExporting());
    }
}

bool ReportView::apply(services::Result<services::MonthlyReport> built, Sections sections) {
    const bool firstShown = std::exchange(firstShown_, false);
    if (!built) {
        if (report_ && !report_->complete) {
            report_.reset();  // the first section of a report that could not be finished
            sections_.reset();
            rebuildTabs();
        }
        QMessageBox::warning(this, tr("报表"), built.error().message);
        Q_EMIT reportShown();
        return false;
    }
    report_ = std::move(built.value());
    sections_ = sections ? std::move(sections) : ReportLoader::screenTables(*report_);
    showHeader();
    rebuildTabs();
    printButton_->setEnabled(!currentSectionId().isEmpty());
    if (!firstShown) {
        Q_EMIT firstSectionShown();
    }
    Q_EMIT reportShown();
    return true;
}

void ReportView::saveAbcRun() {
    if (!report_ || isExporting()) {
        return;
    }
    const QString month = report_->month.key();
    if (QMessageBox::question(this, tr("保存 ABC 排名"),
                              tr("保存 %1 月的 ABC 排名?下月报表将与它比较名次变化;"
                                 "已保存的同月排名会被替换。")
                                  .arg(month)) != QMessageBox::Yes) {
        return;
    }
    // ABC of every customer and its rows written: over 200 ms on a large archive, so off the GUI
    // thread on a connection of its own, on the exports row's job (one at a time).
    services::MonthlyReportService* reports = context_.reports;
    const services::ActingUser user = context_.user;
    const services::ReportMonth m = report_->month;
    auto saved = std::make_shared<std::optional<services::Result<int>>>();
    const bool started = exportJob_->start(
        [reports, user, m, saved] {
            if (auto own = reports->openSibling()) {  // opened, used and closed on this thread
                *saved = own->saveAbcRun(user, m);
            }
            releaseFreedMemory();
        },
        [this, reports, user, m, saved, month] {
            if (!*saved) {
                *saved = reports->saveAbcRun(user, m);  // no second connection: here
            }
            exportBusy_->setVisible(false);
            if (report_) {
                showHeader();
            }
            const auto& r = **saved;
            if (!r) {
                QMessageBox::warning(this, tr("保存 ABC 排名"), r.error().message);
                Q_EMIT abcRunSaved(false);
                return;
            }
            QMessageBox::information(
                this, tr("保存 ABC 排名"),
                tr("已保存 %1 月 ABC 排名:%2 位客户。").arg(month).arg(r.value()));
            Q_EMIT abcRunSaved(true);
        });
    if (!started) {
        return;
    }
    exportBusy_->setText(tr("正在保存 %1 月 ABC 排名……").arg(month));
    exportBusy_->setVisible(true);
    for (auto* b : {pdfButton_, xlsxButton_, csvButton_, saveAbcButton_}) {
        b->setEnabled(false);
    }
}

QString ReportView::currentSectionId() const {
    // The tabs follow the report's section order (rebuildTabs).
    static const char* const kIds[] = {"composition",  "abc",        "matrix",
                                       "rfm",          "churn",      "winback",
                                       "satisfaction", "complaints", "customer_base"};
    const int index = tabs_->currentIndex();
    if (!report_ || !report_->complete || index < 0 || index >= static_cast<int>(std::size(kIds)) ||
        tabs_->widget(index) == holdout_) {
        return {};
    }
    return QString::fromLatin1(kIds[index]);
}

void ReportView::printCurrentTab() {
    if (!report_ || !report_->complete) {
        return;
    }
    const QString section = currentSectionId();
    const auto report = *report_;
    PrintPreview::open(this, tr("打印报表 · %1").arg(tabs_->tabText(tabs_->currentIndex())),
                       [report, section](QPrinter& printer) {
                           return report::PdfReportWriter::render(report, printer, section);
                       });
}

bool ReportView::printCurrentTabTo(QPagedPaintDevice& device) const {
    if (!report_ || !report_->complete) {
        return false;
    }
    return report::PdfReportWriter::render(*report_, device, currentSectionId());
}

void ReportView::rebuildTabs() {
    const int current = tabs_->currentIndex();
    while (tabs_->count() > 0) {
        QWidget* w = tabs_->widget(0);
        tabs_->removeTab(0);
        if (w != holdout_) {
            w->setParent(nullptr);  // gone from the screen now (its labels too), deleted later
            w->deleteLater();
        }
    }
    if (!report_) {
        if (holdout_ != nullptr) {
            tabs_->addTab(holdout_, tr("模型检验"));
            showLifecycle();
        }
        return;
    }
    const auto& r = *report_;
    if (!sections_) {
        sections_ = ReportLoader::screenTables(r);
    }
    const ReportSectionPage::Drill drill = [this](const QString& key, const QString& title) {
        openDrillDown(key, title);
    };
    // Every page renders hc_report's tables of its section (the exports' tables); the sections of
    // a report still being built are not there yet: a note each, not clickable.
    const auto section = [this, &r, &drill](const char* id, const QString& title) {
        for (const auto& s : *sections_) {
            if (s.id == QLatin1String(id)) {
                tabs_->addTab(ReportSectionPage::build(sections_, s, r, drill), title);
                return;
            }
        }
        auto* pending = new QLabel(tr("正在生成……"));
        pending->setObjectName(QStringLiteral("reportPendingSection"));
        pending->setAlignment(Qt::AlignCenter);
        tabs_->setTabEnabled(tabs_->addTab(pending, title), false);
    };
    const bool complete = r.complete;
    section("composition", tr("客户构成"));
    section("abc", tr("ABC 分析"));
    section("matrix", tr("忠诚度×贡献度"));
    section("rfm", tr("RFM"));
    section("churn", tr("流失分析"));
    section("winback", tr("流失招揽"));
    section("satisfaction", tr("满意度"));
    section("complaints", tr("投诉与2123"));
    section("customer_base", tr("客户基础"));
    if (holdout_ != nullptr) {
        tabs_->addTab(holdout_, tr("模型检验"));
        showLifecycle();
    }
    if (current >= 0 && current < tabs_->count() && tabs_->isTabEnabled(current)) {
        tabs_->setCurrentIndex(current);
    } else if (!complete) {
        tabs_->setCurrentIndex(0);  // the section that is there
    }
}

QString ReportView::classOf(domain::CustomerId id) const {
    for (const char* key : {"loyal", "swing", "lost", "invalid", "no_visit"}) {
        const auto& ids =
            report_->customersBehind(QStringLiteral("composition.") + QString::fromLatin1(key));
        if (std::binary_search(ids.begin(), ids.end(), id)) {
            return ReportText::compositionRow(QString::fromLatin1(key));
        }
    }
    return {};
}

DrillDownDialog* ReportView::openDrillDown(const QString& key, const QString& title) {
    if (!report_) {
        return nullptr;
    }
    std::vector<DrillDownDialog::Entry> entries;
    for (const auto id : report_->customersBehind(key)) {
        entries.push_back({id, report_->nameOf(id), classOf(id)});
    }
    auto* dialog = new DrillDownDialog(context_, tr("%1 月 %2").arg(report_->month.key(), title),
                                       std::move(entries), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProperty("drillKey", key);
    dialog->open();
    return dialog;
}

void ReportView::chooseExport(services::ReportFormat format) {
    if (!report_) {
        return;
    }
    QString filter;
    switch (format) {
        case services::ReportFormat::Pdf:
            filter = tr("PDF 文件 (*.pdf)");
            break;
        case services::ReportFormat::Xlsx:
            filter = tr("Excel 文件 (*.xlsx)");
            break;
        case services::ReportFormat::Csv:
            filter = tr("CSV 文件 (*.csv)");
            break;
        case services::ReportFormat::Json:
            filter = tr("JSON 文件 (*.json)");
            break;
    }
    const QString suggested =
        QDir::home().filePath(tr("月报-%1.%2").arg(report_->month.key(), services::toKey(format)));
    const QString path = QFileDialog::getSaveFileName(this, tr("导出报表"), suggested, filter);
    if (!path.isEmpty()) {
        exportNotice_ = true;  // "saved to … — open / open folder" when it is done
        exportTo(format, path);
    }
}

bool ReportView::isExporting() const {
    return exportJob_->isRunning();
}

bool ReportView::exportTo(services::ReportFormat format, const QString& path) {
    const bool notice = std::exchange(exportNotice_, false);
    if (!report_ || !report_->complete || context_.reports == nullptr || isExporting()) {
        return false;
    }
    // Built, written and audited by the service on a connection of its own, off the GUI thread
    // (a 100 000-customer XLSX or PDF takes seconds). Without a second connection: here.
    services::MonthlyReportService* reports = context_.reports;
    const services::ActingUser user = context_.user;
    const services::ReportMonth month = report_->month;
    auto outcome = std::make_shared<std::optional<services::VoidResult>>();
    const auto run = [user, month, format, path](services::MonthlyReportService& service) {
        const auto written = service.exportReport(user, month, format, path,
                                                  report::ReportExporter::writer(format, path));
        return written ? services::VoidResult(services::Done{})
                       : services::VoidResult(written.error());
    };
    exportBusy_->setText(tr("正在导出 %1 月报表……").arg(month.key()));
    exportBusy_->setVisible(true);
    for (auto* b : {pdfButton_, xlsxButton_, csvButton_, saveAbcButton_}) {
        b->setEnabled(false);
    }
    exportJob_->start(
        [reports, run, outcome] {
            if (auto own = reports->openSibling()) {  // opened, used and closed on this thread
                *outcome = run(*own);
            }
            releaseFreedMemory();  // the report built for the file
        },
        [this, reports, run, outcome, path, notice] {
            if (!*outcome) {
                *outcome = run(*reports);
            }
            exportDone(**outcome, path, notice);
        });
    return true;
}

void ReportView::exportDone(const services::VoidResult& outcome, const QString& path, bool notice) {
    exportBusy_->setVisible(false);
    if (report_) {
        showHeader();  // the export buttons again
    }
    if (!outcome) {
        QMessageBox::warning(this, tr("导出报表"), outcome.error().message);
        Q_EMIT exportFinished(false, path);
        return;
    }
    if (auto log = spdlog::get("ui")) {
        log->info("report {} exported", path.toStdString());
    }
    if (notice) {
        SavedFileNotice::show(this, tr("导出报表"), path);
    }
    Q_EMIT exportFinished(true, path);
}

}  // namespace hc::ui
