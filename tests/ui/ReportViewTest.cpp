// The report screen (报表) on a real database: seed 001 imported through the visit import, the
// real MonthlyReportService, the Pareto chart series, the composition pie, the matrix grid and the
// drill-down from a clicked number to the callback list.
#include "QtApp.h"

#include "hc/domain/Role.h"
#include "hc/report/ReportLabels.h"
#include "hc/report/ReportTables.h"
#include "hc/services/CustomerService.h"
#include "hc/services/MonthlyReportService.h"
#include "hc/services/UserService.h"
#include "hc/services/VisitImportService.h"
#include "hc/storage/Database.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/ReportCharts.h"
#include "hc/ui/ReportSectionPage.h"
#include "hc/ui/ReportSectionTables.h"
#include "hc/ui/ReportTableModel.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/UiContext.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>
#include <QPrinter>
#include <QProcess>

#include <memory>

namespace hc::ui {
namespace {

class ReportViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::qtApp();
        for (const QString& family :
             {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC")}) {
            if (QFontDatabase::families().contains(family)) {
                QFont font = QApplication::font();
                font.setFamilies({family, font.family()});
                QApplication::setFont(font);
                break;
            }
        }
        ASSERT_TRUE(dir_.isValid());
        db_ = storage::Database::open(dir_.filePath(QStringLiteral("report.db")));
        const services::Clock clock = [] { return QDateTime(QDate(2017, 1, 5), QTime(9, 0)); };
        services::LoginPolicy policy;
        policy.passwordIterations = 10000;
        users_ = std::make_unique<services::UserService>(*db_, clock, policy);
        customers_ = std::make_unique<services::CustomerService>(*db_, clock);
        reports_ = std::make_unique<services::MonthlyReportService>(*db_, clock);
        auto id =
            users_->addUser(services::ActingUser{}, QStringLiteral("wang"), domain::Role::Manager,
                            QStringLiteral("Secret#2024"), QStringLiteral("王经理"));
        ASSERT_TRUE(id) << id.error().message.toStdString();
        manager_ = {id.value(), QStringLiteral("wang"), domain::Role::Manager};

        QFile file(QStringLiteral(HC_TEST_DATA_DIR "/seed001_visits.csv"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        services::VisitImportService import(*db_, clock);
        const auto imported = import.importVisits(manager_, file.readAll());
        ASSERT_TRUE(imported) << imported.error().message.toStdString();

        ctx_.customers = customers_.get();
        ctx_.users = users_.get();
        ctx_.reports = reports_.get();
        ctx_.user = manager_;
    }

    template <typename T>
    static T* child(QWidget& w, const QString& name) {
        auto* found = w.findChild<T*>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    static void clickCell(QTableWidget* table, int row, int column) {
        const QRect rect = table->visualItemRect(table->item(row, column));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }
    static void clickCell(QTableView* table, int row, int column) {
        const QRect rect = table->visualRect(table->model()->index(row, column));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }
    static QString text(QTableView* table, int row, int column) {
        return table->model()->index(row, column).data().toString();
    }

    QTemporaryDir dir_;
    std::unique_ptr<storage::Database> db_;
    std::unique_ptr<services::UserService> users_;
    std::unique_ptr<services::CustomerService> customers_;
    std::unique_ptr<services::MonthlyReportService> reports_;
    services::ActingUser manager_;
    UiContext ctx_;
};

TEST_F(ReportViewTest, ShowsSeed001ParetoCompositionAndMatrix) {
    ReportView view(ctx_);
    view.resize(1280, 860);
    view.show();
    ASSERT_TRUE(view.showMonth({2016, 12}));
    ASSERT_TRUE(view.report().has_value());
    const auto& report = *view.report();
    EXPECT_EQ(view.monthEdit()->date(), QDate(2016, 12, 1));
    EXPECT_EQ(view.tabs()->count(), 10);  // 8 sections, 客户基础, and the manager's 模型检验

    // Pareto: one bar per customer, cumulative line 24.67 … 100, marks at 80 and 95.
    auto* pareto = child<QChartView>(view, QStringLiteral("paretoChart"));
    ASSERT_NE(pareto, nullptr);
    QBarSeries* bars = nullptr;
    QLineSeries* cumulative = nullptr;
    QLineSeries* markA = nullptr;
    QLineSeries* markB = nullptr;
    for (QAbstractSeries* s : pareto->chart()->series()) {
        if (s->objectName() == QLatin1String("paretoBars")) {
            bars = qobject_cast<QBarSeries*>(s);
        } else if (s->objectName() == QLatin1String("paretoCumulative")) {
            cumulative = qobject_cast<QLineSeries*>(s);
        } else if (s->objectName() == QLatin1String("paretoMarkA")) {
            markA = qobject_cast<QLineSeries*>(s);
        } else if (s->objectName() == QLatin1String("paretoMarkB")) {
            markB = qobject_cast<QLineSeries*>(s);
        }
    }
    ASSERT_NE(bars, nullptr);
    ASSERT_NE(cumulative, nullptr);
    ASSERT_NE(markA, nullptr);
    ASSERT_NE(markB, nullptr);
    ASSERT_EQ(bars->count(), 1);
    EXPECT_EQ(bars->barSets().front()->count(), 9);
    EXPECT_DOUBLE_EQ(bars->barSets().front()->at(0), 2430.0);
    ASSERT_EQ(cumulative->count(), 9);
    EXPECT_DOUBLE_EQ(cumulative->at(0).y(), 24.67);
    EXPECT_DOUBLE_EQ(cumulative->at(8).y(), 100.0);
    EXPECT_DOUBLE_EQ(markA->at(0).y(), 80.0);
    EXPECT_DOUBLE_EQ(markB->at(0).y(), 95.0);

    // Composition pie: one slice per class with the report's counts.
    auto* pieView = child<QChartView>(view, QStringLiteral("compositionChart"));
    ASSERT_NE(pieView, nullptr);
    auto* pie = qobject_cast<QPieSeries*>(pieView->chart()->series().front());
    ASSERT_NE(pie, nullptr);
    ASSERT_EQ(pie->count(), 5);
    const auto& rows = report.composition.report;
    int total = 0;
    const QStringList keys = {QStringLiteral("loyal"), QStringLiteral("swing"),
                              QStringLiteral("lost"), QStringLiteral("invalid"),
                              QStringLiteral("no_visit")};
    for (int i = 0; i < 5; ++i) {
        EXPECT_DOUBLE_EQ(pie->slices().at(i)->value(), rows.row(keys.at(i))->count);
        total += static_cast<int>(pie->slices().at(i)->value());
    }
    EXPECT_EQ(total, rows.row(QStringLiteral("customers"))->count);
    EXPECT_EQ(total, 9);

    // Matrix grid: 3 × 2 cells with the counts of the service, 9 customers in all.
    auto* matrix = child<QTableWidget>(view, QStringLiteral("matrixGrid"));
    ASSERT_NE(matrix, nullptr);
    ASSERT_EQ(matrix->rowCount(), 3);
    ASSERT_EQ(matrix->columnCount(), 2);
    int inMatrix = 0;
    for (int c = 0; c < domain::kMatrixCellCount; ++c) {
        const auto cell = static_cast<domain::MatrixCell>(c);
        const auto* item = matrix->item(c / 2, c % 2);
        ASSERT_NE(item, nullptr);
        const int count = report.matrix.summary.cell(cell).customers;
        EXPECT_EQ(item->data(Qt::UserRole + 3).toInt(), count);
        EXPECT_TRUE(item->text().startsWith(domain::toKey(cell) + QStringLiteral(":") +
                                            QString::number(count)))
            << item->text().toStdString();
        inMatrix += count;
    }
    EXPECT_EQ(inMatrix, 9);

    // ABC grade table: A 5 / B 2 / C 2, numbers right-aligned.
    auto* grades = child<QTableView>(view, QStringLiteral("abcGradesTable"));
    ASSERT_NE(grades, nullptr);
    EXPECT_EQ(text(grades, 0, 1), QStringLiteral("5"));
    EXPECT_EQ(text(grades, 1, 1), QStringLiteral("2"));
    EXPECT_EQ(text(grades, 2, 1), QStringLiteral("2"));
    EXPECT_EQ(text(grades, 0, 4), QStringLiteral("73.71"));  // the header says 金额占比%
    EXPECT_TRUE(grades->model()->index(0, 1).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);

    const QString shots = qEnvironmentVariable("HC_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        for (int i = 0; i < view.tabs()->count(); ++i) {
            view.tabs()->setCurrentIndex(i);
            QApplication::processEvents();
            view.repaint();
            const QString name =
                i == 1 ? QStringLiteral("reports") : QStringLiteral("reports-%1").arg(i);
            EXPECT_TRUE(view.grab().save(QDir(shots).filePath(name + QStringLiteral(".png"))));
        }
    }
}

TEST_F(ReportViewTest, ChurnTabPairsEachChartWithItsOwnTableAndShowsWholeRegionNames) {
    ReportView view(ctx_);
    view.resize(1366, 728);
    view.show();
    ASSERT_TRUE(view.showMonth({2016, 12}));
    for (int i = 0; i < view.tabs()->count(); ++i) {
        if (view.tabs()->widget(i)->findChild<QChartView*>(QStringLiteral("churnRegionChart"))) {
            view.tabs()->setCurrentIndex(i);
        }
    }
    QApplication::processEvents();
    auto* regionChart = child<QChartView>(view, QStringLiteral("churnRegionChart"));
    auto* ageChart = child<QChartView>(view, QStringLiteral("churnAgeChart"));
    auto* regionTable = child<QTableView>(view, QStringLiteral("churnRegionTable"));
    auto* ageTable = child<QTableView>(view, QStringLiteral("churnAgeTable"));
    ASSERT_TRUE(regionChart && ageChart && regionTable && ageTable);
    auto span = [&view](QWidget* w) {
        const QPoint left = w->mapTo(&view, QPoint(0, 0));
        return std::pair<int, int>(left.x(), left.x() + w->width());
    };
    auto centre = [&view](QWidget* w) { return w->mapTo(&view, w->rect().center()).x(); };
    // Each table lies under its own chart (same column), not under the other one.
    const auto regionSpan = span(regionChart);
    const auto ageSpan = span(ageChart);
    EXPECT_GE(centre(regionTable), regionSpan.first);
    EXPECT_LE(centre(regionTable), regionSpan.second);
    EXPECT_GE(centre(ageTable), ageSpan.first);
    EXPECT_LE(centre(ageTable), ageSpan.second);
    EXPECT_GT(regionTable->mapTo(&view, QPoint(0, 0)).y(),
              regionChart->mapTo(&view, QPoint(0, 0)).y());
    // Regions are category labels of a horizontal bar chart (whole names, never rotated or cut).
    bool horizontal = false;
    for (QAbstractSeries* s : regionChart->chart()->series()) {
        horizontal = horizontal || qobject_cast<QHorizontalBarSeries*>(s) != nullptr;
    }
    EXPECT_TRUE(horizontal);
    for (int row = 0; row < regionTable->model()->rowCount(); ++row) {
        const QString name = text(regionTable, row, 0);
        EXPECT_LE(regionTable->fontMetrics().horizontalAdvance(name), regionTable->columnWidth(0))
            << name.toStdString();
    }
}

TEST_F(ReportViewTest, ClickOnNumberListsCustomersAndAddsThemToCallbackList) {
    ReportView view(ctx_);
    view.resize(1280, 860);
    view.show();
    ASSERT_TRUE(view.showMonth({2016, 12}));
    const auto& report = *view.report();

    // Composition tab (current): click the count of the row "有效客户".
    auto* table = child<QTableView>(view, QStringLiteral("compositionClassesTable"));
    ASSERT_NE(table, nullptr);
    int validRow = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 1).data(ReportTableModel::kDrillKeyRole).toString() ==
            QLatin1String("composition.valid")) {
            validRow = r;
        }
    }
    ASSERT_GE(validRow, 0);
    clickCell(table, validRow, 1);
    auto* dialog = view.findChild<DrillDownDialog*>();
    ASSERT_NE(dialog, nullptr);
    const auto& expected = report.customersBehind(QStringLiteral("composition.valid"));
    ASSERT_FALSE(expected.empty());
    ASSERT_EQ(dialog->table()->rowCount(), static_cast<int>(expected.size()));
    for (int r = 0; r < dialog->table()->rowCount(); ++r) {
        EXPECT_EQ(dialog->table()->item(r, 0)->data(Qt::UserRole).toLongLong(),
                  expected.at(static_cast<std::size_t>(r)));
        EXPECT_EQ(dialog->table()->item(r, 0)->text(), report.nameOf(expected.at(r)));
        EXPECT_FALSE(dialog->table()->item(r, 2)->text().isEmpty());
    }
    EXPECT_TRUE(dialog->addButton()->isEnabled());
    EXPECT_GT(dialog->addToCallbackList(true), 0);
    EXPECT_FALSE(dialog->addButton()->isEnabled());
    dialog->close();
    QApplication::processEvents();

