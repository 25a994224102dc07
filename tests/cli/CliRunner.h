#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace hc::test {

/// Result of one run of the real huichang-cli binary.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] nlohmann::json json() const { return nlohmann::json::parse(out.toStdString()); }
};

inline QCoreApplication& cliTestApp() {
    static QCoreApplication* app = [] {
        static int argc = 1;
        static char name[] = "hc_cli_tests";
        static char* argv[] = {name, nullptr};
        if (QCoreApplication::instance()) {
            return QCoreApplication::instance();
        }
        return new QCoreApplication(argc, argv);
    }();
    return *app;
}

/// Runs huichang-cli (HC_CLI_PATH) with `args`, feeding `input` on stdin.
inline CliResult runCli(const QStringList& args, const QByteArray& input = {}) {
    cliTestApp();
    QProcess p;
    p.setProgram(QStringLiteral(HC_CLI_PATH));
    p.setArguments(args);
    p.start();
    EXPECT_TRUE(p.waitForStarted(10000));
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

inline QString testData(const char* name) {
    return QStringLiteral(HC_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

}  // namespace hc::test
