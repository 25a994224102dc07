// The GUI thread's heartbeat (issue 10 item 4, issue 9 item 11): a 5 ms timer on the GUI thread
// measuring the longest time between two chances to handle input. Used by GuiStallTest (screens
// loading) and BusyJobsTest (exports and backups running).
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <optional>

namespace hc::test {

/// The time the calling thread has spent runnable but waiting for a core (ns), from
/// /proc/thread-self/schedstat ("on-CPU ns, run-queue wait ns, slices"); nullopt where the kernel
/// does not provide it.
inline std::optional<qint64> runQueueWaitNs() {
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 wait = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : 0;
    return ok ? std::optional<qint64>(wait) : std::nullopt;
}

/// Ticks of a 5 ms timer on the GUI thread: the largest wall-clock gap between two ticks, the
/// largest CPU time the GUI thread spent between two ticks ("busy"), and the largest time it was
/// blocked between two ticks: the gap minus its own CPU time minus the time it waited for a core
/// ("blocked": asleep — on a lock, a read, a wait — instead of handling input). On the shared
/// 2-core build machine (load 10–20) the wall gaps include time the thread merely waited for a
/// core; busy and blocked time do not, so neither depends on the machine's load: busy is what the
/// GUI thread itself did between two chances to handle input, blocked is a stall that no idle
/// machine would avoid either.
class Heartbeat {
public:
    Heartbeat() {
        timer_.setInterval(5);
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            ++ticks_;
            tick();
        });
        clock_.start();
        lastCpu_ = threadCpuNs();
        lastWait_ = runQueueWaitNs();
        timer_.start();
    }
    /// Timer ticks so far (each one a pass of the GUI thread's event loop).
    [[nodiscard]] int ticks() const { return ticks_; }
    [[nodiscard]] qint64 maxGapMs() {
        tick();
        return maxGap_ / 1000000;
    }
    [[nodiscard]] qint64 maxBusyMs() {
        tick();
        return maxBusy_ / 1000000;
    }
    /// nullopt where the run-queue wait is not available (then only the wall gap tells).
    [[nodiscard]] std::optional<qint64> maxBlockedMs() {
        tick();
        if (!lastWait_) {
            return std::nullopt;
        }
        return maxBlocked_ / 1000000;
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
        const auto wait = lastWait_ ? runQueueWaitNs() : std::nullopt;
        maxGap_ = std::max(maxGap_, now - last_);
        maxBusy_ = std::max(maxBusy_, cpu - lastCpu_);
        if (wait) {
            maxBlocked_ =
                std::max(maxBlocked_, (now - last_) - (cpu - lastCpu_) - (*wait - *lastWait_));
        }
        last_ = now;
        lastCpu_ = cpu;
        lastWait_ = wait;
    }
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    qint64 lastCpu_ = 0;
    qint64 maxGap_ = 0;
    qint64 maxBusy_ = 0;
    std::optional<qint64> lastWait_;
    qint64 maxBlocked_ = 0;
    int ticks_ = 0;
};

}  // namespace hc::test