    // Matrix tab: the A+ cell lists exactly the matrix's customers.
    view.tabs()->setCurrentIndex(2);
    QApplication::processEvents();
    auto* matrix = child<QTableWidget>(view, QStringLiteral("matrixGrid"));
    ASSERT_NE(matrix, nullptr);
    clickCell(matrix, 0, 0);
    QApplication::processEvents();
    DrillDownDialog* cellDialog = nullptr;
    for (auto* d : view.findChildren<DrillDownDialog*>()) {
        if (d->property("drillKey").toString() == QLatin1String("matrix.A+")) {
            cellDialog = d;
        }
    }
    ASSERT_NE(cellDialog, nullptr);
    const auto& aPlus = report.matrix.matrix.customersIn(domain::MatrixCell::APlus);
    EXPECT_EQ(cellDialog->entries().size(), aPlus.size());
}

// Issue 10 item 5: the screen renders hc_report's tables. Every table of every section page has
// exactly the title's table's headers and cell texts of report::ReportTables (the tables the
// exports print: build() has the same tables, and only the ABC customer list more), no other
// table is on the pages, and a click on a count opens the list behind its drill-down key.
TEST_F(ReportViewTest, EveryTableOnScreenIsTheExportsTableAndItsCountsDrillDown) {
    ReportView view(ctx_);
    view.resize(1280, 860);
    view.show();
    ASSERT_TRUE(view.showMonth({2016, 12}));
    const auto& report = *view.report();
    const auto screen = report::ReportTables::forScreen(report);
    const auto exported = report::ReportTables::build(report);
    ASSERT_EQ(screen.size(), exported.size());

    int onPages = 0;
    for (auto* page : view.findChildren<QWidget*>()) {
        if (page->objectName().startsWith(QStringLiteral("reportSection_"))) {
            for (auto* v : page->findChildren<QTableView*>()) {
                // The matrix grid (a QTableWidget) is a chart-like view of the matrix table.
                onPages += qobject_cast<QTableWidget*>(v) == nullptr ? 1 : 0;
            }
        }
    }
    int expected = 0;
    int cells = 0;
    QString drillKey;
    QTableView* drillView = nullptr;
    QModelIndex drillIndex;
    for (std::size_t s = 0; s < screen.size(); ++s) {
        const auto& section = screen[s];
        ASSERT_EQ(section.id, exported[s].id);
        EXPECT_EQ(section.notes, exported[s].notes);
        std::size_t e = 0;
        for (const auto& table : section.tables) {
            while (e < exported[s].tables.size() && exported[s].tables[e].id != table.id) {
                EXPECT_EQ(exported[s].tables[e].id, QStringLiteral("list"))
                    << "only the ABC customer list is left out";
                ++e;
            }
            ASSERT_LT(e, exported[s].tables.size()) << table.id.toStdString();
            const auto& out = exported[s].tables[e++];
            EXPECT_EQ(table.title, out.title);
            EXPECT_EQ(table.headers, out.headers);
            ASSERT_EQ(table.rows.size(), out.rows.size());

            const QString name = ReportSectionPage::objectName(section.id, table.id);
            auto* v = view.findChild<QTableView*>(name);
            ASSERT_NE(v, nullptr) << name.toStdString();
            ++expected;
            const auto* model = v->model();
            ASSERT_EQ(model->columnCount(), table.headers.size()) << name.toStdString();
            for (int c = 0; c < model->columnCount(); ++c) {
                EXPECT_EQ(model->headerData(c, Qt::Horizontal).toString(), table.headers.at(c));
            }
            // The changes list shows the rows over the rank-move threshold (all by default).
            std::vector<std::size_t> shown;
            for (std::size_t r = 0; r < table.rows.size(); ++r) {
                if (table.rowFilterValues.empty() ||
                    table.rowFilterValues[r] > report.abc.rankMoveThreshold) {
                    shown.push_back(r);
                }
            }
            ASSERT_EQ(model->rowCount(), static_cast<int>(shown.size())) << name.toStdString();
            for (int r = 0; r < model->rowCount(); ++r) {
                const auto& row = table.rows[shown[static_cast<std::size_t>(r)]];
                const auto& outRow = out.rows[shown[static_cast<std::size_t>(r)]];
                for (int c = 0; c < model->columnCount(); ++c) {
                    const auto& cell = row[static_cast<std::size_t>(c)];
                    const QModelIndex index = model->index(r, c);
                    EXPECT_EQ(index.data().toString(), cell.display()) << name.toStdString();
                    EXPECT_EQ(cell.display(), outRow[static_cast<std::size_t>(c)].display());
                    EXPECT_EQ(index.data(ReportTableModel::kDrillKeyRole).toString(),
                              cell.drillKey());
                    ++cells;
                    if (drillView == nullptr && !cell.drillKey().isEmpty() && cell.number > 0 &&
                        section.id == QLatin1String("rfm")) {
                        drillView = v;
                        drillIndex = index;
                        drillKey = cell.drillKey();
                    }
                }
            }
        }
    }
    EXPECT_EQ(onPages, expected) << "no table on the pages besides hc_report's";
    EXPECT_GT(expected, 15);
    EXPECT_GT(cells, 300);

    // A count on the RFM page: its list is the customers behind the key.
    ASSERT_NE(drillView, nullptr);
    for (int i = 0; i < view.tabs()->count(); ++i) {
        if (view.tabs()->widget(i)->isAncestorOf(drillView)) {
            view.tabs()->setCurrentIndex(i);
        }
    }
    QApplication::processEvents();
    EXPECT_TRUE(drillIndex.data(Qt::FontRole).value<QFont>().underline());
    EXPECT_FALSE(drillIndex.data(Qt::ToolTipRole).toString().isEmpty());
    drillView->scrollTo(drillIndex);
    QTest::mouseClick(drillView->viewport(), Qt::LeftButton, {},
                      drillView->visualRect(drillIndex).center());
    DrillDownDialog* dialog = nullptr;
    for (auto* d : view.findChildren<DrillDownDialog*>()) {
        if (d->property("drillKey").toString() == drillKey) {
            dialog = d;
        }
    }
    ASSERT_NE(dialog, nullptr) << drillKey.toStdString();
    EXPECT_EQ(dialog->entries().size(), report.customersBehind(drillKey).size());
    EXPECT_EQ(static_cast<std::int64_t>(dialog->entries().size()), drillIndex.data().toLongLong());
}

