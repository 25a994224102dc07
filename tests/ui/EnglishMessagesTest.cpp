// Issue 9 item 9: in English the message boxes (confirmations, results, validation failures) carry
// no Chinese that does not come from the data. Each box is read while it is open (title, text,
// buttons) and answered.
#include "AppHarness.h"

#include "hc/ui/ReportView.h"
#include "hc/ui/SatisfactionItemsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

namespace hc::test {
namespace {

/// Reads every message box that opens while it lives (title, text, informative text, button
/// texts) and answers it with `answer` (or OK, or its first button).
class BoxReader {
public:
    explicit BoxReader(QMessageBox::StandardButton answer) : answer_(answer) {
        timer_.setInterval(20);
        QObject::connect(&timer_, &QTimer::timeout, [this] { poll(); });
        timer_.start();  // stops with the reader
    }
    [[nodiscard]] bool seen() const { return boxes_ > 0; }
    [[nodiscard]] int boxes() const { return boxes_; }
    [[nodiscard]] const QStringList& texts() const { return texts_; }

private:
    void poll() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr || !box->isVisible()) {
            return;
        }
        ++boxes_;
        texts_ << box->windowTitle() << box->text() << box->informativeText();
        for (QAbstractButton* b : box->buttons()) {
            texts_ << b->text();
        }
        QAbstractButton* button = box->button(answer_);
        if (button == nullptr) {
            button = box->button(QMessageBox::Ok);
        }
        if (button == nullptr && !box->buttons().isEmpty()) {
            button = box->buttons().front();
        }
        if (button != nullptr) {
            button->click();
        }
    }
    QMessageBox::StandardButton answer_;
    QStringList texts_;
    QTimer timer_;
    int boxes_ = 0;
};

std::string chineseIn(const QStringList& texts) {
    static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]"));
    QStringList bad;
    for (const QString& t : texts) {
        if (t.contains(han)) {
            bad << t;
        }
    }
    return bad.join(QStringLiteral(" | ")).toStdString();
}

class EnglishMessagesTest : public ::testing::Test {
protected:
    void SetUp() override {
        qtApp();
        ASSERT_TRUE(translator_.load(QStringLiteral(":/i18n/huichang_en.qm")));
        QCoreApplication::installTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        app_ = std::make_unique<AppHarness>();
        const QDate today = app_->now().date();
        app_->addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                          QStringLiteral("陕A12345"), {today.addMonths(-14), today.addMonths(-2)});
    }
    void TearDown() override {
        app_.reset();
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    QTranslator translator_;
    std::unique_ptr<AppHarness> app_;
};

TEST_F(EnglishMessagesTest, SavingTheAbcRunAsksAndConfirmsInEnglish) {
    ui::ReportView view(app_->context);
    view.show();
    ASSERT_TRUE(view.showMonth(services::ReportMonth::of(app_->now().date().addMonths(-1))));
    auto* save = view.findChild<QPushButton*>(QStringLiteral("saveAbcButton"));
    ASSERT_NE(save, nullptr);
    ASSERT_TRUE(save->isEnabled());
    BoxReader boxes(QMessageBox::Yes);
    save->click();  // the question, then the result
    EXPECT_EQ(boxes.boxes(), 2);
    EXPECT_EQ(chineseIn(boxes.texts()), "") << "confirmation and result";
}

TEST_F(EnglishMessagesTest, AnEmptySatisfactionItemIsRefusedInEnglish) {
    ui::SatisfactionItemsDialog dialog(app_->context);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    ASSERT_GT(table->rowCount(), 0);
    table->item(0, 0)->setText(QString());
    BoxReader warning(QMessageBox::Ok);
    EXPECT_FALSE(dialog.save());
    ASSERT_TRUE(warning.seen());
    EXPECT_EQ(chineseIn(warning.texts()), "") << "validation failure";
}

}  // namespace
}  // namespace hc::test
