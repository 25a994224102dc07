// The import wizard offscreen (issue 14 item 2): columns mapped from their headers and saved as a
// profile, the preview showing a problem at its cell, a cancelled import keeping nothing, and an
// import with its rejects file; a customer list (no visits) mapped, dry-run and imported.
#include "AppHarness.h"
#include "SqlRows.h"
#include "hc/services/ImportProfileService.h"
#include "hc/ui/ImportWizard.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hc::test {
namespace {

class ImportWizardTest : public ::testing::Test {
protected:
    QString writeCsv(const QString& name, const QString& text) {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return path;
    }
    QString count(const QString& table) {
        return sqlRows(app.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).value(0);
    }
    static QComboBox* fieldCombo(ui::ImportWizard& w, int column) {
        return w.findChild<QComboBox*>(QStringLiteral("importFieldCombo%1").arg(column));
    }
    static bool waitRun(ui::ImportWizard& w, QSignalSpy& spy) {
        if (spy.isEmpty() && !spy.wait(20000)) {
            return false;
        }
        return !w.isRunning();
    }
    AppHarness app;
    QTemporaryDir dir;
    const QString header = QStringLiteral("姓名,手机,车牌,日期,金额,Notiz\n");
};

TEST_F(ImportWizardTest, MapsColumnsFromTheHeadersAndSavesAProfile) {
    const QString path = writeCsv(QStringLiteral("a.csv"),
                                  header + QStringLiteral("Li Lei,13812345678,京A12345,2026-09-01,"
                                                          "300,frei\n"));
    ui::ImportWizard w(app.context);
    w.setFilePath(path);
    w.next();
    ASSERT_EQ(w.currentId(), ui::ImportWizard::MappingPage);
    EXPECT_EQ(fieldCombo(w, 0)->currentData().toString(), QStringLiteral("name"));
    EXPECT_EQ(fieldCombo(w, 1)->currentData().toString(), QStringLiteral("phone"));
    EXPECT_EQ(fieldCombo(w, 2)->currentData().toString(), QStringLiteral("plate"));
    EXPECT_EQ(fieldCombo(w, 3)->currentData().toString(), QStringLiteral("visit_date"));
    EXPECT_EQ(fieldCombo(w, 4)->currentData().toString(), QStringLiteral("amount"));
    EXPECT_EQ(fieldCombo(w, 5)->currentData().toString(), QString()) << "unknown → not imported";
    // Changed by hand and saved as a named profile.
    fieldCombo(w, 5)->setCurrentIndex(fieldCombo(w, 5)->findData(QStringLiteral("model")));
    w.findChild<QLineEdit*>(QStringLiteral("importProfileName"))->setText(QStringLiteral("old"));
    w.findChild<QPushButton*>(QStringLiteral("importSaveProfileButton"))->click();
    const auto profiles = app.context.importProfiles->profiles(services::ImportProfileKind::Visits);
    ASSERT_TRUE(profiles.ok());
    ASSERT_EQ(profiles.value().count(QStringLiteral("old")), 1u);
    EXPECT_EQ(profiles.value().at(QStringLiteral("old")).columnToField.at(QStringLiteral("Notiz")),
              QStringLiteral("model"));
    EXPECT_EQ(w.mapping().columnToField.at(QStringLiteral("手机")), QStringLiteral("phone"));

    // A new wizard on the same file picks the profile up.
    ui::ImportWizard again(app.context);
    again.setFilePath(path);
    again.next();
    auto* profile = again.findChild<QComboBox*>(QStringLiteral("importProfileCombo"));
    const int index = profile->findText(QStringLiteral("old"));
    ASSERT_GT(index, 0);
    profile->setCurrentIndex(index);
    Q_EMIT profile->activated(index);
    EXPECT_EQ(fieldCombo(again, 5)->currentData().toString(), QStringLiteral("model"));
}

TEST_F(ImportWizardTest, ALargeFileIsReadOffTheGuiThreadThenTheWizardGoesOn) {
    QString text = header;
    for (int i = 0; i < 2000; ++i) {
        text += QStringLiteral("Li Lei %1,138%2,京A%3,2026-09-01,300,x\n")
                    .arg(i)
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(i, 5, 10, QLatin1Char('0'));
    }
    const QString path = writeCsv(QStringLiteral("large.csv"), text);
    ui::ImportWizard w(app.context);
    w.setReadInBackgroundFrom(1024);  // this file counts as large
    w.show();
    QSignalSpy read(&w, &ui::ImportWizard::fileRead);
    w.setFilePath(path);
    w.next();
    EXPECT_EQ(w.currentId(), ui::ImportWizard::FilePage) << "not read yet";
    EXPECT_TRUE(w.isReadingFile());
    auto* note = w.findChild<QLabel*>(QStringLiteral("importFileError"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("正在读取"))) << note->text().toStdString();
    w.next();  // Next again meanwhile: still waiting, not read twice
    ASSERT_TRUE(read.wait(20000));
    EXPECT_EQ(read.count(), 1);
    EXPECT_TRUE(read.at(0).at(0).toBool());
    EXPECT_FALSE(w.isReadingFile());
    ASSERT_EQ(w.currentId(), ui::ImportWizard::MappingPage);
    EXPECT_EQ(w.table().records.size(), 2000U);
    EXPECT_EQ(fieldCombo(w, 0)->currentData().toString(), QStringLiteral("name"));
    EXPECT_TRUE(note->text().isEmpty());
}

TEST_F(ImportWizardTest, OffersOnlyTheProfilesOfTheChosenContent) {
    services::ImportMapping visits;
    visits.columnToField = {{QStringLiteral("Notiz"), QStringLiteral("model")}};
    ASSERT_TRUE(app.context.importProfiles
                    ->save(app.context.user, QStringLiteral("工单方案"),
                           services::ImportProfileKind::Visits, visits)
                    .ok());
    services::ImportMapping customers;
    customers.columnToField = {{QStringLiteral("Notiz"), QStringLiteral("address")}};
    ASSERT_TRUE(app.context.importProfiles
                    ->save(app.context.user, QStringLiteral("名单方案"),
                           services::ImportProfileKind::Customers, customers)
                    .ok());
    const QString path = writeCsv(QStringLiteral("p.csv"),
                                  header + QStringLiteral("Li Lei,13812345678,京A12345,2026-09-01,"
                                                          "300,frei\n"));
    // A visit history: only the visit profile.
    ui::ImportWizard w(app.context);
    w.setFilePath(path);
    w.next();
    ASSERT_EQ(w.currentId(), ui::ImportWizard::MappingPage);
    auto* profile = w.findChild<QComboBox*>(QStringLiteral("importProfileCombo"));
    EXPECT_GT(profile->findText(QStringLiteral("工单方案")), 0);
    EXPECT_EQ(profile->findText(QStringLiteral("名单方案")), -1);

    // A customer list: only the customer profile; one saved here is a customer profile.
    ui::ImportWizard list(app.context);
    auto* kind = list.findChild<QComboBox*>(QStringLiteral("importKindCombo"));
    ASSERT_GT(kind->findData(QStringLiteral("customers")), 0);
    kind->setCurrentIndex(kind->findData(QStringLiteral("customers")));
    list.setFilePath(path);
    list.next();
    ASSERT_EQ(list.currentId(), ui::ImportWizard::MappingPage);
    profile = list.findChild<QComboBox*>(QStringLiteral("importProfileCombo"));
    EXPECT_EQ(profile->findText(QStringLiteral("工单方案")), -1);
    const int index = profile->findText(QStringLiteral("名单方案"));
    ASSERT_GT(index, 0);
    profile->setCurrentIndex(index);
    Q_EMIT profile->activated(index);
    EXPECT_EQ(fieldCombo(list, 5)->currentData().toString(), QStringLiteral("address"));
    list.findChild<QLineEdit*>(QStringLiteral("importProfileName"))
        ->setText(QStringLiteral("名单二"));
    list.findChild<QPushButton*>(QStringLiteral("importSaveProfileButton"))->click();
    EXPECT_EQ(app.context.importProfiles->profiles(services::ImportProfileKind::Customers)
                  .value()
                  .count(QStringLiteral("名单二")),
              1u);
    EXPECT_EQ(app.context.importProfiles->profiles(services::ImportProfileKind::Visits)
                  .value()
                  .count(QStringLiteral("名单二")),
              0u);
}

TEST_F(ImportWizardTest, UnreadableFileStaysOnTheFirstPageWithTheReason) {
    ui::ImportWizard w(app.context);
    w.setFilePath(dir.filePath(QStringLiteral("missing.csv")));
    w.next();
    EXPECT_EQ(w.currentId(), ui::ImportWizard::FilePage);
    EXPECT_FALSE(w.findChild<QLabel*>(QStringLiteral("importFileError"))->text().isEmpty());
}

TEST_F(ImportWizardTest, PreviewShowsEachProblemAtItsCell) {
    const QString path = writeCsv(QStringLiteral("b.csv"),
                                  header + QStringLiteral("Li Lei,13812345678,京A12345,2026-09-01,"
                                                          "300,x\n"
                                                          "Han Mei,13912345678,京B12345,2026-09-02,"
                                                          "abc,y\n"));
    ui::ImportWizard w(app.context);
    QSignalSpy finished(&w, &ui::ImportWizard::runFinished);
    w.setFilePath(path);
    w.next();
    w.next();
    ASSERT_EQ(w.currentId(), ui::ImportWizard::PreviewPage);
    ASSERT_TRUE(waitRun(w, finished));
    auto* preview = w.findChild<QTableWidget*>(QStringLiteral("importPreviewTable"));
    ASSERT_EQ(preview->rowCount(), 2);
    // Row 2 of the table (line 3 of the file), column 金额 (index 4): marked, with the reason.
    EXPECT_FALSE(preview->item(1, 4)->toolTip().isEmpty());
    EXPECT_NE(preview->item(1, 4)->background(), preview->item(0, 4)->background());
    EXPECT_TRUE(preview->item(1, 3)->toolTip().isEmpty());
    EXPECT_TRUE(preview->item(0, 4)->toolTip().isEmpty());
    auto* problems = w.findChild<QListWidget*>(QStringLiteral("importProblemList"));
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("3")));
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("金额")));
    // The preview is a dry run: nothing written.
    EXPECT_EQ(count(QStringLiteral("visits")), QStringLiteral("0"));
}

