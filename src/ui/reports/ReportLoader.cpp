#include "ReportLoader.h"

#include "shell/FreedMemory.h"

#include "hc/ui/WarmUpQueue.h"

#include "hc/report/ReportTables.h"
#include "hc/services/MonthlyReportService.h"

#include <QPointer>
#include <QTimer>

#include <utility>

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

ReportLoader::Sections ReportLoader::screenTables(const services::MonthlyReport& report) {
    return std::make_shared<const std::vector<report::ReportSection>>(
        report::ReportTables::forScreen(report));
}

services::MonthlyReportService* ReportLoader::threadService() {
    if (!opened_) {
        opened_ = true;
        own_ = reports_.openSibling();
    }
    return own_.get();
}

void ReportLoader::build(const services::ReportMonth& month, First first, Done done) {
    if (warming_ && *warming_ == month && warmState_) {
        int queued = Queued;
        if (warmState_->compare_exchange_strong(queued, Cancelled)) {
            // The warm-up has not started yet (it waits its turn): this build replaces it.
            warming_.reset();
            warmFirst_.reset();
            warmFirstSections_ = nullptr;
            waitingFirst_ = nullptr;
        }
    }
    if (first && warming_ && *warming_ == month) {
        // The warm-up of this month is still running: its first section is (or will be) the
        // quickest answer; this build then takes the whole report over from it.
        if (warmFirst_) {
            auto partial = std::move(*warmFirst_);
            warmFirst_.reset();
            first(std::move(partial), std::exchange(warmFirstSections_, nullptr));
        } else {
            waitingFirst_ = first;
        }
    }
    QPointer<ReportLoader> self(this);
    QMetaObject::invokeMethod(
        worker_, [this, self, month, first = std::move(first), done = std::move(done)]() mutable {
            if (self.isNull()) {
                return;
            }
            services::MonthlyReportService* service = threadService();
            if (service == nullptr) {
                // No second connection: build on the GUI thread instead.
                QMetaObject::invokeMethod(
                    self.data(),
                    [this, month, done = std::move(done)] {
                        auto built = reports_.build(month);
                        Sections sections = built ? screenTables(built.value()) : nullptr;
                        done(std::move(built), std::move(sections));
                    },
                    Qt::QueuedConnection);
                return;
            }
            services::MonthlyReportService::FirstSection onFirst;
            if (first) {
                onFirst = [self, first](services::MonthlyReport partial) {
                    Sections sections = screenTables(partial);
                    QMetaObject::invokeMethod(
                        self.data(),
                        [first, partial = std::move(partial),
                         sections = std::move(sections)]() mutable {
                            first(std::move(partial), std::move(sections));
                        },
                        Qt::QueuedConnection);
                };
            }
            auto result = service->build(month, onFirst);
            // The screen's tables too, here: tens of thousands of ABC change rows at 100 000
            // customers stay off the GUI thread.
            Sections sections = result ? screenTables(result.value()) : nullptr;
            QMetaObject::invokeMethod(
                self.data(),
                [this, done = std::move(done), result = std::move(result),
                 sections = std::move(sections)]() mutable {
                    done(std::move(result), std::move(sections));
                    // The screen has taken the report; the one it showed before and its tabs are
                    // freed by then.
                    QTimer::singleShot(kReleaseDelayMs, worker_, [] { releaseFreedMemory(); });
                },
                Qt::QueuedConnection);
        });
}

void ReportLoader::warmFirstArrived(const services::ReportMonth& month,
                                    services::MonthlyReport partial, Sections sections) {
    if (!warming_ || !(*warming_ == month)) {
        return;
    }
    if (waitingFirst_) {
        const First first = std::move(waitingFirst_);
        waitingFirst_ = nullptr;
        first(std::move(partial), std::move(sections));
    } else {
        warmFirst_ = std::move(partial);  // for a build() of this month before the warm-up ends
        warmFirstSections_ = std::move(sections);
    }
}

void ReportLoader::warmUp(const services::ReportMonth& month, WarmUpQueue* queue) {
    warming_ = month;
    warmFirst_.reset();
    warmFirstSections_ = nullptr;
    waitingFirst_ = nullptr;
    warmState_ = std::make_shared<std::atomic<int>>(Queued);
    QPointer<ReportLoader> self(this);
    auto work = [this, self, month, state = warmState_] {
        int queued = Queued;
        if (self.isNull() || !state->compare_exchange_strong(queued, Started)) {
            return;  // closed, or a build() of the month came first and replaced it
        }
        if (auto* service = threadService()) {
            (void)service->prepare(month, [self, month](services::MonthlyReport partial) {
                Sections sections = screenTables(partial);
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, month, partial = std::move(partial),
                     sections = std::move(sections)]() mutable {
                        self->warmFirstArrived(month, std::move(partial), std::move(sections));
                    },
                    Qt::QueuedConnection);
            });
            releaseFreedMemory();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, month] {
                if (self->warming_ && *self->warming_ == month) {
                    self->warming_.reset();
                    self->warmFirst_.reset();
                    self->warmFirstSections_ = nullptr;
                    self->waitingFirst_ = nullptr;
                }
            },
            Qt::QueuedConnection);
    };
    if (queue != nullptr) {
        queue->add(QStringLiteral("reports"), worker_, std::move(work));
    } else {
        QMetaObject::invokeMethod(worker_, std::move(work), Qt::QueuedConnection);
    }
}

}  // namespace hc::ui
