#pragma once

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/Role.h"
#include "hc/services/SearchService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

namespace hc::services {
class SettingsService;
class SettingsNotifier;
}  // namespace hc::services

namespace hc::ui {

/// The results of search as you type at reception: at most 50 customers, never the whole table.
/// setQuery() restarts a short debounce timer (120 ms) and the search then runs on this thread
/// (each query takes a few milliseconds); runNow() searches at once (Enter before the timer).
/// Phones are masked for roles that do not see them in full (advisors: 138****5678).
class SearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PhoneColumn,
        PlatesColumn,
        ClassColumn,
        LastVisitColumn,
        ColumnCount
    };
    /// Item data role carrying the customer id (qint64) on every column.
    static constexpr int CustomerIdRole = Qt::UserRole + 1;

    SearchModel(services::SearchService* search, domain::Role role, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] QString query() const { return query_; }
    [[nodiscard]] qint64 customerIdAt(int row) const;
    [[nodiscard]] const services::SearchHit& hitAt(int row) const { return hits_.at(row); }
    /// Where "today" comes from for the recency badge: the screen's (UiContext::today, so a fixed
    /// clock fixes the badges with every other screen). Unset: the system date.
    void setToday(std::function<QDate()> today) { today_ = std::move(today); }
    /// Pins the date the recency badge is computed for (tests).
    void setAsOf(const QDate& date) {
        today_ = [date] { return date; };
    }
    /// Why the badges cannot be computed (the stored lifecycle settings could not be read); empty
    /// when they can.
    [[nodiscard]] QString badgeError() const { return badgeError_; }
    /// The recency badge uses the STORED lifecycle settings of `settings` (domain::classify, the
    /// same function and settings as the card and the follow-up list) and is recomputed at once
    /// when `notifier` reports saved analysis settings. Without settings only 无效 / 未进厂 show.
    void useSettings(services::SettingsService* settings, services::SettingsNotifier* notifier);
    void setDebounceMs(int ms) { debounce_.setInterval(ms); }
    /// The phone as this role may see it.
    [[nodiscard]] QString displayPhone(const QString& phone) const;

public Q_SLOTS:
    /// Schedules a search for `text` after the debounce interval.
    void setQuery(const QString& text);
    /// Runs the pending search now (no-op when none is pending).
    void runNow();
    void clear();

Q_SIGNALS:
    /// The results were replaced (count may be 0).
    void searched(const QString& text, int count);
    void searchFailed(const QString& message);
    /// The lifecycle settings for the badges could not be read (`message`: the service's) or, with
    /// an empty message, were read again.
    void badgeSettingsFailed(const QString& message);

private:
    void run();
    void reloadSettings();
    [[nodiscard]] QString badge(const services::SearchHit& hit) const;

    services::SearchService* search_;
    domain::Role role_;
    QString query_;
    std::vector<services::SearchHit> hits_;
    QTimer debounce_;
    std::function<QDate()> today_;
    QString badgeError_;
    services::SettingsService* settings_ = nullptr;
    std::optional<domain::LifecycleSettings> lifecycle_;
};

}  // namespace hc::ui