TEST_F(ImportWizardTest, CancelledImportKeepsNothing) {
    QString text = header;
    for (int i = 0; i < 250; ++i) {
        text += QStringLiteral("Kunde %1,139%2,京C%3,2026-09-01,100,n\n")
                    .arg(i)
                    .arg(10000000 + i)
                    .arg(10000 + i);
    }
    const QString path = writeCsv(QStringLiteral("c.csv"), text);
    const QString customersBefore = count(QStringLiteral("customers"));
    ui::ImportWizard w(app.context);
    QSignalSpy finished(&w, &ui::ImportWizard::runFinished);
    w.setFilePath(path);
    w.next();  // mapping
    w.next();  // preview
    ASSERT_TRUE(waitRun(w, finished));
    finished.clear();
    w.next();  // dry run
    ASSERT_EQ(w.currentId(), ui::ImportWizard::DryRunPage);
    ASSERT_TRUE(waitRun(w, finished));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool());
    EXPECT_TRUE(w.findChild<QLabel*>(QStringLiteral("importDryRunSummary"))
                    ->text()
                    .contains(QStringLiteral("250")));
    EXPECT_EQ(count(QStringLiteral("visits")), QStringLiteral("0")) << "a dry run keeps nothing";
    // Cancel as soon as the import reports progress past its first rows.
    int calls = 0;
    QObject::connect(&w, &ui::ImportWizard::progressed, &w, [&](int done, int) {
        ++calls;
        if (done >= 100) {
            w.findChild<QPushButton*>(QStringLiteral("importCancelButton"))->click();
        }
    });
    w.next();  // import
    ASSERT_EQ(w.currentId(), ui::ImportWizard::ResultPage);
    ASSERT_TRUE(waitRun(w, finished));
    EXPECT_FALSE(finished.takeFirst().at(0).toBool());
    EXPECT_GE(calls, 2);
    EXPECT_FALSE(w.imported().has_value());
    EXPECT_EQ(count(QStringLiteral("visits")), QStringLiteral("0"));
    EXPECT_EQ(count(QStringLiteral("customers")), customersBefore);
    EXPECT_FALSE(w.findChild<QLabel*>(QStringLiteral("importResult"))->text().isEmpty());
}

