#pragma once

#include <QApplication>
#include <QByteArray>

namespace hc::test {

/// The one QApplication of a ui test executable, created on first use (offscreen unless
/// QT_QPA_PLATFORM says otherwise). Every ui test calls this before creating a widget; it is never
/// destroyed before the process ends, so widgets may outlive single tests safely.
inline QApplication& qtApp() {
    static QApplication* app = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", QByteArray("offscreen"));
        }
        static int argc = 1;
        static char name[] = "hc_ui_tests";
        static char* argv[] = {name, nullptr};
        if (auto* existing = qobject_cast<QApplication*>(QCoreApplication::instance())) {
            return existing;
        }
        return new QApplication(argc, argv);
    }();
    return *app;
}

}  // namespace hc::test
