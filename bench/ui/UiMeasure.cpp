// hc_ui_measure: how the app feels on a large archive, measured the way a user meets it.
//
// Opens the database with the app's own wiring (hc::app::AppServices, as src/app/main.cpp: every
// service, background card, report and follow-up loading), shows the main window offscreen at
// 1366×728 as the manager and measures, with a 5 ms heartbeat timer on the GUI thread:
//   - startup: open (quick_check, migrations) + search index refresh + main window shown;
//   - report: from switching to the report screen until its first tab is shown
//     (firstSectionShown: usable) and until every tab is (reportShown);
//   - callbacks: from switching to the callback screen until the list is shown (listLoaded), and
//     until the first item's summary shows its card read (summaryLoaded);
//   - the largest gap between heartbeats in each phase, and the largest GUI-thread CPU time between
//     two heartbeats ("busy": the stall an idle machine would show; the wall gap also holds the
//     time the thread waited for a core on a loaded machine);
//   - RSS (VmRSS) and peak RSS (VmHWM) after visiting every screen and every tab.
//   - the process's CPU time (user + sys) and the load average at the end.
// --order report-first (default) opens the report screen first, callbacks-first the callback
// screen first, each at once after login (or after --pause-ms): the worst case of each screen.
// --jobs adds, after the screens, the report export (XLSX and PDF) and a backup: each once on the
// GUI thread as before issue 9 item 11 (the service called directly: the stall the user had) and
// once through the screens (ReportView::exportTo, BackupDialog::backupNow: off the GUI thread),
// with the time until the end and the largest gap and busy time of the GUI thread meanwhile.
// Usage: hc_ui_measure --db FILE [--today YYYY-MM-DD] [--pause-ms N]
//                      [--order report-first|callbacks-first] [--jobs]
//        (docs/performance.md, "Screens at 100 000 customers", "Cold start")
#include "hc/app/AppServices.h"
#include "hc/report/ReportExporter.h"
#include "hc/services/BackupService.h"
#include "hc/services/DuplicateService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/SearchService.h"
#include "hc/services/UserService.h"
#include "hc/storage/Database.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/FollowUpListModel.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/UiContext.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTabWidget>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>

