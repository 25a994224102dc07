#pragma once

#include "hc/domain/CallList.h"
#include "hc/domain/MessageTemplateKey.h"

#include "hc/domain/FollowUpItem.h"
#include "hc/services/Clock.h"
#include "hc/services/CustomerCard.h"
#include "hc/services/Result.h"

#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QPagedPaintDevice;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace hc::ui {

struct UiContext;
class BadgeLabel;
class CardLoader;
class FollowUpLoader;
class CallOutcomePanel;
class FollowUpFilterProxy;
class FollowUpListModel;
class SatisfactionPanel;

/// The callback screen (回访): today's follow-up list with filters (kind, stage, urgency, assignee)
/// and counts, the customer summary, the script (话术) for the item's stage or the churn reason
/// given, the satisfaction questionnaire for post-service calls and the outcome bar.
/// Keys: 1–6 (in the list) or Alt+1–6 choose the outcome, Ctrl+Enter saves, F5 reloads.
class CallbackView : public QWidget {
    Q_OBJECT
public:
    explicit CallbackView(UiContext& context, QWidget* parent = nullptr);
    ~CallbackView() override;

    /// "Now" for the list day and appointment checks (tests pin it); reloads the list.
    void setClock(services::Clock clock);
    [[nodiscard]] QDate today() const;

    [[nodiscard]] FollowUpListModel* model() const { return model_; }
    [[nodiscard]] FollowUpFilterProxy* proxy() const { return proxy_; }
    [[nodiscard]] QTableView* listView() const { return table_; }
    [[nodiscard]] CallOutcomePanel* outcomePanel() const { return outcome_; }
    [[nodiscard]] SatisfactionPanel* satisfactionPanel() const { return satisfaction_; }
    [[nodiscard]] QTextBrowser* scriptView() const { return script_; }
    [[nodiscard]] QLabel* summaryLabel() const { return summary_; }
    [[nodiscard]] QLabel* countsLabel() const { return counts_; }
    /// "今日 60 条 / 共 2,134 条到期 · 积压 …" (the day's list; hidden without CallListService).
    [[nodiscard]] QLabel* callListHeader() const { return planLabel_; }
    /// "显示积压": the backlog listed below the day's share (hidden without the day's list).
    [[nodiscard]] QCheckBox* backlogToggle() const { return backlogBox_; }
    [[nodiscard]] QComboBox* kindFilter() const { return kindFilter_; }
    [[nodiscard]] QComboBox* stageFilter() const { return stageFilter_; }
    [[nodiscard]] QComboBox* urgencyFilter() const { return urgencyFilter_; }
    [[nodiscard]] QComboBox* assigneeFilter() const { return assigneeFilter_; }
    /// The item selected in the list, if any.
    [[nodiscard]] std::optional<domain::FollowUpItem> currentItem() const;
    /// Number of red / yellow / green items shown.
    [[nodiscard]] int count(domain::Urgency urgency) const;
    /// The yellow count chip; its tooltip names the stored yellow window.
    [[nodiscard]] BadgeLabel* yellowChip() const { return yellowChip_; }
    /// True while the list is planned in the background (UiContext::loadFollowUpsInBackground).
    [[nodiscard]] bool isLoading() const { return listTicket_ != 0; }
    [[nodiscard]] QLabel* busyLabel() const { return busyLabel_; }

public Q_SLOTS:
    /// Reloads today's list (keeps the selected customer when still listed).
    void refresh();
    /// Selects the row of this customer; false when not listed (or filtered out).
    bool selectCustomer(qint64 customerId);
    /// Records the call for the selected item; false (with a message) when nothing was saved.
    bool saveCall();
    void editScripts();
    void editSatisfactionItems();
    /// "打印名单…" without the preview: the list as filtered, painted on `device` (tests, PDF).
    bool printList(QPagedPaintDevice& device) const;
    /// 导出短信: asks for the template and the file, then exportMessages().
    void chooseMessageExport();
    /// Exports today's list for `key` as the SMS platform's CSV (MessageService; only customers
    /// with consent) and reloads the list; returns the summary (or the error) shown to the user.
    /// `saved` (when given) tells whether the file was written.
    QString exportMessages(domain::MessageTemplateKey key, const QString& path,
                           bool* saved = nullptr);

Q_SIGNALS:
    /// "打开档案": the shell shows the customer card.
    void openCustomerRequested(qint64 customerId);
    /// A call was recorded (the customer's data may have changed).
    void callRecorded(qint64 customerId);
    /// The list on screen was replaced by a newly planned one (also after a failure).
    void listLoaded();
    /// The customer summary of the selected item shows its card read (background card reads).
    void summaryLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    [[nodiscard]] QString listTitle() const;
    void build();
    QWidget* buildFilters();
    QWidget* buildDetails();
    void fillAssignees();
    void updateCounts();
    /// Shows the day's list share of the selected user (CallListService::dayList).
    void applyDayList(services::Result<domain::CallList> list);
    /// The common end of refresh(): empty text, satisfaction items, selection, counts.
    void finishRefresh(qint64 keep, int keepRow);
    void onCurrentChanged();
    void applyList(services::Result<std::vector<domain::FollowUpItem>> items);
    void showSummary(const domain::FollowUpItem* item);
    /// The summary of `item`: with the card's lines, the "reading" line while `cardPending`, or
    /// the card read's message when it failed (`cardError`, instead of the customer's lines).
    void renderSummary(const domain::FollowUpItem& item,
                       const std::optional<services::CustomerCard>& card, bool cardPending,
                       const QString& cardError = {});
    /// The card read of `customerId` for the summary: the card, or its error logged and its
    /// message in `error`.
    static std::optional<services::CustomerCard> cardOrError(
        services::Result<services::CustomerCard> read, qint64 customerId, QString& error);
    void showScript();
    [[nodiscard]] QString scriptText(const QString& key) const;

