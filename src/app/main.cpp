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
    }
    window.close();
    Q_UNUSED(app);
    return 0;
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
    QGuiApplication::setApplicationDisplayName(QStringLiteral("回厂"));
    // The installed desktop entry and icon (packaging/linux): Wayland matches windows by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.huichang.Huichang"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.huichang.Huichang")));
    setUpLogging();
    auto log = spdlog::get("app");

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

    QSettings settings;
    QString lang = parser.value(langOption).toLower();
    if (lang.isEmpty()) {
        lang = settings.value(QStringLiteral("ui/language"), QStringLiteral("zh")).toString();
    } else if (lang == QLatin1String("zh") || lang == QLatin1String("en")) {
        settings.setValue(QStringLiteral("ui/language"), lang);
    }
    if (lang != QLatin1String("en")) {
        lang = QStringLiteral("zh");
    }
    installTranslations(app, lang);
    setUpFont(app);

    const QString dbPath = QDir::cleanPath(QDir().absoluteFilePath(parser.value(dbOption)));
    log->info("starting; database {}, language {}", dbPath.toStdString(), lang.toStdString());
    std::unique_ptr<hc::storage::Database> db;
    try {
        db = hc::storage::Database::open(dbPath);
    } catch (const hc::storage::StorageError& e) {
        log->error("cannot open {}: {}", dbPath.toStdString(), e.what());
        hc::ui::StartupMessages::databaseOpenFailed(
            hc::services::StorageMessages::describe(e).message, dbPath,
            QString::fromUtf8(e.what()));
        return 1;
    }

    const hc::services::Clock clock = hc::services::systemClock();
    if (db->isDamaged() && !parser.isSet(shotOption)) {
        // Read-only after a failed quick_check: offer the newest verified backup.
        const auto latest = hc::services::BackupService::latestVerifiedOf(dbPath);
        if (hc::ui::StartupMessages::offerRestore(dbPath, db->damageReport(),
                                                  latest ? latest->file : QString(),
                                                  latest ? latest->created : QDateTime())) {
            db.reset();
            const auto restored = hc::services::BackupService::restore(dbPath, latest->file, clock);
            if (!restored) {
                hc::ui::StartupMessages::backupProblem(restored.error().message);
                return 1;
            }
            try {
                db = hc::storage::Database::open(dbPath);
            } catch (const hc::storage::StorageError& e) {
                hc::ui::StartupMessages::databaseOpenFailed(
                    hc::services::StorageMessages::describe(e).message, dbPath,
                    QString::fromUtf8(e.what()));
                return 1;
            }
        }
    }
    db->setClock(clock);  // storage takes the time from the same clock as the services
    // Every service and the screens' context: one wiring, shared with hc_ui_measure.
    hc::app::AppServices wiring(*db, clock,
                                lang == QLatin1String("en") ? hc::domain::MessageLanguage::En
                                                            : hc::domain::MessageLanguage::Zh);
    hc::services::BackupService& backups = wiring.backups();
    hc::services::UserService& users = wiring.users();
    hc::services::CustomerBaseModelService& customerBase = wiring.customerBase();
    hc::ui::UiContext& context = wiring.context();
    // The first start of the day makes the daily backup: on a thread and a connection of its own
    // (a large archive takes seconds to copy and verify, issue 9 item 11), while the login shows.
    // Waited for on every way out (an early return too) before the services it uses go.
    auto waitAndDelete = [](QThread* thread) {
        thread->wait();
        delete thread;
    };
    std::unique_ptr<QThread, decltype(waitAndDelete)> dailyBackup(nullptr, waitAndDelete);
    if (!db->isDamaged() && !parser.isSet(shotOption)) {
        dailyBackup.reset(QThread::create([&backups, &app, log] {
            const auto own = backups.openSibling();
            if (!own) {
                // No second connection: on the GUI thread, as before.
                QMetaObject::invokeMethod(
                    &app,
                    [&backups, log] {
                        if (auto daily = backups.dailyIfDue(); !daily) {
                            log->warn("daily backup failed: {}",
                                      daily.error().detail.toStdString());
                            hc::ui::StartupMessages::backupProblem(daily.error().message);
                        }
                    },
                    Qt::QueuedConnection);
                return;
            }
            if (auto daily = own->dailyIfDue(); !daily) {
                log->warn("daily backup failed: {}", daily.error().detail.toStdString());
                const QString message = daily.error().message;
                QMetaObject::invokeMethod(
                    &app, [message] { hc::ui::StartupMessages::backupProblem(message); },
                    Qt::QueuedConnection);
            }
        }));
        dailyBackup->setObjectName(QStringLiteral("hc-daily-backup"));
        dailyBackup->start(QThread::LowPriority);
    }

    // Bulk writers (CLI demo/import) leave pinyin to be computed: bring the index up to date.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (auto refreshed = wiring.search().refreshIndex(); !refreshed) {
        log->warn("search index refresh failed: {}", refreshed.error().detail.toStdString());
    }
    QGuiApplication::restoreOverrideCursor();

    const auto existingUsers = users.users();
    if (!existingUsers) {
        hc::ui::StartupMessages::databaseOpenFailed(existingUsers.error().message, dbPath,
                                                    existingUsers.error().detail);
        return 1;
    }
    if (existingUsers.value().empty()) {
        hc::ui::StartupMessages::noUsers(dbPath);
        return 1;
    }

    if (parser.isSet(shotOption)) {
        QString password;
        if (parser.isSet(passwordStdinOption)) {
            QTextStream in(stdin);
            password = in.readLine();
        }
        auto result = users.login(parser.value(userOption), password);
        if (!result) {
            std::cerr << result.error().message.toStdString() << std::endl;
            return 1;
        }
        context.user = result.value();
        return takeScreenshots(app, parser.value(shotOption), context, dbPath,
                               parser.value(searchOption));
    }

    // Interactive use: customer cards are read off the GUI thread (screenshots stay synchronous).
    context.loadCardsInBackground = true;
    context.loadReportsInBackground = true;     // reports are built on a thread of their own
    context.loadFollowUpsInBackground = true;   // and the callback list is planned on another
    context.loadDuplicatesInBackground = true;  // and the duplicate groups are looked for too
    // Login → main window → Ctrl+L back to the login, without restarting (SessionController).
    QApplication::setQuitOnLastWindowClosed(false);
    hc::ui::SessionController session(context, dbPath);
    QObject::connect(&session, &hc::ui::SessionController::loggedIn,
                     [&backups, &log](hc::ui::MainWindow*, const hc::services::ActingUser& user) {
                         QSettings().setValue(QStringLiteral("login/lastUser"), user.username);
                         if (user.role == hc::domain::Role::Manager) {
                             // The manager is told at login when the audit log no longer holds
                             // together.
                             if (const auto chain = backups.verifyAudit();
                                 chain && !chain.value().ok) {
                                 log->error("audit chain broken from record {}",
                                            chain.value().firstBadId.value_or(0));
                                 hc::ui::StartupMessages::auditChainBroken(
                                     chain.value().firstBadId.value_or(0), chain.value().rows);
                             }
                         }
                     });
    QObject::connect(&session, &hc::ui::SessionController::finished, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    // The monthly refit of the customer-base model (docs/customer-base.md): on a thread and a
    // connection of its own at start, when the stored fit is from an earlier month (or missing).
    std::unique_ptr<QThread> monthlyRefit(QThread::create([&customerBase, &clock, log] {
        const auto own = customerBase.openSibling();
        if (!own) {
            return;
        }
        const auto refitted = own->refitIfStale(hc::services::ActingUser{}, clock().date());
        if (!refitted) {
            log->info("customer base: no monthly refit: {}",
                      refitted.error().message.toStdString());
        } else if (refitted.value()) {
            log->info("customer base: monthly refit stored as fit {}", refitted.value()->id);
        }
    }));
    monthlyRefit->start(QThread::LowPriority);
    session.start(settings.value(QStringLiteral("login/lastUser")).toString());
    const int rc = QApplication::exec();
    monthlyRefit->wait();
    if (dailyBackup) {
        dailyBackup->wait();  // before a restore replaces the file or the exit backup copies it
    }
    log->info("exit {}", rc);
    if (!context.pendingRestore.isEmpty()) {
        // The manager chose a backup: close the database, restore (the current file is kept as a
        // backup first) and start again on the restored file.
        const QString file = context.pendingRestore;
        db.reset();
        const auto restored = hc::services::BackupService::restore(dbPath, file, clock);
        if (!restored) {
            hc::ui::StartupMessages::backupProblem(restored.error().message);
            return 1;
        }
        log->info("restored {} from {}", dbPath.toStdString(), file.toStdString());
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
        return rc;
    }
    if (!db->isDamaged()) {
        if (auto onExit = backups.create(QStringLiteral("exit")); !onExit) {
            log->warn("backup on exit failed: {}", onExit.error().detail.toStdString());
        }
    }
    return rc;
}