namespace {

/// The longest gap between two ticks of a 5 ms timer on the GUI thread since the last reset.
class Heartbeat {
public:
    Heartbeat() {
        timer_.setInterval(5);
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, [this] { tick(); });
        clock_.start();
        last_ = clock_.nsecsElapsed();
        timer_.start();
    }
    /// The largest gap (ms) since the last call; starts a new phase.
    double takeMaxGapMs() {
        tick();
        const double gap = static_cast<double>(maxGap_) / 1e6;
        maxGap_ = 0;
        return gap;
    }
    /// The largest GUI-thread CPU time (ms) between two ticks since the last call: the stall an
    /// idle machine would show (the wall gaps also hold the time spent waiting for a core).
    double takeMaxBusyMs() {
        tick();
        const double busy = static_cast<double>(maxBusy_) / 1e6;
        maxBusy_ = 0;
        return busy;
    }

private:
    static qint64 threadCpuNs() {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<qint64>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    void tick() {
        const qint64 now = clock_.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        maxGap_ = std::max(maxGap_, now - last_);
        maxBusy_ = std::max(maxBusy_, cpu - lastCpu_);
        last_ = now;
        lastCpu_ = cpu;
    }
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    qint64 maxGap_ = 0;
    qint64 lastCpu_ = threadCpuNs();
    qint64 maxBusy_ = 0;
};

/// Runs the event loop until `signal` of `sender` fires (or 120 s pass); milliseconds waited.
template <typename Sender, typename Signal>
double waitFor(Sender* sender, Signal signal, const std::function<void()>& start) {
    QEventLoop loop;
    QElapsedTimer t;
    const auto c = QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    t.start();
    start();
    loop.exec();
    QObject::disconnect(c);
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

long statusKb(const char* field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

/// CPU seconds (user + sys) of each named thread of this process ("hc-report-loade" …; Linux
/// keeps 15 characters of a thread's name).
QString threadCpu() {
    QStringList parts;
    const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    for (const QString& tid :
         QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            continue;
        }
        const QString name = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        // After the name: state, then fields 4…; utime and stime are fields 14 and 15.
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 13) {
            continue;
        }
        const double cpu = (fields[11].toDouble() + fields[12].toDouble()) / tick;
        if (cpu >= 0.05) {
            parts << QStringLiteral("%1 %2 s").arg(name).arg(cpu, 0, 'f', 2);
        }
    }
    return parts.join(QStringLiteral(", "));
}

/// The report export and the backup, before (on the GUI thread) and now (through the screens, in
/// the background): one line each.
void measureJobs(hc::ui::UiContext& context, hc::ui::ReportView& report, Heartbeat& heartbeat,
                 const QString& folder) {
    const auto line = [&heartbeat](const char* what, double ms) {
        std::printf("%-40s %8.0f %14.1f %14.1f\n", what, ms, heartbeat.takeMaxGapMs(),
                    heartbeat.takeMaxBusyMs());
    };
    if (!report.report() || !report.report()->complete) {
        std::fprintf(stderr, "no complete report on screen: no export measured\n");
        return;
    }
    const auto month = report.report()->month;
    for (const auto format : {hc::services::ReportFormat::Xlsx, hc::services::ReportFormat::Pdf}) {
        const QString key = hc::services::toKey(format);
        const QString before = QDir(folder).filePath(QStringLiteral("gui-thread.") + key);
        const QString now = QDir(folder).filePath(QStringLiteral("background.") + key);
        settle(100);
        (void)heartbeat.takeMaxGapMs();
        (void)heartbeat.takeMaxBusyMs();
        QElapsedTimer t;
        t.start();
        const auto written =
            context.reports->exportReport(context.user, month, format, before,
                                          hc::report::ReportExporter::writer(format, before));
        const double syncMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!written) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(written.error().message));
        }
        line(qPrintable(QStringLiteral("export %1 on the GUI thread (before)").arg(key)), syncMs);
        settle(100);
        (void)heartbeat.takeMaxGapMs();
        (void)heartbeat.takeMaxBusyMs();
        const double asyncMs = waitFor(&report, &hc::ui::ReportView::exportFinished,
                                       [&] { report.exportTo(format, now); });
        line(qPrintable(QStringLiteral("export %1 in the background (now)").arg(key)), asyncMs);
        QFile::remove(before);
        QFile::remove(now);
    }
    // Still on the GUI thread (listed in docs/performance.md): printing a tab (the preview paints
    // on the GUI thread) and the month close.
    double printMax = 0;
    QString printTab;
    auto* tabs = report.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (report.currentSectionId().isEmpty()) {
            continue;
        }
        const QString pdf = QDir(folder).filePath(QStringLiteral("print.pdf"));
        QPdfWriter writer(pdf);
        QElapsedTimer t;
        t.start();
        (void)report.printCurrentTabTo(writer);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (ms > printMax) {
            printMax = ms;
            printTab = report.currentSectionId();
        }
        QFile::remove(pdf);
    }
    {
        // printCurrentTab() hands the preview a copy of the whole report.
        QElapsedTimer t;
        t.start();
        const auto copy = *report.report();
        printMax += static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    (void)heartbeat.takeMaxGapMs();
    (void)heartbeat.takeMaxBusyMs();
    std::printf("%-40s %8.0f %14s %14s\n",
                qPrintable(QStringLiteral("print one tab + report copy (%1)").arg(printTab)),
                printMax, "GUI thread", "");
    {
        QElapsedTimer t;
        t.start();
        const auto saved = context.reports->saveAbcRun(context.user, month);
        std::printf("%-40s %8.0f %14s %14s\n", "month close: save the ABC ranking",
                    static_cast<double>(t.nsecsElapsed()) / 1e6, "GUI thread",
                    saved ? "" : "failed");
        (void)heartbeat.takeMaxGapMs();
        (void)heartbeat.takeMaxBusyMs();
    }
    if (context.duplicates != nullptr) {
        QElapsedTimer t;
        t.start();
        const auto found = context.duplicates->find(context.user);
        std::printf("%-40s %8.0f %14s %14s\n", "duplicates: the groups (dialog opened)",
                    static_cast<double>(t.nsecsElapsed()) / 1e6, "GUI thread",
                    found ? qPrintable(QString::number(found.value().size())) : "failed");
        (void)heartbeat.takeMaxGapMs();
        (void)heartbeat.takeMaxBusyMs();
    }
    if (context.backups == nullptr) {
        return;
    }
    settle(100);
    (void)heartbeat.takeMaxGapMs();
    (void)heartbeat.takeMaxBusyMs();
    QElapsedTimer t;
    t.start();
    const auto made = context.backups->create(QStringLiteral("manual"));
    const double syncMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (!made) {
        std::fprintf(stderr, "backup failed: %s\n", qPrintable(made.error().message));
    }
    line("backup on the GUI thread (before)", syncMs);
    settle(100);
    (void)heartbeat.takeMaxGapMs();
    (void)heartbeat.takeMaxBusyMs();
    hc::ui::BackupDialog dialog(*context.backups, context.user);
    const double asyncMs =
        waitFor(&dialog, &hc::ui::BackupDialog::backupFinished, [&] { dialog.backupNow(); });
    line("backup in the background (now)", asyncMs);
}

}  // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
    // As the app (src/app/main.cpp): one malloc arena: the loader threads (cards, reports, callback
    // list) each got an arena of their own that kept the freed memory of every 100 000-customer
    // read — 358 MB RSS after visiting every screen instead of 241 MB (docs/performance.md,
    // "Screens at 100 000 customers").
    mallopt(M_ARENA_MAX, 1);