TEST_F(ImportWizardTest, ImportWritesTheRowsAndSavesTheRejects) {
    const QString path = writeCsv(QStringLiteral("d.csv"),
                                  header + QStringLiteral("Li Lei,13812345678,京A12345,2026-09-01,"
                                                          "300,x\n"
                                                          "Han Mei,13912345678,京B12345,2026-09-02,"
                                                          "abc,y\n"
                                                          "Wu Di,13712345678,京D12345,2026-09-03,"
                                                          "120.5,z\n"));
    ui::ImportWizard w(app.context);
    QSignalSpy finished(&w, &ui::ImportWizard::runFinished);
    w.setFilePath(path);
    w.next();
    w.next();
    ASSERT_TRUE(waitRun(w, finished));
    finished.clear();
    w.next();
    ASSERT_TRUE(waitRun(w, finished));
    finished.clear();
    w.next();
    ASSERT_TRUE(waitRun(w, finished));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool())
        << w.findChild<QLabel*>(QStringLiteral("importResult"))->text().toStdString();
    ASSERT_TRUE(w.imported().has_value());
    EXPECT_EQ(w.imported()->imported, 2);
    EXPECT_EQ(w.imported()->rejected, 1);
    EXPECT_EQ(count(QStringLiteral("visits")), QStringLiteral("2"));
    ASSERT_FALSE(w.rejectsFile().isEmpty());
    QFile rejects(w.rejectsFile());
    ASSERT_TRUE(rejects.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(rejects.readAll()).contains(QStringLiteral("Han Mei")));
    EXPECT_TRUE(w.findChild<QPushButton*>(QStringLiteral("importOpenRejectsButton"))->isEnabled());
}

