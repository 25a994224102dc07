#pragma once

#include "hc/domain/CallList.h"
#include "hc/domain/FollowUpItem.h"
#include "hc/services/Result.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace hc::services {
class CallListService;
class FollowUpService;
}  // namespace hc::services

namespace hc::ui {

class WarmUpQueue;

/// Plans the daily follow-up list off the GUI thread: a thread of its own with its own connection
/// to the database (FollowUpService::openSibling), like ReportLoader and CardLoader, so the
/// callback screen never freezes while the list of a 100 000-customer archive is planned. Answers
/// come back on the loader's (GUI) thread; answers still on their way when the loader is destroyed
/// are dropped (the caller drops answers to requests it has replaced). Without a second connection
/// the list is planned on the GUI thread.
class FollowUpLoader : public QObject {
    Q_OBJECT
    /// Requests not answered yet (a test waits for 0 instead of a fixed time).
    Q_PROPERTY(int pending READ pending)
public:
    using Items = std::vector<domain::FollowUpItem>;
    using Done = std::function<void(services::Result<Items>)>;
    using DayDone = std::function<void(services::Result<domain::CallList>)>;

    /// `callList` may be null (then dayList() must not be called).
    FollowUpLoader(services::FollowUpService& followUps, services::CallListService* callList,
                   QObject* parent = nullptr);
    ~FollowUpLoader() override;
    FollowUpLoader(const FollowUpLoader&) = delete;
    FollowUpLoader& operator=(const FollowUpLoader&) = delete;

    /// Plans the list of `day` for `assignee` (FollowUpService::planToday); `done` runs later on
    /// this object's thread.
    void plan(const QDate& day, const QString& assignee, Done done);
    /// The day's ranked list (CallListService::dayList); `done` runs later on this object's thread.
    void dayList(const QDate& day, DayDone done);
    /// Plans the day's list ahead on the loader thread (no answer): the loader's CallListService
    /// keeps it per data version, so the screen's first dayList() is read from that copy when no
    /// write came in between. Nothing happens without a second connection.
    /// Through `queue` (key "callbacks") when given, else at once.
    void warmUp(const QDate& day, WarmUpQueue* queue = nullptr);
    /// plan() and dayList() requests whose `done` has not run yet (answers to replaced requests
    /// included).
    [[nodiscard]] int pending() const { return pending_; }

private:
    /// Runs `work(service)` on the loader thread with its own connection (or on this object's
    /// thread with `fallback` when there is none) and hands the answer to `done` here.
    template <typename Service, typename R>
    void run(Service* (FollowUpLoader::*threadService)(), Service& fallback,
             std::function<R(Service&)> work, std::function<void(R)> done);
    services::CallListService* threadCallList();

    /// The service of the loader thread (created there on first use); null without a connection.
    services::FollowUpService* threadService();

    services::FollowUpService& followUps_;
    QThread thread_;
    QObject* worker_ = nullptr;  ///< lives in thread_
    services::CallListService* callList_ = nullptr;
    std::unique_ptr<services::FollowUpService> own_;      ///< touched only in thread_
    bool opened_ = false;                                 ///< touched only in thread_
    std::unique_ptr<services::CallListService> ownList_;  ///< touched only in thread_
    bool listOpened_ = false;                             ///< touched only in thread_
    int pending_ = 0;                                     ///< touched only on this thread
};

}  // namespace hc::ui
