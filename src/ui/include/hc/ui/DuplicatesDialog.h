#pragma once

#include "hc/services/ActingUser.h"
#include "hc/services/DuplicateService.h"

#include <QDialog>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace hc::ui {

class BackgroundJob;

/// 重复客户 (manager): the groups of likely duplicate customers with reason and score, the two
/// chosen customers side by side with the value kept for each field (Space on a cell chooses it),
/// merge (backup first, confirmation), "not the same customer" (不是同一客户: the pair is no longer
/// suggested, after a confirmation), and the merge history with undo. Errors and results are
/// shown in the status line under the tabs; the only message box is the confirmation.
class DuplicatesDialog : public QDialog {
    Q_OBJECT
public:
    /// With `loadInBackground` the groups are looked for off the GUI thread on a connection of
    /// their own (seconds on a large archive: 正在查找……, then groupsLoaded()).
    DuplicatesDialog(services::DuplicateService& duplicates, const services::ActingUser& user,
                     QWidget* parent = nullptr, bool loadInBackground = false);

    /// Replaces the confirmation box (tests): returns whether to go on.
    void setConfirmation(std::function<bool(const QString&)> confirm) {
        confirm_ = std::move(confirm);
    }
    /// Reloads the groups and the history.
    void reload();
    /// Merges the two chosen customers with the chosen values (after the confirmation): off the
    /// GUI thread on a connection of its own (its verified backup of a large archive takes
    /// seconds), 正在合并…… meanwhile; mergeFinished() follows.
    void mergeChosen();
    [[nodiscard]] bool isMerging() const;
    /// Marks the two chosen customers as "not the same customer" (after the confirmation): the
    /// pair is no longer suggested.
    void dismissChosen();
    /// Undoes the merge selected in the history (after the confirmation).
    void undoSelected();

Q_SIGNALS:
    /// A merge started by mergeChosen() ended: `ok`, or its error is on the status line.
    void mergeFinished(bool ok);
    /// The groups looked for off the GUI thread (loadInBackground) are shown.
    void groupsLoaded();

private:
    void showGroup(int row);
    void showPair();
    void swapPair();
    void loadHistory();
    void setStatus(const QString& text, bool error);
    [[nodiscard]] static QString fieldLabel(const QString& column);
    [[nodiscard]] static QString valueText(const QString& column, const QString& value);
    [[nodiscard]] static QString reasonText(domain::DuplicateReason reason);

    services::DuplicateService& duplicates_;
    services::ActingUser user_;
    std::function<bool(const QString&)> confirm_;
    std::vector<services::DuplicateCandidates> groups_;
    std::vector<services::MergeHistoryEntry> history_;
    QTabWidget* tabs_ = nullptr;
    QTableWidget* groupsTable_ = nullptr;
    QComboBox* kept_ = nullptr;
    QComboBox* removed_ = nullptr;
    QTableWidget* fields_ = nullptr;
    QPushButton* merge_ = nullptr;
    QPushButton* notSame_ = nullptr;
    QPushButton* swap_ = nullptr;
    QTableWidget* historyTable_ = nullptr;
    QPushButton* undo_ = nullptr;
    QLabel* status_ = nullptr;
    bool filling_ = false;
    BackgroundJob* mergeJob_ = nullptr;
    BackgroundJob* findJob_ = nullptr;  ///< null: the groups are looked for at once
    bool findingNote_ = false;          ///< the status line says 正在查找……
    /// Shows the groups found (or the error), then the history.
    void showGroups(const services::Result<std::vector<services::DuplicateCandidates>>& found);
};

}  // namespace hc::ui
