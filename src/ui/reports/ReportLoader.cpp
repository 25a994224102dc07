#include "ReportLoader.h"

#include "hc/services/MonthlyReportService.h"

#include <QPointer>

namespace hc::ui {

ReportLoader::ReportLoader(services::MonthlyReportService& reports, QObject* parent)
    : QObject(parent), reports_(reports), worker_(new QObject) {
    thread_.setObjectName(QStringLiteral("hc-report-loader"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

ReportLoader::~ReportLoader() {
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        worker_, [this] { own_.reset(); }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

services::MonthlyReportService* ReportLoader::threadService() {
    if (!opened_) {
        opened_ = true;
        own_ = reports_.openSibling();
    }
    return own_.get();
}

void ReportLoader::build(const services::ReportMonth& month, Done done) {
    QPointer<ReportLoader> self(this);
    QMetaObject::invokeMethod(worker_, [this, self, month, done = std::move(done)]() mutable {
        if (self.isNull()) {
            return;
        }
        services::MonthlyReportService* service = threadService();
        if (service == nullptr) {
            // No second connection: build on the GUI thread instead.
            QMetaObject::invokeMethod(
                self.data(), [this, month, done = std::move(done)] { done(reports_.build(month)); },
                Qt::QueuedConnection);
            return;
        }
        auto result = service->build(month);
        QMetaObject::invokeMethod(
            self.data(),
            [done = std::move(done), result = std::move(result)]() mutable {
                done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

void ReportLoader::warmUp(const services::ReportMonth& month) {
    QMetaObject::invokeMethod(worker_, [this, month] {
        if (auto* service = threadService()) {
            (void)service->prepare(month);
        }
    });
}

}  // namespace hc::ui
