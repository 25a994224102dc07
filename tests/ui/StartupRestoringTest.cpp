// The restore at start-up or after the manager chose a backup (main.cpp): the copy and its check
// run off the GUI thread while a small window says so, instead of seconds with no window at all
// (issue 9 item 11).
#include "QtApp.h"
#include "hc/ui/StartupMessages.h"

#include <QApplication>
#include <QLabel>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace hc::test {
namespace {

TEST(StartupRestoring, TheWorkRunsOffTheGuiThreadWhileTheNoteShows) {
    qtApp();
    std::atomic<bool> release{false};
    bool noteShown = false;
    QString noteText;
    Qt::HANDLE workThread = nullptr;
    // Runs on the GUI thread only if its event loop turns while the work waits.
    QTimer::singleShot(0, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("restoringNote") && w->isVisible()) {
                noteShown = true;
                if (auto* label = w->findChild<QLabel*>()) {
                    noteText = label->text();
                }
            }
        }
        release = true;
    });
    ui::StartupMessages::restoring([&] {
        workThread = QThread::currentThreadId();
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (!release && std::chrono::steady_clock::now() < until) {
            std::this_thread::yield();
        }
    });
    EXPECT_TRUE(release.load()) << "the GUI thread did not turn while the work ran";
    EXPECT_NE(workThread, QThread::currentThreadId());
    EXPECT_TRUE(noteShown);
    EXPECT_TRUE(noteText.contains(QStringLiteral("正在恢复备份"))) << noteText.toStdString();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        EXPECT_FALSE(w->objectName() == QLatin1String("restoringNote") && w->isVisible())
            << "the note closes when the work is done";
    }
}

}  // namespace
}  // namespace hc::test
