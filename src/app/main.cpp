// huichang: the desktop application. Thin: parses the command line, sets up logging, language and
// fonts, opens the database, wires the services into the ui and shows login, then the main window.
#include "hc/app/AppServices.h"
#include "hc/services/BackupService.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/services/SearchService.h"
#include "hc/services/StorageMessages.h"
#include "hc/services/UserService.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"
#include "hc/ui/LoginDialog.h"
#include "hc/ui/MainWindow.h"
#include "hc/ui/ReceptionView.h"
#include "hc/ui/SessionController.h"
#include "hc/ui/StartupMessages.h"
#include "hc/ui/UiContext.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QKeyEvent>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

namespace {

QString appDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void setUpLogging() {
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    sinks.back()->set_level(spdlog::level::warn);
    const QString logDir = QDir(appDataDir()).filePath(QStringLiteral("logs"));
    if (QDir().mkpath(logDir)) {
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir(logDir).filePath(QStringLiteral("huichang.log")).toStdString(),
                5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex& e) {
            std::fprintf(stderr, "log file unavailable: %s\n", e.what());
        }
    }
    for (const char* name : {"app", "ui", "storage", "services"}) {
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    spdlog::set_default_logger(spdlog::get("app"));
}

void installTranslations(QApplication& app, const QString& lang) {
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto* qt = new QTranslator(&app);
    if (qt->load(lang == QLatin1String("en") ? QStringLiteral("qtbase_en")
                                             : QStringLiteral("qtbase_zh_CN"),
                 qtDir)) {
        QCoreApplication::installTranslator(qt);
    }
    if (lang == QLatin1String("en")) {
        auto* own = new QTranslator(&app);
        // Embedded in the binary; the installed copy (the .deb's /usr/share/huichang/translations,
        // docs/packaging.md) is the fallback, as in huichang-cli.
        const QString installed = QCoreApplication::applicationDirPath() +
                                  QStringLiteral("/../share/huichang/translations");
        if (own->load(QStringLiteral(":/i18n/huichang_en.qm")) ||
            own->load(QStringLiteral("huichang_en"), installed)) {
            QCoreApplication::installTranslator(own);
        } else {
            spdlog::get("app")->warn("English translation not found in the binary");
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    } else {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
}

void setUpFont(QApplication& app) {
    const QStringList wanted = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                                QStringLiteral("Source Han Sans SC"),
                                QStringLiteral("WenQuanYi Micro Hei"),
                                QStringLiteral("Microsoft YaHei")};
    const QStringList available = QFontDatabase::families();
    QStringList families;
    for (const QString& f : wanted) {
        if (available.contains(f)) {
            families << f;
        }
    }
    if (families.isEmpty()) {
        spdlog::get("app")->warn("no CJK font found; Chinese text may not render");
        return;
    }
    QFont font = app.font();
    families << font.family();
    font.setFamilies(families);
    app.setFont(font);
}

void wait(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void pressKey(QWidget* target, Qt::Key key) {
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}

/// --screenshot DIR: grabs the login dialog and every area of the main window as PNGs.
int takeScreenshots(QApplication& app, const QString& dir, hc::ui::UiContext& context,
                    const QString& dbPath, const QString& searchText) {
    QDir().mkpath(dir);
    auto save = [&](QWidget& w, const QString& name) {
        w.repaint();
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (!w.grab().save(file)) {
            spdlog::get("app")->error("cannot write {}", file.toStdString());
        }
    };
    const QString role = hc::domain::roleKey(context.user.role);
    {
        hc::ui::LoginDialog login(*context.users);
        login.setUsername(context.user.username);
        login.show();
        wait(200);
        save(login, QStringLiteral("login"));
    }
    hc::ui::MainWindow window(context, dbPath);
    window.resize(1366, 728);  // a 1366×768 shop PC less the taskbar
    window.show();
    wait(300);
    auto* reception = window.receptionView();
    save(window, QStringLiteral("reception-empty-") + role);
    if (!searchText.isEmpty()) {
        reception->searchEdit()->setText(searchText);
        wait(400);
        save(window, QStringLiteral("reception-search-") + role);
        pressKey(reception->searchEdit(), Qt::Key_Return);
        wait(300);
        save(window, QStringLiteral("reception-card-") + role);
    }
    for (const QString& key : window.pageKeys()) {
        if (key != QLatin1String("reception")) {
            window.showPage(key);
            wait(200);
            save(window, key + QLatin1Char('-') + role);
        }
        if (key == QLatin1String("reports")) {
            // Every tab of the report after the first: reports-<n>-<role>.png.
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("reportTabs"));
            for (int i = 1; tabs != nullptr && i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                wait(200);
                save(window, QStringLiteral("reports-%1-").arg(i) + role);
            }
        }
    }
    window.close();
    Q_UNUSED(app);
    return 0;
}

/// The command line: database, language, and the screenshot mode's options.
struct Options {
    QString dbPath;
    QString lang;  ///< "zh" or "en"
    bool screenshots = false;
    QString screenshotDir;
    QString user;
    bool passwordStdin = false;
    QString search;
};

Options parseOptions(QApplication& app, QSettings& settings) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Huichang 回厂 — car repair shop CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("PATH"),
                                      QDir(appDataDir()).filePath(QStringLiteral("huichang.db")));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language: zh or en (remembered)."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Write screenshots of each screen to DIR "
                                                       "and exit (needs --user)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Username for --screenshot."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input."));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QStringLiteral("Text typed into search for --screenshot."),
        QStringLiteral("TEXT"));
    parser.addOptions(
        {dbOption, langOption, shotOption, userOption, passwordStdinOption, searchOption});
    parser.process(app);

    Options o;
    o.lang = parser.value(langOption).toLower();
    if (o.lang.isEmpty()) {
        o.lang = settings.value(QStringLiteral("ui/language"), QStringLiteral("zh")).toString();
    } else if (o.lang == QLatin1String("zh") || o.lang == QLatin1String("en")) {
        settings.setValue(QStringLiteral("ui/language"), o.lang);
    }
    if (o.lang != QLatin1String("en")) {
        o.lang = QStringLiteral("zh");
    }
    o.dbPath = QDir::cleanPath(QDir().absoluteFilePath(parser.value(dbOption)));
    o.screenshots = parser.isSet(shotOption);
    o.screenshotDir = parser.value(shotOption);
    o.user = parser.value(userOption);
    o.passwordStdin = parser.isSet(passwordStdinOption);
    o.search = parser.value(searchOption);
    return o;
}