// The ABC change filter ("排名变动超过 N 名") over the hc_report changes table's rows: entries,
// exits and class changes always, rank moves over N only.
/// Every slice of the composition pie that has customers shows its whole label: with the demo
/// data's mix (a small loyal slice at twelve o'clock) in the chart's size on the report screen
/// (about 710×260 at 1366×728), the loyal label used to lose its text above the plot area and
/// only its arm was drawn.
TEST(ReportCompositionPieTest, EverySliceWithCustomersShowsItsWholeLabel) {
    test::qtApp();
    services::MonthlyReport report;
    report.asOf = QDate(2026, 11, 30);
    const std::vector<std::pair<const char*, int>> counts = {
        {"customers", 2000}, {"valid", 1690}, {"invalid", 141}, {"no_visit", 169},
        {"loyal", 90},       {"swing", 731},  {"lost", 869},    {"new", 0}};
    for (const auto& [key, count] : counts) {
        domain::CompositionRow row;
        row.key = QString::fromLatin1(key);
        row.count = count;
        row.shareBp = count * 10000 / 2000;
        report.composition.report.rows.push_back(row);
    }
    for (const QSize size : {QSize(710, 262), QSize(560, 280), QSize(900, 420)}) {
        std::unique_ptr<QChartView> view(ReportCharts::composition(report, {}, nullptr));
        view->resize(size);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        QCoreApplication::processEvents();
        QStringList shown;
        for (QGraphicsItem* item : view->scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item);
                text != nullptr && text->isVisible()) {
                shown << text->toPlainText();
            }
        }
        auto* pie = qobject_cast<QPieSeries*>(view->chart()->series().front());
        ASSERT_NE(pie, nullptr);
        ASSERT_EQ(pie->count(), 5);
        for (QPieSlice* slice : pie->slices()) {
            if (slice->value() <= 0) {
                continue;
            }
            EXPECT_FALSE(slice->label().isEmpty());
            EXPECT_TRUE(slice->isLabelVisible()) << slice->label().toStdString();
            EXPECT_TRUE(shown.contains(slice->label()))
                << size.width() << "×" << size.height() << ": " << slice->label().toStdString()
                << " not among " << shown.join(QStringLiteral(" | ")).toStdString();
        }
    }
}

