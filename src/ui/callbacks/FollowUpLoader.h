#pragma once

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
class FollowUpService;
}

namespace hc::ui {

/// Plans the daily follow-up list off the GUI thread: a thread of its own with its own connection
/// to the database (FollowUpService::openSibling), like ReportLoader and CardLoader, so the
/// callback screen never freezes while the list of a 100 000-customer archive is planned. Answers
/// come back on the loader's (GUI) thread; answers still on their way when the loader is destroyed
/// are dropped (the caller drops answers to requests it has replaced). Without a second connection
/// the list is planned on the GUI thread.
class FollowUpLoader : public QObject {
    Q_OBJECT
public:
    using Items = std::vector<domain::FollowUpItem>;
    using Done = std::function<void(services::Result<Items>)>;

    explicit FollowUpLoader(services::FollowUpService& followUps, QObject* parent = nullptr);
    ~FollowUpLoader() override;
    FollowUpLoader(const FollowUpLoader&) = delete;
    FollowUpLoader& operator=(const FollowUpLoader&) = delete;

    /// Plans the list of `day` for `assignee` (FollowUpService::planToday); `done` runs later on
    /// this object's thread.
    void plan(const QDate& day, const QString& assignee, Done done);

private:
    /// The service of the loader thread (created there on first use); null without a connection.
    services::FollowUpService* threadService();

    services::FollowUpService& followUps_;
    QThread thread_;
    QObject* worker_ = nullptr;                       ///< lives in thread_
    std::unique_ptr<services::FollowUpService> own_;  ///< touched only in thread_
    bool opened_ = false;                             ///< touched only in thread_
};

}  // namespace hc::ui
