#pragma once

#include <QObject>

#include <functional>

class QThread;

namespace hc::ui {

/// One piece of long work (a report export, a backup) off the GUI thread, so the window keeps
/// handling input while it runs (issue 9 item 11). start() runs `work` on a thread of its own and
/// then `done` on this object's (GUI) thread. `work` must not touch widgets, and a job that reads
/// or writes the database opens its own connection on its thread (the services' openSibling()).
/// One job at a time: start() is refused while one runs. Destroying the object (a window closed,
/// a log out) waits for a running job to end and drops its `done`, so nothing it uses disappears
/// under it and nothing is half-written.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    /// False (nothing started) while a job runs.
    bool start(std::function<void()> work, std::function<void()> done);
    [[nodiscard]] bool isRunning() const { return thread_ != nullptr; }

Q_SIGNALS:
    /// After `done` of the job has run.
    void finished();

private:
    QThread* thread_ = nullptr;
};

}  // namespace hc::ui