TEST(ReportAbcChangesFilterTest, ShowsTheRowsOverTheChosenRankMove) {
    test::qtApp();
    auto table = std::make_shared<report::ReportTable>();
    table->headers = {QStringLiteral("客户编号"), QStringLiteral("说明")};
    const std::vector<std::int64_t> moves = {report::ReportTable::kAlwaysShown, 12, 30, 55};
    for (std::size_t i = 0; i < moves.size(); ++i) {
        table->rows.push_back({report::ReportCell::count(static_cast<std::int64_t>(i + 1)),
                               report::ReportCell::of(QStringLiteral("说明"))});
        table->rowFilterValues.push_back(moves[i]);
    }
    std::unique_ptr<QWidget> box(ReportSectionTables::abcChanges(table, 10, QStringLiteral("saved"),
                                                                 QStringLiteral("2026-05"), {}));
    auto* spin = box->findChild<QSpinBox*>(QStringLiteral("rankMoveSpin"));
    auto* view = box->findChild<QTableView*>(QStringLiteral("abcChangesTable"));
    ASSERT_NE(spin, nullptr);
    ASSERT_NE(view, nullptr);
    const auto ids = [view] {
        QStringList out;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            out << view->model()->index(r, 0).data().toString();
        }
        return out.join(u',');
    };
    EXPECT_EQ(spin->minimum(), 10);  // the report's threshold: the list never grows past it
    auto* compared = box->findChild<QLabel*>(QStringLiteral("abcComparedLabel"));
    ASSERT_NE(compared, nullptr);
    EXPECT_TRUE(compared->text().contains(QStringLiteral("2026-05")));
    EXPECT_EQ(ids(), QStringLiteral("1,2,3,4"));
    spin->setValue(30);
    EXPECT_EQ(ids(), QStringLiteral("1,4"));
    spin->setValue(60);
    EXPECT_EQ(ids(), QStringLiteral("1"));
    spin->setValue(11);
    EXPECT_EQ(ids(), QStringLiteral("1,2,3,4"));
}

