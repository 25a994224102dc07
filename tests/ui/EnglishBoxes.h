// Shared by the EnglishMessages*Test files (issue 9 item 9): the English translator on an app
// harness, a reader that records every message box while it is open and answers it, the check for
// Chinese that does not come from the data, and the list of message box call sites each test opens
// (HC_OPENS_BOXES), which EnglishMessageSitesTest compares with the sources.
#pragma once

#include "AppHarness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hc::test {

/// The message box call sites each English test opens: test name ("Suite.Test") → site keys
/// ("File.cpp:Class::function#n", n counting the boxes of that function in source order).
class BoxSites {
public:
    static std::map<std::string, std::vector<std::string>>& byTest() {
        static std::map<std::string, std::vector<std::string>> all;
        return all;
    }
    static bool declare(const char* test, std::initializer_list<const char*> keys) {
        auto& list = byTest()[test];
        for (const char* k : keys) {
            list.emplace_back(k);
        }
        return true;
    }
    /// Boxes read (by any BoxReader) since the current test started.
    static int& seen() {
        static int n = 0;
        return n;
    }
};

/// Declares, next to a test, the message box call sites it opens. The fixture checks that the test
/// read at least that many boxes; EnglishMessageSitesTest checks that every call site in src/ui
/// and src/app is declared by some test that exists.
#define HC_OPENS_BOXES(suite, name, ...)                        \
    [[maybe_unused]] const bool hcOpensBoxes_##suite##_##name = \
        ::hc::test::BoxSites::declare(#suite "." #name, {__VA_ARGS__})

/// What a reader saw of one box.
struct SeenBox {
    QString title;
    QString text;
    QString informative;
    QString detailed;
    QStringList buttons;
    [[nodiscard]] QStringList all() const {
        return QStringList{title, text, informative, detailed} + buttons;
    }
};

/// Reads every message box that opens while it lives (title, text, informative and detailed text,
/// button texts) and answers it: with `answer` when the box has that button, else OK, else its
/// escape button, else the first one. `other` answers a modal that is not a message box (input,
/// file and form dialogs); it returns true when it handled it.
class BoxReader {
public:
    explicit BoxReader(QMessageBox::StandardButton answer = QMessageBox::Ok,
                       std::function<bool(QWidget*)> other = {})
        : answer_(answer), other_(std::move(other)) {
        timer_.setInterval(10);
        QObject::connect(&timer_, &QTimer::timeout, [this] { poll(); });
        timer_.start();  // stops with the reader
    }
    ~BoxReader() {
        if (qEnvironmentVariableIsSet("HC_PRINT_BOXES")) {  // to read the boxes as a user would
            for (const auto& b : boxes_) {
                std::fprintf(stderr, "[box] %s\n",
                             b.all().join(QStringLiteral(" | ")).toUtf8().constData());
            }
        }
    }
    BoxReader(const BoxReader&) = delete;
    BoxReader& operator=(const BoxReader&) = delete;
    /// Answers with the custom button whose text is `text` (boxes with their own buttons).
    void answerWith(const QString& text) { answerText_ = text; }
    [[nodiscard]] bool seen() const { return !boxes_.empty(); }
    [[nodiscard]] int count() const { return static_cast<int>(boxes_.size()); }
    [[nodiscard]] const std::vector<SeenBox>& boxes() const { return boxes_; }
    [[nodiscard]] QStringList texts() const {
        QStringList out;
        for (const auto& b : boxes_) {
            out << b.all();
        }
        return out;
    }
    /// Everything read, one line per box (for failure messages).
    [[nodiscard]] std::string dump() const {
        return texts().join(QStringLiteral(" | ")).toStdString();
    }

private:
    void poll() {
        QWidget* modal = QApplication::activeModalWidget();
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (box == nullptr && modal != nullptr && modal->isVisible() && other_) {
            other_(modal);
            return;
        }
        if (box == nullptr || !box->isVisible()) {
            return;
        }
        SeenBox seen{
            box->windowTitle(), box->text(), box->informativeText(), box->detailedText(), {}};
        for (QAbstractButton* b : box->buttons()) {
            seen.buttons << b->text();
        }
        boxes_.push_back(seen);
        ++BoxSites::seen();
        QAbstractButton* button = nullptr;
        for (QAbstractButton* b : box->buttons()) {
            if (!answerText_.isEmpty() && b->text() == answerText_) {
                button = b;
            }
        }
        if (button == nullptr) {
            button = box->button(answer_);
        }
        if (button == nullptr) {
            button = box->button(QMessageBox::Ok);
        }
        if (button == nullptr) {
            button = box->escapeButton();
        }
        if (button == nullptr && !box->buttons().isEmpty()) {
            button = box->buttons().front();
        }
        if (button != nullptr) {
            button->click();
        }
    }
    QMessageBox::StandardButton answer_;
    std::function<bool(QWidget*)> other_;
    QString answerText_;
    std::vector<SeenBox> boxes_;
    QTimer timer_;
};

/// The texts that contain a CJK character (Han, CJK punctuation, full-width forms) once the data
/// are taken out: plates (province character + letters and digits) and the given data texts.
inline std::string chineseIn(const QStringList& texts, const QStringList& data = {}) {
    static const QRegularExpression cjk(QStringLiteral(
        "[\\x{3000}-\\x{303F}\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]"));
    static const QRegularExpression plate(
        QStringLiteral("\\p{Han}[A-Z][·•]?[A-Z0-9]{4,6}[\\p{Han}]?"));
    QStringList bad;
    for (const QString& t : texts) {
        QString rest = t;
        rest.remove(plate);
        for (const QString& d : data) {
            if (!d.isEmpty()) {
                rest.remove(d);
            }
        }
        if (rest.contains(cjk)) {
            bad << t;
        }
    }
    return bad.join(QStringLiteral(" | ")).toStdString();
}

/// The visible texts of a dialog: title, labels, buttons (what a reader of the box sees).
inline QStringList widgetTexts(QWidget* w) {
    QStringList out{w->windowTitle()};
    for (auto* l : w->findChildren<QLabel*>()) {
        if (l->isVisibleTo(w)) {
            out << l->text();
        }
    }
    for (auto* b : w->findChildren<QAbstractButton*>()) {
        if (b->isVisibleTo(w)) {
            out << b->text();
        }
    }
    return out;
}

/// Answers the template choice (first entry) and the save dialog (`path`) of an export.
inline std::function<bool(QWidget*)> exportTo(const QString& path) {
    return [path](QWidget* modal) {
        if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            input->accept();
            return true;
        }
        if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            files->selectFile(path);
            static_cast<QDialog*>(files)->accept();  // QFileDialog::accept is protected
            return true;
        }
        return false;
    };
}