std::unique_ptr<hc::storage::Database> tryOpen(const QString& dbPath) {
    try {
        return hc::storage::Database::open(dbPath);
    } catch (const hc::storage::StorageError& e) {
        spdlog::get("app")->error("cannot open {}: {}", dbPath.toStdString(), e.what());
        hc::ui::StartupMessages::databaseOpenFailed(
            hc::services::StorageMessages::describe(e).message, dbPath,
            QString::fromUtf8(e.what()));
        return nullptr;
    }
}

/// Opens the database; a damaged one (read-only after a failed quick_check) is offered the newest
/// verified backup. Null when the user was told why it cannot be opened.
std::unique_ptr<hc::storage::Database> openDatabase(const Options& o,
                                                    const hc::services::Clock& clock) {
    auto db = tryOpen(o.dbPath);
    if (!db || !db->isDamaged() || o.screenshots) {
        return db;
    }
    const auto latest = hc::services::BackupService::latestVerifiedOf(o.dbPath);
    if (!hc::ui::StartupMessages::offerRestore(o.dbPath, db->damageReport(),
                                               latest ? latest->file : QString(),
                                               latest ? latest->created : QDateTime())) {
        return db;
    }
    db.reset();
    std::optional<hc::services::Result<hc::services::BackupEntry>> restored;
    hc::ui::StartupMessages::restoring(
        [&] { restored = hc::services::BackupService::restore(o.dbPath, latest->file, clock); });
    if (!*restored) {
        hc::ui::StartupMessages::backupProblem(restored->error().message);
        return nullptr;
    }
    return tryOpen(o.dbPath);
}

/// Waits for a thread before deleting it (a job still running when main returns early).
struct WaitAndDelete {
    void operator()(QThread* thread) const {
        thread->wait();
        delete thread;
    }
};
using JoinedThread = std::unique_ptr<QThread, WaitAndDelete>;