TEST_F(ReportViewTest, MonthCloseSavesTheAbcRankingOnlyWhenConfirmed) {
    ReportView view(ctx_);
    view.show();
    ASSERT_TRUE(view.showMonth({2016, 12}));
    auto* save = child<QPushButton>(view, QStringLiteral("saveAbcButton"));
    ASSERT_NE(save, nullptr);
    ASSERT_TRUE(save->isEnabled());
    // Answers the next message box with `button` as a person would (Enter on it).
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    };
    answer(QMessageBox::No);
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(reports_->savedAbcPeriods().value().empty());
    answer(QMessageBox::Yes);
    QSignalSpy saved(&view, &ReportView::abcRunSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    // Saved off the GUI thread: the busy note, the buttons off, then the "saved" notice.
    EXPECT_FALSE(save->isEnabled());
    QTimer notice;  // closes the notice once it shows
    QObject::connect(&notice, &QTimer::timeout, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->accept();
        }
    });
    notice.start(10);
    ASSERT_TRUE(saved.wait(30000));
    EXPECT_TRUE(saved.at(0).at(0).toBool());
    EXPECT_TRUE(save->isEnabled());
    EXPECT_EQ(reports_->savedAbcPeriods().value(),
              (std::vector<QString>{QStringLiteral("2016-12")}));
}

