// Backups in the app: the status bar shows the age of the last verified backup and warns after 2
// days without one; the manager's 备份与恢复 dialog lists the backups, backs up now and asks the
// app to restore the selected verified one.
#include "QtApp.h"
#include "TempDatabase.h"
#include "hc/services/ActingUser.h"
#include "hc/services/BackupService.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/BackupStatusLabel.h"

#include <QSignalSpy>
#include <QTableWidget>

#include <gtest/gtest.h>

#include <memory>

namespace hc::test {
namespace {

class BackupUi : public ::testing::Test {
protected:
    void SetUp() override {
        qtApp();
        temp = std::make_unique<TempDatabase>();
        backups = std::make_unique<services::BackupService>(temp->db(), [this] { return now; });
        manager.id = 0;
        manager.username = QStringLiteral("manager");
        manager.role = domain::Role::Manager;
    }
    std::unique_ptr<TempDatabase> temp;
    QDateTime now{QDate(2026, 6, 15), QTime(9, 30)};
    std::unique_ptr<services::BackupService> backups;
    services::ActingUser manager;
};

TEST_F(BackupUi, StatusShowsTheAgeAndWarnsAfterTwoDays) {
    ui::BackupStatusLabel label(*backups);
    EXPECT_TRUE(label.isWarning()) << "no backup yet";
    ASSERT_TRUE(backups->create(QStringLiteral("manual")).ok());
    label.refresh();
    EXPECT_FALSE(label.isWarning());
    EXPECT_TRUE(label.text().contains(QStringLiteral("09:30"))) << label.text().toStdString();
    now = now.addDays(2);
    label.refresh();
    EXPECT_FALSE(label.isWarning());
    now = now.addDays(1);
    label.refresh();
    EXPECT_TRUE(label.isWarning());
    EXPECT_TRUE(label.text().contains(QStringLiteral("3"))) << label.text().toStdString();
}

TEST_F(BackupUi, DialogBacksUpAndRequestsTheRestoreOfTheSelectedBackup) {
    ui::BackupDialog dialog(*backups, manager);
    EXPECT_EQ(dialog.table()->rowCount(), 0);
    EXPECT_FALSE(dialog.restoreSelected(true));
    QSignalSpy finished(&dialog, &ui::BackupDialog::backupFinished);
    ASSERT_TRUE(dialog.backupNow());  // off the GUI thread
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    QSignalSpy spy(&dialog, &ui::BackupDialog::restoreRequested);
    dialog.table()->selectRow(0);
    EXPECT_TRUE(dialog.restoreSelected(true));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), backups->latestVerified()->file);
}

}  // namespace
}  // namespace hc::test