/// The first start of the day makes the daily backup: on a thread and a connection of its own (a
/// large archive takes seconds to copy and verify, issue 9 item 11), while the login shows. A
/// failure is told on the GUI thread.
JoinedThread startDailyBackup(QApplication& app, hc::services::BackupService& backups) {
    auto log = spdlog::get("app");
    JoinedThread thread(QThread::create([&backups, &app, log] {
        auto tell = [&app, log](const hc::services::ServiceError& error) {
            log->warn("daily backup failed: {}", error.detail.toStdString());
            const QString message = error.message;
            QMetaObject::invokeMethod(
                &app, [message] { hc::ui::StartupMessages::backupProblem(message); },
                Qt::QueuedConnection);
        };
        const auto own = backups.openSibling();
        if (!own) {
            // No second connection: on the GUI thread, as before.
            QMetaObject::invokeMethod(
                &app,
                [&backups, tell] {
                    if (auto daily = backups.dailyIfDue(); !daily) {
                        tell(daily.error());
                    }
                },
                Qt::QueuedConnection);
            return;
        }
        if (auto daily = own->dailyIfDue(); !daily) {
            tell(daily.error());
        }
    }));
    thread->setObjectName(QStringLiteral("hc-daily-backup"));
    thread->start(QThread::LowPriority);
    return thread;
}

/// Before the login: the search index up to date, and at least one user.
bool prepare(const Options& o, hc::app::AppServices& wiring) {
    auto log = spdlog::get("app");
    // Bulk writers (CLI demo/import) leave pinyin to be computed: bring the index up to date.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (auto refreshed = wiring.search().refreshIndex(); !refreshed) {
        log->warn("search index refresh failed: {}", refreshed.error().detail.toStdString());
    }
    QGuiApplication::restoreOverrideCursor();

    const auto existingUsers = wiring.users().users();
    if (!existingUsers) {
        hc::ui::StartupMessages::databaseOpenFailed(existingUsers.error().message, o.dbPath,
                                                    existingUsers.error().detail);
        return false;
    }
    if (existingUsers.value().empty()) {
        hc::ui::StartupMessages::noUsers(o.dbPath);
        return false;
    }
    return true;
}

/// --screenshot: logs in the named user (password on stdin) and grabs every screen.
int runScreenshots(QApplication& app, const Options& o, hc::app::AppServices& wiring) {
    QString password;
    if (o.passwordStdin) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    auto result = wiring.users().login(o.user, password);
    if (!result) {
        std::cerr << result.error().message.toStdString() << std::endl;
        return 1;
    }
    wiring.context().user = result.value();
    return takeScreenshots(app, o.screenshotDir, wiring.context(), o.dbPath, o.search);
}

/// The manager is told at login when the audit log no longer holds together.
void checkAuditAtLogin(hc::services::BackupService& backups, const hc::services::ActingUser& user) {
    QSettings().setValue(QStringLiteral("login/lastUser"), user.username);
    if (user.role != hc::domain::Role::Manager) {
        return;
    }
    if (const auto chain = backups.verifyAudit(); chain && !chain.value().ok) {
        spdlog::get("app")->error("audit chain broken from record {}",
                                  chain.value().firstBadId.value_or(0));
        hc::ui::StartupMessages::auditChainBroken(chain.value().firstBadId.value_or(0),
                                                  chain.value().rows);
    }
}

/// The monthly refit of the customer-base model (docs/customer-base.md): on a thread and a
/// connection of its own at start, when the stored fit is from an earlier month (or missing).
std::unique_ptr<QThread> startMonthlyRefit(hc::services::CustomerBaseModelService& customerBase,
                                           const hc::services::Clock& clock) {
    std::unique_ptr<QThread> thread(QThread::create([&customerBase, &clock] {
        const auto own = customerBase.openSibling();
        if (!own) {
            return;
        }
        auto log = spdlog::get("app");
        const auto refitted = own->refitIfStale(hc::services::ActingUser{}, clock().date());
        if (!refitted) {
            log->info("customer base: no monthly refit: {}",
                      refitted.error().message.toStdString());
        } else if (refitted.value()) {
            log->info("customer base: monthly refit stored as fit {}", refitted.value()->id);
        }
    }));
    thread->start(QThread::LowPriority);
    return thread;
}