TEST_F(ReportViewTest, BuildsInTheBackgroundWithABusyNoteAndStaysUsable) {
    ctx_.loadReportsInBackground = true;
    ReportView view(ctx_);
    view.show();
    QSignalSpy shown(&view, &ReportView::reportShown);
    view.requestMonth({2016, 12});
    // The call returns at once: the report is on its way, the screen says so and stays usable.
    EXPECT_TRUE(view.isBuilding());
    auto* busy = child<QLabel>(view, QStringLiteral("reportBusyLabel"));
    ASSERT_NE(busy, nullptr);
    EXPECT_TRUE(busy->isVisible());
    EXPECT_TRUE(busy->text().contains(QStringLiteral("2016-12")));
    EXPECT_TRUE(view.monthEdit()->isEnabled());
    ASSERT_TRUE(shown.wait(20000));
    EXPECT_FALSE(view.isBuilding());
    EXPECT_FALSE(busy->isVisible());
    ASSERT_TRUE(view.report().has_value());
    EXPECT_EQ(view.report()->month.key(), QStringLiteral("2016-12"));
    EXPECT_EQ(view.tabs()->count(), 10);  // 8 sections, 客户基础, and the manager's 模型检验
    EXPECT_EQ(view.report()->abc.result.totalFen, 985000);  // the same numbers as a direct build
}

