#include "hc/ui/WarmUpQueue.h"

#include <QMetaObject>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace hc::ui {

namespace {

/// Tells the queue that a job is over when the last copy of the job's closure goes: after it ran,
/// or when its worker's thread dropped it unrun (a loader closed meanwhile), so the queue never
/// waits for a job that will not come back.
class DoneNotice {
public:
    DoneNotice(QPointer<QObject> queue, std::function<void()> notify)
        : queue_(std::move(queue)), notify_(std::move(notify)) {}
    ~DoneNotice() {
        if (!queue_.isNull()) {
            QMetaObject::invokeMethod(queue_.data(), notify_, Qt::QueuedConnection);
        }
    }
    DoneNotice(const DoneNotice&) = delete;
    DoneNotice& operator=(const DoneNotice&) = delete;

private:
    QPointer<QObject> queue_;
    std::function<void()> notify_;
};

}  // namespace

WarmUpQueue::WarmUpQueue(QObject* parent) : QObject(parent) {}

WarmUpQueue::~WarmUpQueue() = default;

void WarmUpQueue::add(const QString& key, QObject* worker, std::function<void()> work) {
    jobs_.push_back(Job{key, QPointer<QObject>(worker), std::move(work)});
    scheduleNext();
}

void WarmUpQueue::prefer(const QStringList& keys) {
    std::deque<Job> front;
    for (const QString& key : keys) {
        for (auto it = jobs_.begin(); it != jobs_.end();) {
            if (it->key == key) {
                front.push_back(std::move(*it));
                it = jobs_.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (auto it = front.rbegin(); it != front.rend(); ++it) {
        jobs_.push_front(std::move(*it));
    }
}

QStringList WarmUpQueue::pending() const {
    QStringList keys;
    for (const Job& job : jobs_) {
        keys << job.key;
    }
    return keys;
}

void WarmUpQueue::scheduleNext() {
    if (scheduled_ || !running_.isEmpty()) {
        return;
    }
    scheduled_ = true;
    // Not at once: the screens queue their jobs while the window is built, and the window sets
    // the order before the event loop runs again.
    QTimer::singleShot(0, this, [this] {
        scheduled_ = false;
        startNext();
    });
}

void WarmUpQueue::startNext() {
    while (running_.isEmpty() && !jobs_.empty()) {
        Job job = std::move(jobs_.front());
        jobs_.pop_front();
        if (job.worker.isNull()) {
            continue;  // its loader was closed before its turn
        }
        running_ = job.key;
        const QString key = job.key;
        auto notice =
            std::make_shared<DoneNotice>(QPointer<QObject>(this), [this, key] { jobDone(key); });
        QMetaObject::invokeMethod(
            job.worker.data(),
            [work = std::move(job.work), notice = std::move(notice)]() mutable {
                work();
                notice.reset();
            },
            Qt::QueuedConnection);
    }
}

void WarmUpQueue::jobDone(const QString& key) {
    if (running_ == key) {
        running_.clear();
    }
    Q_EMIT finished(key);
    startNext();
}

}  // namespace hc::ui
