#include "hc/ui/CardLoader.h"
#include "hc/ui/WarmUpQueue.h"

#include "shell/FreedMemory.h"

#include "hc/services/CustomerCardService.h"

#include <QMetaObject>
#include <QPointer>

namespace hc::ui {

CardLoader::CardLoader(services::CustomerCardService& cards, QObject* parent)
    : QObject(parent), cards_(cards), worker_(new QObject) {
    thread_.setObjectName(QStringLiteral("hc-card-loader"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

CardLoader::~CardLoader() {
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        worker_, [this] { own_.reset(); }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

services::CustomerCardService* CardLoader::threadService() {
    if (!opened_) {
        opened_ = true;
        own_ = cards_.openSibling();
    }
    return own_.get();
}

void CardLoader::load(qint64 id, const QDate& asOf, Done done) {
    QPointer<CardLoader> self(this);
    QMetaObject::invokeMethod(
        worker_,
        [this, self, id, asOf, done = std::move(done)]() mutable {
            if (self.isNull()) {
                return;
            }
            services::CustomerCardService* service = threadService();
            if (service == nullptr) {
                // No second connection: read on the GUI thread instead.
                QMetaObject::invokeMethod(
                    self.data(),
                    [this, id, asOf, done = std::move(done)] { done(cards_.card(id, asOf)); },
                    Qt::QueuedConnection);
                return;
            }
            auto result = service->card(id, asOf);
            QMetaObject::invokeMethod(
                self.data(),
                [done = std::move(done), result = std::move(result)]() mutable {
                    done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CardLoader::warmUp(const QDate& asOf, WarmUpQueue* queue) {
    auto work = [this, asOf] {
        if (auto* service = threadService()) {
            (void)service->warmUp(asOf);
            releaseFreedMemory();  // the whole-shop pass reads every customer
        }
    };
    if (queue != nullptr) {
        queue->add(QStringLiteral("cards"), worker_, std::move(work));
    } else {
        QMetaObject::invokeMethod(worker_, std::move(work), Qt::QueuedConnection);
    }
}

}  // namespace hc::ui
