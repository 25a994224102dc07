#include "BackgroundJob.h"

#include <QPointer>
#include <QThread>

#include <utility>

namespace hc::ui {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob() {
    if (thread_ != nullptr) {
        // The job's objects (its connection, the file it writes) are its own; what it was given
        // by reference (the services) lives on after this object only if the job ends first.
        disconnect(thread_, nullptr, this, nullptr);
        thread_->wait();
        delete thread_;
    }
}

bool BackgroundJob::start(std::function<void()> work, std::function<void()> done) {
    if (thread_ != nullptr) {
        return false;
    }
    thread_ = QThread::create(std::move(work));
    thread_->setObjectName(QStringLiteral("hc-background-job"));
    connect(thread_, &QThread::finished, this, [this, done = std::move(done)] {
        thread_->deleteLater();
        thread_ = nullptr;
        const QPointer<BackgroundJob> self(this);
        if (done) {
            done();  // may close the window that owns this object
        }
        if (!self.isNull()) {
            Q_EMIT finished();
        }
    });
    thread_->start();
    return true;
}

}  // namespace hc::ui