/// Interactive use: login → main window → Ctrl+L back to the login, until the app quits.
int runSession(QApplication& app, const Options& o, QSettings& settings,
               hc::app::AppServices& wiring, const hc::services::Clock& clock) {
    hc::ui::UiContext& context = wiring.context();
    // Customer cards, reports and the callback list are read off the GUI thread (screenshots stay
    // synchronous).
    context.loadCardsInBackground = true;
    context.loadReportsInBackground = true;
    context.loadFollowUpsInBackground = true;
    context.loadDuplicatesInBackground = true;
    QApplication::setQuitOnLastWindowClosed(false);
    hc::ui::SessionController session(context, o.dbPath);
    hc::services::BackupService& backups = wiring.backups();
    QObject::connect(&session, &hc::ui::SessionController::loggedIn,
                     [&backups](hc::ui::MainWindow*, const hc::services::ActingUser& user) {
                         checkAuditAtLogin(backups, user);
                     });
    QObject::connect(&session, &hc::ui::SessionController::finished, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    const auto monthlyRefit = startMonthlyRefit(wiring.customerBase(), clock);
    session.start(settings.value(QStringLiteral("login/lastUser")).toString());
    const int rc = QApplication::exec();
    monthlyRefit->wait();
    spdlog::get("app")->info("exit {}", rc);
    return rc;
}

/// After the session: the backup the manager chose to restore (then a fresh start on it), or the
/// backup on exit.
int finish(int rc, const Options& o, std::unique_ptr<hc::storage::Database>& db,
           const QString& pendingRestore, hc::services::BackupService& backups,
           const hc::services::Clock& clock) {
    if (!pendingRestore.isEmpty()) {
        // Close the database, restore (the current file is kept as a backup first) and start
        // again on the restored file.
        db.reset();
        std::optional<hc::services::Result<hc::services::BackupEntry>> restored;
        hc::ui::StartupMessages::restoring([&] {
            restored = hc::services::BackupService::restore(o.dbPath, pendingRestore, clock);
        });
        if (!*restored) {
            hc::ui::StartupMessages::backupProblem(restored->error().message);
            return 1;
        }
        spdlog::get("app")->info("restored {} from {}", o.dbPath.toStdString(),
                                 pendingRestore.toStdString());
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
        return rc;
    }
    if (!db->isDamaged()) {
        if (auto onExit = backups.create(QStringLiteral("exit")); !onExit) {
            spdlog::get("app")->warn("backup on exit failed: {}",
                                     onExit.error().detail.toStdString());
        }
    }
    return rc;
}

}  // namespace

int main(int argc, char* argv[]) {
#if defined(__GLIBC__)
    // One malloc arena: the loader threads (cards, reports, callback list) each got an arena of
    // their own that kept the freed memory of every 100 000-customer read — 358 MB RSS after
    // visiting every screen instead of 241 MB (docs/performance.md, "Screens at 100 000
    // customers").
    mallopt(M_ARENA_MAX, 1);
#endif
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Huichang"));
    QCoreApplication::setApplicationName(QStringLiteral("huichang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HC_VERSION));  // CMake's PROJECT_VERSION
    // The installed desktop entry and icon (packaging/linux): Wayland matches windows by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.huichang.Huichang"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.huichang.Huichang")));
    setUpLogging();

    QSettings settings;
    const Options options = parseOptions(app, settings);
    installTranslations(app, options.lang);
    // In the chosen language: the window system appends it to every window title (dialogs and
    // message boxes too) that does not already end with it.
    QGuiApplication::setApplicationDisplayName(hc::ui::MainWindow::displayName());
    setUpFont(app);
    spdlog::get("app")->info("starting; database {}, language {}", options.dbPath.toStdString(),
                             options.lang.toStdString());

    const hc::services::Clock clock = hc::services::systemClock();
    auto db = openDatabase(options, clock);
    if (!db) {
        return 1;
    }
    db->setClock(clock);  // storage takes the time from the same clock as the services
    // Every service and the screens' context: one wiring, shared with hc_ui_measure.
    hc::app::AppServices wiring(*db, clock,
                                options.lang == QLatin1String("en")
                                    ? hc::domain::MessageLanguage::En
                                    : hc::domain::MessageLanguage::Zh);
    if (options.screenshots) {
        return prepare(options, wiring) ? runScreenshots(app, options, wiring) : 1;
    }
    // Waited for on every way out, before the services it uses go.
    JoinedThread dailyBackup =
        db->isDamaged() ? JoinedThread() : startDailyBackup(app, wiring.backups());
    if (!prepare(options, wiring)) {
        return 1;
    }
    const int rc = runSession(app, options, settings, wiring, clock);
    if (dailyBackup) {
        dailyBackup->wait();  // before a restore replaces the file or the exit backup copies it
    }
    return finish(rc, options, db, wiring.context().pendingRestore, wiring.backups(), clock);
}
