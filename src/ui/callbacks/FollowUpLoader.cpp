#include "FollowUpLoader.h"

#include "hc/ui/WarmUpQueue.h"

#include "shell/FreedMemory.h"

#include "hc/services/CallListService.h"
#include "hc/services/FollowUpService.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

namespace hc::ui {

FollowUpLoader::FollowUpLoader(services::FollowUpService& followUps,
                               services::CallListService* callList, QObject* parent)
    : QObject(parent), followUps_(followUps), worker_(new QObject), callList_(callList) {
    setObjectName(QStringLiteral("followUpLoader"));
    thread_.setObjectName(QStringLiteral("hc-followup-loader"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

FollowUpLoader::~FollowUpLoader() {
    // The connections must be closed on the thread that opened them.
    QMetaObject::invokeMethod(
        worker_,
        [this] {
            own_.reset();
            ownList_.reset();
        },
        Qt::BlockingQueuedConnection);
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

services::CallListService* FollowUpLoader::threadCallList() {
    if (!listOpened_) {
        listOpened_ = true;
        ownList_ = callList_->openSibling();
    }
    return ownList_.get();
}

template <typename Service, typename R>
void FollowUpLoader::run(Service* (FollowUpLoader::*threadService)(), Service& fallback,
                         std::function<R(Service&)> work, std::function<void(R)> done) {
    QPointer<FollowUpLoader> self(this);
    ++pending_;
    QMetaObject::invokeMethod(
        worker_,
        [this, self, threadService, &fallback, work = std::move(work),
         done = std::move(done)]() mutable {
            if (self.isNull()) {
                return;
            }
            Service* service = (this->*threadService)();
            if (service == nullptr) {
                // No second connection: work on the GUI thread instead.
                QMetaObject::invokeMethod(
                    self.data(),
                    [this, &fallback, work = std::move(work), done = std::move(done)] {
                        --pending_;
                        done(work(fallback));
                    },
                    Qt::QueuedConnection);
                return;
            }
            auto result = work(*service);
            QMetaObject::invokeMethod(
                self.data(),
                [this, done = std::move(done), result = std::move(result)]() mutable {
                    --pending_;
                    done(std::move(result));
                    // Planning 100 000 customers frees tens of MB; the screen has taken the list.
                    QTimer::singleShot(kReleaseDelayMs, worker_, [] { releaseFreedMemory(); });
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void FollowUpLoader::plan(const QDate& day, const QString& assignee, Done done) {
    run<services::FollowUpService, services::Result<Items>>(
        &FollowUpLoader::threadService, followUps_,
        [day, assignee](services::FollowUpService& s) { return s.planToday(day, assignee); },
        std::move(done));
}

void FollowUpLoader::dayList(const QDate& day, DayDone done) {
    run<services::CallListService, services::Result<domain::CallList>>(
        &FollowUpLoader::threadCallList, *callList_,
        [day](services::CallListService& s) { return s.dayList(day); }, std::move(done));
}

void FollowUpLoader::warmUp(const QDate& day, WarmUpQueue* queue) {
    if (callList_ == nullptr) {
        return;
    }
    auto work = [this, day] {
        if (auto* service = threadCallList()) {
            (void)service->dayList(day);
            releaseFreedMemory();
        }
    };
    if (queue != nullptr) {
        queue->add(QStringLiteral("callbacks"), worker_, std::move(work));
    } else {
        QMetaObject::invokeMethod(worker_, std::move(work), Qt::QueuedConnection);
    }
}

}  // namespace hc::ui