    UiContext& ctx_;
    services::Clock clock_;
    FollowUpListModel* model_ = nullptr;
    FollowUpFilterProxy* proxy_ = nullptr;
    QTableView* table_ = nullptr;
    QComboBox* kindFilter_ = nullptr;
    QComboBox* stageFilter_ = nullptr;
    QComboBox* urgencyFilter_ = nullptr;
    QComboBox* assigneeFilter_ = nullptr;
    QLabel* dayLabel_ = nullptr;
    BadgeLabel* redChip_ = nullptr;
    BadgeLabel* yellowChip_ = nullptr;
    BadgeLabel* greenChip_ = nullptr;
    QLabel* counts_ = nullptr;
    QLabel* planLabel_ = nullptr;
    QCheckBox* backlogBox_ = nullptr;  ///< lists the backlog too (day's list only)
    QLabel* summary_ = nullptr;
    QPushButton* openCard_ = nullptr;
    QTextBrowser* script_ = nullptr;
    SatisfactionPanel* satisfaction_ = nullptr;
    CallOutcomePanel* outcome_ = nullptr;
    QLabel* emptyLabel_ = nullptr;
    QLabel* busyLabel_ = nullptr;
    FollowUpLoader* loader_ = nullptr;  ///< background planning (owned, child); null: synchronous
    CardLoader* cardLoader_ = nullptr;  ///< background summary card reads (owned, child)
    int listTicket_ = 0;                ///< the list request whose answer is awaited; 0: none
    int lastTicket_ = 0;
    int cardTicket_ = 0;  ///< the latest summary card request (older answers are dropped)
    /// The item the outcome panel was set up for (customer, kind): a reloaded list that keeps it
    /// selected keeps what was typed for it.
    std::optional<std::pair<qint64, domain::FollowUpKind>> panelItem_;
    bool applying_ = false;  ///< applyList() is restoring the selection
    QDate lastVisit_;
    bool loaded_ = false;
    /// The stored yellowWindowDays (read at refresh()), for the yellow chip's tooltip.
    std::optional<int> yellowWindowDays_;
    QString yellowWindowError_;  ///< why yellowWindowDays_ could not be read
};

}  // namespace hc::ui