// Issue 9 item 5: "打印本页" paints the current tab only; rendered to a PDF file (no preview
// dialog) the pages carry that tab's title and not another tab's.
TEST_F(ReportViewTest, PrintingATabPaintsThatSectionToPdf) {
    ReportView view(ctx_);
    view.resize(1280, 860);
    view.show();
    ASSERT_TRUE(view.showMonth({2016, 12}));
    QTemporaryDir dir;
    const auto print = [&](int tab) {
        view.tabs()->setCurrentIndex(tab);
        const QString pdf = dir.filePath(QStringLiteral("tab-%1.pdf").arg(tab));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        EXPECT_TRUE(view.printCurrentTabTo(printer));
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        EXPECT_TRUE(p.waitForFinished(30000));
        // NFKC: the printer's PDF maps some ideographs to their radical forms (⽉ for 月).
        // and 户 to its variant 戶.
        return QString::fromUtf8(p.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC)
            .replace(QChar(0x6236), QChar(0x6237));
    };
    // Tabs: composition, ABC, matrix, RFM, churn, …
    const QString abcText = print(1);
    ASSERT_EQ(view.currentSectionId(), QStringLiteral("abc"));
    const QString churnText = print(4);
    ASSERT_EQ(view.currentSectionId(), QStringLiteral("churn"));
    const QString abcTitle = report::ReportLabels::sectionTitle(QStringLiteral("abc"));
    const QString churnTitle = report::ReportLabels::sectionTitle(QStringLiteral("churn"));
    EXPECT_TRUE(abcText.contains(abcTitle)) << abcText.toStdString();
    EXPECT_TRUE(churnText.contains(churnTitle)) << churnText.toStdString();
    EXPECT_FALSE(abcText.contains(churnTitle)) << "only the chosen tab is printed";
    EXPECT_FALSE(churnText.contains(abcTitle)) << "only the chosen tab is printed";
    // The ABC table's rows: the top customer's cumulative share (seed 001) is on the ABC pages
    // only.
    EXPECT_TRUE(abcText.contains(QStringLiteral("24.67"))) << abcText.toStdString();
    EXPECT_FALSE(churnText.contains(QStringLiteral("24.67")));
}

TEST_F(ReportViewTest, ExportWritesCsvForTheManager) {
    ReportView view(ctx_);
    ASSERT_TRUE(view.showMonth({2016, 12}));
    const QString path = dir_.filePath(QStringLiteral("report.csv"));
    QSignalSpy finished(&view, &ReportView::exportFinished);
    ASSERT_TRUE(view.exportTo(services::ReportFormat::Csv, path));  // runs off the GUI thread
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_GT(QFileInfo(path).size(), 0);
}

}  // namespace
}  // namespace hc::ui