/// The app in English (translator and locale) on a harness with one customer, Li Wei.
class EnglishBoxTest : public ::testing::Test {
protected:
    void SetUp() override {
        qtApp();
        ASSERT_TRUE(translator_.load(QStringLiteral(":/i18n/huichang_en.qm")));
        QCoreApplication::installTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        app_ = std::make_unique<AppHarness>();
        const QDate today = app_->now().date();
        liWei_ = app_->addCustomer(QStringLiteral("Li Wei"), QStringLiteral("13812345678"),
                                   QStringLiteral("陕A12345"),
                                   {today.addMonths(-14), today.addMonths(-2)});
        BoxSites::seen() = 0;
    }
    void TearDown() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        const std::string name = std::string(info->test_suite_name()) + "." + info->name();
        const auto it = BoxSites::byTest().find(name);
        const int declared =
            it == BoxSites::byTest().end() ? 0 : static_cast<int>(it->second.size());
        EXPECT_GE(BoxSites::seen(), declared)
            << name << " declares " << declared << " message box sites (HC_OPENS_BOXES) but read "
            << BoxSites::seen() << " boxes";
        app_.reset();
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    /// Every later write of the app's connection fails as on a read-only file (SQLITE_READONLY),
    /// reads still work.
    void makeReadOnly() {
        QSqlQuery q(app_->db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA query_only = 1")));
    }
    /// Reads of `table` fail from now on: a temporary table of that name without its columns hides
    /// it (as a damaged or foreign file would).
    void breakReadsOf(const QString& table) {
        QSqlQuery q(app_->db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TEMP TABLE %1 (broken INTEGER)").arg(table)));
    }
    QTranslator translator_;
    std::unique_ptr<AppHarness> app_;
    domain::CustomerId liWei_ = 0;
};

}  // namespace hc::test