#endif
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QString path;
    QDate today(2026, 6, 30);  // the as-of date of the documented demo
    // How long the user looks at the first screen before opening the report screen (0: at once,
    // the worst case; the screens plan and build ahead in the background meanwhile).
    int pauseMs = 0;
    QString order = QStringLiteral("report-first");  // which screen is opened first
    const QStringList args = QApplication::arguments();
    const bool jobs = args.contains(QStringLiteral("--jobs"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--db")) {
            path = args[i + 1];
        } else if (args[i] == QStringLiteral("--today")) {
            today = QDate::fromString(args[i + 1], Qt::ISODate);
        } else if (args[i] == QStringLiteral("--pause-ms")) {
            pauseMs = args[i + 1].toInt();
        } else if (args[i] == QStringLiteral("--order")) {
            order = args[i + 1];
        }
    }
    const bool callbacksFirst = order == QStringLiteral("callbacks-first");
    if (path.isEmpty() || !today.isValid() ||
        (!callbacksFirst && order != QStringLiteral("report-first"))) {
        std::fprintf(stderr,
                     "usage: hc_ui_measure --db FILE [--today YYYY-MM-DD] [--pause-ms N] "
                     "[--order report-first|callbacks-first] [--jobs]\n");
        return 2;
    }
    QElapsedTimer total;
    total.start();
    std::unique_ptr<hc::storage::Database> db;
    try {
        hc::storage::Database::Options options;
        options.create = false;
        db = hc::storage::Database::open(path, options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), e.what());
        return 1;
    }
    const QDateTime now(today, QTime(10, 0));
    const hc::services::Clock clock = [now] { return now; };
    hc::app::AppServices wiring(*db, clock, hc::domain::MessageLanguage::Zh);
    (void)wiring.search().refreshIndex();
    hc::ui::UiContext& context = wiring.context();
    hc::services::UserService& users = wiring.users();
    context.loadCardsInBackground = true;
    context.loadReportsInBackground = true;
    context.loadFollowUpsInBackground = true;
    context.clock = clock;  // the callback screen's day from the start, as the app's system clock
    context.user = {0, QStringLiteral("measure"), hc::domain::Role::Manager};
    const auto allUsers = users.users();
    const std::vector<hc::services::UserInfo> noUsers;
    for (const auto& u : allUsers.ok() ? allUsers.value() : noUsers) {
        if (u.role == hc::domain::Role::Manager && u.active) {
            context.user = {u.id, u.username, u.role};
            break;
        }
    }

    Heartbeat heartbeat;
    hc::ui::MainWindow window(context, path);
    window.resize(1366, 728);
    window.show();
    settle(50);
    const double startupMs = static_cast<double>(total.nsecsElapsed()) / 1e6;
    const double startupGap = heartbeat.takeMaxGapMs();
    const double startupBusy = heartbeat.takeMaxBusyMs();

    auto* report = window.findChild<hc::ui::ReportView*>();
    auto* callbacks = window.callbackView();
    if (report == nullptr || callbacks == nullptr) {
        std::fprintf(stderr, "the user sees no report or callback screen\n");
        return 1;
    }
    if (pauseMs > 0) {
        settle(pauseMs);  // its gaps count in the first screen's figures
    }
    // The report screen: until its first tab is shown (usable) and until every tab is.
    double reportFirstMs = 0;
    double reportMs = 0;
    double reportGap = 0;
    double reportBusy = 0;
    const auto openReport = [&] {
        QElapsedTimer t;
        const auto c = QObject::connect(report, &hc::ui::ReportView::firstSectionShown, [&] {
            reportFirstMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        });
        reportMs = waitFor(report, &hc::ui::ReportView::reportShown, [&] {
            t.start();
            window.showPage(QStringLiteral("reports"));
        });
        QObject::disconnect(c);
        settle(100);  // the tabs are painted
        reportGap = heartbeat.takeMaxGapMs();
        reportBusy = heartbeat.takeMaxBusyMs();
    };
    double callbackMs = 0;
    double summaryMs = 0;
    double callbackGap = 0;
    double callbackBusy = 0;
    const auto openCallbacks = [&] {
        callbackMs = waitFor(callbacks, &hc::ui::CallbackView::listLoaded, [&] {
            callbacks->setClock(clock);  // starts planning the list
            window.showPage(QStringLiteral("callbacks"));
        });
        if (callbacks->currentItem()) {
            summaryMs = waitFor(callbacks, &hc::ui::CallbackView::summaryLoaded, [] {});
        }
        settle(100);
        callbackGap = heartbeat.takeMaxGapMs();
        callbackBusy = heartbeat.takeMaxBusyMs();
    };
    if (callbacksFirst) {
        openCallbacks();
        openReport();
    } else {
        openReport();
        openCallbacks();
    }
    const int items = callbacks->model()->rowCount();

    // Every screen and every tab, as a user looking around would.
    for (const QString& key : window.pageKeys()) {
        window.showPage(key);
        settle(150);
        for (auto* tabs : window.findChildren<QTabWidget*>()) {
            if (!tabs->isVisible()) {
                continue;
            }
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                settle(50);
            }
        }
    }
    settle(500);  // background reads started by the pages (card warm-up) end
    const double visitGap = heartbeat.takeMaxGapMs();
    const double visitBusy = heartbeat.takeMaxBusyMs();
    const long rss = statusKb("VmRSS");
    const long hwm = statusKb("VmHWM");
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& tv) {
        return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6;
    };
    const double cpuUser = seconds(usage.ru_utime);
    const double cpuSys = seconds(usage.ru_stime);
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load =
        loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().split(' ').value(0) : QByteArray("?");

    std::printf("%-40s %8s %14s %14s\n", "phase", "ms", "max gap (ms)", "max busy (ms)");
    std::printf("%-40s %8.0f %14.1f %14.1f\n", "startup (open, index refresh, window)", startupMs,
                startupGap, startupBusy);
    std::printf("order: %s\n", qPrintable(order));
    std::printf("%-40s %8.0f %14s %14s\n", "report screen usable (first tab)", reportFirstMs, "",
                "");
    std::printf("%-40s %8.0f %14.1f %14.1f\n", "report screen complete (every tab)", reportMs,
                reportGap, reportBusy);
    std::printf("%-40s %8.0f %14s %14s\n", "callback list usable", callbackMs, "", "");
    std::printf("%-40s %8.0f %14.1f %14.1f\n", "callback summary with its card", summaryMs,
                callbackGap, callbackBusy);
    std::printf("%-40s %8s %14.1f %14.1f\n", "every screen and tab visited", "", visitGap,
                visitBusy);
    std::printf("callback items %d; RSS after every screen %ld MB, peak %ld MB\n", items,
                rss / 1024, hwm / 1024);
    std::printf("CPU %.2f s user + %.2f s sys; load average %s\n", cpuUser, cpuSys,
                load.constData());
    std::printf("CPU by thread: %s\n", qPrintable(threadCpu()));
    if (jobs) {
        window.showPage(QStringLiteral("reports"));
        measureJobs(context, *report, heartbeat, QFileInfo(path).absolutePath());
    }
    std::printf(
        "{\"order\":\"%s\",\"startup_ms\":%.0f,\"report_first_tab_ms\":%.0f,\"report_ms\":%.0f,"
        "\"callbacks_ms\":%.0f,\"summary_ms\":%.0f,\"max_gap_ms\":%.1f,\"max_busy_ms\":%.1f,"
        "\"rss_mb\":%ld,\"peak_rss_mb\":%ld,\"callback_items\":%d,\"cpu_user_s\":%.2f,"
        "\"cpu_sys_s\":%.2f,\"load1\":%s}\n",
        qPrintable(order), startupMs, reportFirstMs, reportMs, callbackMs, summaryMs,
        std::max({reportGap, callbackGap, visitGap}),
        std::max({reportBusy, callbackBusy, visitBusy}), rss / 1024, hwm / 1024, items, cpuUser,
        cpuSys, load.constData());
    return 0;
}
