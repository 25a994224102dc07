#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>

namespace hc::ui {

/// The screens' background warm-ups after login (the whole-shop card pass, the day's call list,
/// the month's report), run one at a time instead of all at once: on a two-core shop PC three
/// builds side by side slow each other down, so the screen the user opens first waited for all
/// three. The screen the user lands on goes first (prefer()); a screen the user opens still reads
/// at once on its own loader thread, beside at most one warm-up.
///
/// Jobs added before the event loop runs again wait until then, so the main window can set the
/// order after its screens have queued their warm-ups. A job runs on its loader's worker thread;
/// the next starts when it has returned (or when it was dropped because its loader was closed).
class WarmUpQueue : public QObject {
    Q_OBJECT
public:
    explicit WarmUpQueue(QObject* parent = nullptr);
    ~WarmUpQueue() override;
    WarmUpQueue(const WarmUpQueue&) = delete;
    WarmUpQueue& operator=(const WarmUpQueue&) = delete;

    /// Queues `work` under `key` ("cards", "callbacks", "reports"), to run on `worker`'s thread.
    void add(const QString& key, QObject* worker, std::function<void()> work);
    /// Moves the queued jobs of these keys to the front, in this order (the others keep theirs).
    void prefer(const QStringList& keys);
    /// The keys of the jobs not yet started, in the order they will start.
    [[nodiscard]] QStringList pending() const;
    /// The key of the job running now; empty when none.
    [[nodiscard]] QString running() const { return running_; }

Q_SIGNALS:
    /// A job has returned (or was dropped); emitted on this object's thread.
    void finished(const QString& key);

private:
    struct Job {
        QString key;
        QPointer<QObject> worker;
        std::function<void()> work;
    };
    void scheduleNext();
    void startNext();
    void jobDone(const QString& key);

    std::deque<Job> jobs_;
    QString running_;
    bool scheduled_ = false;
};

}  // namespace hc::ui
