#pragma once

#include "hc/services/CustomerCard.h"
#include "hc/services/Result.h"

#include <QDate>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace hc::services {
class CustomerCardService;
}

namespace hc::ui {

class WarmUpQueue;

/// Reads customer cards off the GUI thread: a thread of its own with its own connection to the
/// database (CustomerCardService::openSibling, sharing the whole-shop cache with `cards`). The
/// answers come back on the loader's (GUI) thread; when the loader is destroyed, answers still on
/// their way are dropped. Without a second connection the read runs on the GUI thread.
class CardLoader : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(services::Result<services::CustomerCard>)>;

    explicit CardLoader(services::CustomerCardService& cards, QObject* parent = nullptr);
    ~CardLoader() override;
    CardLoader(const CardLoader&) = delete;
    CardLoader& operator=(const CardLoader&) = delete;

    /// Reads the card of `id` as of `asOf`; `done` runs later on this object's thread.
    void load(qint64 id, const QDate& asOf, Done done);
    /// Computes the whole-shop part for `asOf` in the background (first card opens fast); through
    /// `queue` (key "cards") when given, else at once.
    void warmUp(const QDate& asOf, WarmUpQueue* queue = nullptr);

private:
    /// The service of the loader thread (created there on first use); null without a connection.
    services::CustomerCardService* threadService();

    services::CustomerCardService& cards_;
    QThread thread_;
    QObject* worker_ = nullptr;                           ///< lives in thread_
    std::unique_ptr<services::CustomerCardService> own_;  ///< touched only in thread_
    bool opened_ = false;                                 ///< touched only in thread_
};

}  // namespace hc::ui
