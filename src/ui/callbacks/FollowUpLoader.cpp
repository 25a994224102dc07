#include "FollowUpLoader.h"

#include "hc/services/FollowUpService.h"

#include <QMetaObject>
#include <QPointer>

namespace hc::ui {

FollowUpLoader::FollowUpLoader(services::FollowUpService& followUps, QObject* parent)
    : QObject(parent), followUps_(followUps), worker_(new QObject) {
    thread_.setObjectName(QStringLiteral("hc-followup-loader"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

FollowUpLoader::~FollowUpLoader() {
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        worker_, [this] { own_.reset(); }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

services::FollowUpService* FollowUpLoader::threadService() {
    if (!opened_) {
        opened_ = true;
        own_ = followUps_.openSibling();
    }
    return own_.get();
}

void FollowUpLoader::plan(const QDate& day, const QString& assignee, Done done) {
    QPointer<FollowUpLoader> self(this);
    QMetaObject::invokeMethod(
        worker_,
        [this, self, day, assignee, done = std::move(done)]() mutable {
            if (self.isNull()) {
                return;
            }
            services::FollowUpService* service = threadService();
            if (service == nullptr) {
                // No second connection: plan on the GUI thread instead.
                QMetaObject::invokeMethod(
                    self.data(),
                    [this, day, assignee, done = std::move(done)] {
                        done(followUps_.planToday(day, assignee));
                    },
                    Qt::QueuedConnection);
                return;
            }
            auto result = service->planToday(day, assignee);
            QMetaObject::invokeMethod(
                self.data(),
                [done = std::move(done), result = std::move(result)]() mutable {
                    done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

}  // namespace hc::ui
