// WarmUpQueue: the screens' warm-ups after login run one at a time on their loaders' threads, in
// the order the main window prefers; a job whose loader was closed is skipped; the main window
// puts the clerk's list first. Real threads, waits on the queue's signal (no sleeps).
#include "QtApp.h"

#include "hc/ui/WarmUpQueue.h"

#include <QObject>
#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace {

/// A loader's worker: a QObject living in a thread of its own.
struct Worker {
    QThread thread;
    QObject* object = new QObject;
    Worker() {
        object->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, object, &QObject::deleteLater);
        thread.start();
    }
    ~Worker() {
        thread.quit();
        thread.wait();
    }
};

struct Log {
    std::mutex mutex;
    QStringList started;
    std::atomic<int> running{0};
    std::atomic<int> mostAtOnce{0};
    std::vector<Qt::HANDLE> threads;

    std::function<void()> job(const QString& key) {
        return [this, key] {
            const int now = ++running;
            int seen = mostAtOnce.load();
            while (now > seen && !mostAtOnce.compare_exchange_weak(seen, now)) {
            }
            {
                std::lock_guard lock(mutex);
                started << key;
                threads.push_back(QThread::currentThreadId());
            }
            QThread::msleep(20);  // long enough for an overlap to show if two ran at once
            --running;
        };
    }
};

bool waitForFinished(QSignalSpy& spy, int count) {
    while (spy.count() < count) {
        if (!spy.wait(5000)) {
            return false;
        }
    }
    return true;
}

TEST(WarmUpQueue, RunsOneAtATimeInThePreferredOrderOnTheWorkersThreads) {
    hc::test::qtApp();
    hc::ui::WarmUpQueue queue;
    QSignalSpy finished(&queue, &hc::ui::WarmUpQueue::finished);
    Worker cards;
    Worker callbacks;
    Worker reports;
    Log log;
    queue.add(QStringLiteral("cards"), cards.object, log.job(QStringLiteral("cards")));
    queue.add(QStringLiteral("callbacks"), callbacks.object, log.job(QStringLiteral("callbacks")));
    queue.add(QStringLiteral("reports"), reports.object, log.job(QStringLiteral("reports")));
    // Nothing starts before the event loop runs again: the window sets the order first.
    EXPECT_EQ(queue.running(), QString());
    queue.prefer({QStringLiteral("callbacks"), QStringLiteral("reports")});
    EXPECT_EQ(queue.pending(), (QStringList{QStringLiteral("callbacks"), QStringLiteral("reports"),
                                            QStringLiteral("cards")}));

    ASSERT_TRUE(waitForFinished(finished, 3));
    EXPECT_EQ(log.started, (QStringList{QStringLiteral("callbacks"), QStringLiteral("reports"),
                                        QStringLiteral("cards")}));
    EXPECT_EQ(log.mostAtOnce.load(), 1);
    ASSERT_EQ(log.threads.size(), 3U);
    EXPECT_NE(log.threads.at(0), log.threads.at(1));
    EXPECT_NE(log.threads.at(0), QThread::currentThreadId());
    EXPECT_TRUE(queue.pending().isEmpty());
    EXPECT_EQ(queue.running(), QString());
}

TEST(WarmUpQueue, AJobWhoseLoaderWasClosedIsSkippedAndTheNextRuns) {
    hc::test::qtApp();
    hc::ui::WarmUpQueue queue;
    QSignalSpy finished(&queue, &hc::ui::WarmUpQueue::finished);
    Log log;
    Worker reports;
    {
        auto closed = std::make_unique<Worker>();
        queue.add(QStringLiteral("cards"), closed->object, log.job(QStringLiteral("cards")));
    }  // the card loader is gone before the event loop ran
    queue.add(QStringLiteral("reports"), reports.object, log.job(QStringLiteral("reports")));
    ASSERT_TRUE(waitForFinished(finished, 1));
    EXPECT_EQ(log.started, QStringList{QStringLiteral("reports")});
    EXPECT_EQ(finished.at(0).at(0).toString(), QStringLiteral("reports"));
}

TEST(WarmUpQueue, AJobAddedLaterWaitsForTheRunningOne) {
    hc::test::qtApp();
    hc::ui::WarmUpQueue queue;
    QSignalSpy finished(&queue, &hc::ui::WarmUpQueue::finished);
    Log log;
    Worker a;
    Worker b;
    queue.add(QStringLiteral("callbacks"), a.object, log.job(QStringLiteral("callbacks")));
    QCoreApplication::processEvents();  // the first job starts
    EXPECT_EQ(queue.running(), QStringLiteral("callbacks"));
    queue.add(QStringLiteral("cards"), b.object, log.job(QStringLiteral("cards")));
    EXPECT_EQ(queue.pending(), QStringList{QStringLiteral("cards")});
    ASSERT_TRUE(waitForFinished(finished, 2));
    EXPECT_EQ(log.started, (QStringList{QStringLiteral("callbacks"), QStringLiteral("cards")}));
    EXPECT_EQ(log.mostAtOnce.load(), 1);
}

}  // namespace
