// huichang-cli: thin command-line front end. Parses the arguments, sets up logging and the
// message language, and hands over to one command function per file (Commands.h).
#include "ArgParser.h"
#include "CliContext.h"
#include "CommandTable.h"
#include "ReportCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {

void setUpLogging() {
    auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    sink->set_level(spdlog::level::warn);
    for (const char* name : {"cli", "storage", "services"}) {
        auto logger = std::make_shared<spdlog::logger>(name, sink);
        logger->set_level(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
}

/// Loads huichang_<lang>.qm from the resources, the program's folder or its translations/ folder.
void loadTranslation(QCoreApplication& app, const QString& lang) {
    auto* translator = new QTranslator(&app);
    const QString name = QStringLiteral("huichang_") + lang;
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString& folder : {QStringLiteral(":/i18n"), dir + QStringLiteral("/translations"),
                                  dir, dir + QStringLiteral("/../share/huichang/translations")}) {
        if (translator->load(name, folder)) {
            QCoreApplication::installTranslator(translator);
            return;
        }
    }
    delete translator;
}

QString defaultDatabasePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("huichang.db"));
}

}  // namespace

int main(int argc, char* argv[]) {
#if defined(__GLIBC__)
    // Bulk paths (demo, import) allocate and free SQLite pages by the hundred thousand; without
    // this glibc keeps returning memory to the kernel and faulting it back in (measured: half the
    // run time of a 100 000-customer demo spent in brk/munmap/page faults).
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif
    const auto application = hc::cli::createApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Huichang"));
    QCoreApplication::setApplicationName(QStringLiteral("huichang"));
    setUpLogging();

    using namespace hc::cli;
    // Options that take a value, and flags (every command checks which of them it accepts).
    const QStringList valueOptions =
        QString::fromLatin1(
            "db lang role customers seed as-of months rejects date assignee at month format output "
            "id work-order reason name phone address hours to expect events calibration-end "
            "holdout-end horizon-weeks customer-column date-column amount-column years customer-id "
            "vehicle-id time purpose advisor state source template campaign keep remove sheet "
            "mapping status visit-id drill ids")
            .split(QLatin1Char(' '));
    const QStringList flagOptions = {
        QStringLiteral("json"),    QStringLiteral("help"),   QStringLiteral("overdue"),
        QStringLiteral("yes"),     QStringLiteral("reveal"), QStringLiteral("dry-run"),
        QStringLiteral("all"),     QStringLiteral("save"),   QStringLiteral("if-stale"),
        QStringLiteral("version"), QStringLiteral("again")};
    // declined close --done / --drop (DeclinedCommand.cpp).
    const QStringList declinedFlags = {QStringLiteral("done"), QStringLiteral("drop")};
    ArgParser args(valueOptions, flagOptions + declinedFlags);
    const bool parsed = args.parse(expandShortOptions(QCoreApplication::arguments().mid(1)));

    const QString lang = args.value(QStringLiteral("lang"), QStringLiteral("zh")).toLower();
    if (lang == u"en") {
        loadTranslation(app, lang);
    }
    // As the GUI (src/app/main.cpp installTranslations): the services pick the language of
    // validation messages from QLocale(), so the default locale follows --lang, never the
    // terminal's LANG; every message then comes out in one language.
    QLocale::setDefault(lang == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                      : QLocale(QLocale::Chinese, QLocale::China));
    if (!parsed) {
        return usageError(args.error());
    }
    if (lang != u"zh" && lang != u"en") {
        return usageError(QCoreApplication::translate("hc::cli", "--lang 只能是 zh 或 en"));
    }

    CliContext ctx{
        args,
        args.value(QStringLiteral("db"), defaultDatabasePath()),
        lang == u"en" ? hc::domain::MessageLanguage::En : hc::domain::MessageLanguage::Zh,
        {}};
    if (args.flag(QStringLiteral("version"))) {
        // HC_VERSION: the project version from CMake (src/cli/CMakeLists.txt), as in the package.
        out(QStringLiteral("huichang-cli " HC_VERSION "\n"));
        return kExitOk;
    }
    const QStringList& positional = args.positional();
    const QString command = positional.value(0);
    if (args.flag(QStringLiteral("help"))) {
        err(usageText(command));
        return kExitOk;
    }
    if (command.isEmpty()) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少命令"));
    }
    ctx.operands = positional.mid(1);

    // The one command table (CommandTable.cpp) also lists the commands in --help.
    if (const CommandSpec* spec = findCommand(command)) {
        try {
            return spec->run(ctx);
        } catch (const std::exception& e) {
            err(QCoreApplication::translate("hc::cli", "意外错误:%1")
                    .arg(QString::fromUtf8(e.what())));
            return kExitFailure;
        }
    }
    return usageError(QCoreApplication::translate("hc::cli", "未知命令:%1").arg(command));
}