TEST_F(ImportWizardTest, ImportsACustomerListWithoutVisits) {
    const QString path =
        writeCsv(QStringLiteral("customers.csv"),
                 QStringLiteral("姓名,手机,备用电话,地址,车牌,车型,Notiz\n"
                                "Li Lei,13812345678,13612345678,西安市雁塔区,京A12345;京A54321,"
                                "Sagitar;Lavida,x\n"
                                "Han Mei,13912345678,,,京B12345,Bora,y\n"
                                "Nobody,,,,,,z\n"));
    const QString customersBefore = count(QStringLiteral("customers"));
    const QString vehiclesBefore = count(QStringLiteral("vehicles"));
    ui::ImportWizard w(app.context);
    QSignalSpy finished(&w, &ui::ImportWizard::runFinished);
    auto* kind = w.findChild<QComboBox*>(QStringLiteral("importKindCombo"));
    const int customers = kind->findData(QStringLiteral("customers"));
    ASSERT_GT(customers, 0);
    kind->setCurrentIndex(customers);
    w.setFilePath(path);
    w.next();
    ASSERT_EQ(w.currentId(), ui::ImportWizard::MappingPage);
    // Mapped from CustomerRowMapper's synonyms; the visit fields are not offered.
    EXPECT_EQ(fieldCombo(w, 0)->currentData().toString(), QStringLiteral("name"));
    EXPECT_EQ(fieldCombo(w, 1)->currentData().toString(), QStringLiteral("phone"));
    EXPECT_EQ(fieldCombo(w, 2)->currentData().toString(), QStringLiteral("phone2"));
    EXPECT_EQ(fieldCombo(w, 3)->currentData().toString(), QStringLiteral("address"));
    EXPECT_EQ(fieldCombo(w, 4)->currentData().toString(), QStringLiteral("plate"));
    EXPECT_EQ(fieldCombo(w, 5)->currentData().toString(), QStringLiteral("model"));
    EXPECT_EQ(fieldCombo(w, 6)->currentData().toString(), QString());
    EXPECT_EQ(fieldCombo(w, 0)->findData(QStringLiteral("visit_date")), -1);
    EXPECT_GE(fieldCombo(w, 0)->findData(QStringLiteral("id_number")), 0);

    // Without the name column the customer list cannot go on: the reason is shown.
    fieldCombo(w, 0)->setCurrentIndex(0);
    w.next();
    EXPECT_EQ(w.currentId(), ui::ImportWizard::MappingPage);
    EXPECT_TRUE(w.findChild<QLabel*>(QStringLiteral("importMappingNote"))
                    ->text()
                    .contains(QStringLiteral("name")));
    fieldCombo(w, 0)->setCurrentIndex(fieldCombo(w, 0)->findData(QStringLiteral("name")));

    w.next();  // preview
    ASSERT_EQ(w.currentId(), ui::ImportWizard::PreviewPage);
    ASSERT_TRUE(waitRun(w, finished));
    finished.clear();
    auto* problems = w.findChild<QListWidget*>(QStringLiteral("importProblemList"));
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().contains(QStringLiteral("4")));

    w.next();  // dry run
    ASSERT_EQ(w.currentId(), ui::ImportWizard::DryRunPage);
    ASSERT_TRUE(waitRun(w, finished));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool());
    const QString dryRun = w.findChild<QLabel*>(QStringLiteral("importDryRunSummary"))->text();
    EXPECT_TRUE(dryRun.contains(QStringLiteral("共 3 行"))) << dryRun.toStdString();
    EXPECT_TRUE(dryRun.contains(QStringLiteral("导入 2 行"))) << dryRun.toStdString();
    EXPECT_TRUE(dryRun.contains(QStringLiteral("有问题 1 行"))) << dryRun.toStdString();
    EXPECT_TRUE(dryRun.contains(QStringLiteral("新建客户 2 位"))) << dryRun.toStdString();
    EXPECT_TRUE(dryRun.contains(QStringLiteral("车辆 3 辆"))) << dryRun.toStdString();
    EXPECT_EQ(count(QStringLiteral("customers")), customersBefore) << "a dry run keeps nothing";

    w.next();  // import
    ASSERT_EQ(w.currentId(), ui::ImportWizard::ResultPage);
    ASSERT_TRUE(waitRun(w, finished));
    EXPECT_TRUE(finished.takeFirst().at(0).toBool())
        << w.findChild<QLabel*>(QStringLiteral("importResult"))->text().toStdString();
    ASSERT_TRUE(w.imported().has_value());
    EXPECT_EQ(w.imported()->imported, 2);
    EXPECT_EQ(w.imported()->rejected, 1);
    EXPECT_EQ(w.imported()->customersCreated, 2);
    EXPECT_EQ(w.imported()->vehiclesCreated, 3);
    EXPECT_EQ(count(QStringLiteral("customers")).toInt(), customersBefore.toInt() + 2);
    EXPECT_EQ(count(QStringLiteral("vehicles")).toInt(), vehiclesBefore.toInt() + 3);
    EXPECT_EQ(count(QStringLiteral("visits")), QStringLiteral("0"));
    EXPECT_EQ(sqlRows(app.db(), QStringLiteral("SELECT count(*) FROM vehicles v JOIN customers c "
                                               "ON c.id = v.customer_id WHERE c.name = 'Li Lei'"))
                  .value(0),
              QStringLiteral("2"));
    EXPECT_FALSE(w.rejectsFile().isEmpty());
}

}  // namespace
}  // namespace hc::test
