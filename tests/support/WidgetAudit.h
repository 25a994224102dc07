#pragma once

// Checks what a person sees in one window: text cut by its widget (labels, buttons, check boxes,
// group titles, tabs, table headers), buttons outside the window, Chinese left in an English
// screen (data aside), and mnemonics (&X) that are repeated or lead nowhere. Each check returns
// readable problem lines; an empty list means the window passed.
#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPieSeries>
#include <QPieSlice>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace hc::test {

/// Lets a window settle after a page, tab, row or field was shown: delivers the layout requests
/// and the events they post in turn, instead of waiting a fixed time (the screens' reads are
/// synchronous in tests; a background read is waited for on its own signal).
inline void settle() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

struct WidgetAudit {
    /// Texts that come from the data (customer names, plates, typed text) and may be Chinese.
    QStringList dataTexts;
    /// When set, takes the data out of a text instead of `dataTexts` and the plate pattern (the
    /// English audit on the demo data, tests/ui/EnglishDemoAuditTest.cpp: what is left of the text
    /// once every data value of the database it contains is removed).
    std::function<QString(const QString&)> withoutData;

    static QString describe(const QWidget* w) {
        QString name = w->objectName();
        if (name.isEmpty()) {
            name = QString::fromLatin1(w->metaObject()->className());
        }
        for (const QWidget* p = w->parentWidget(); p != nullptr; p = p->parentWidget()) {
            if (!p->objectName().isEmpty()) {
                return p->objectName() + QLatin1Char('/') + name;
            }
        }
        return name;
    }

    /// The text a person reads: rich text reduced to plain text, mnemonic markers removed.
    static QString plain(QString text) {
        if (Qt::mightBeRichText(text)) {
            QTextDocument doc;
            doc.setHtml(text);
            text = doc.toPlainText();
        }
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
        return text;
    }

    static int widest(const QFontMetrics& fm, const QString& text) {
        int w = 0;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            w = std::max(w, fm.horizontalAdvance(line));
        }
        return w;
    }

    static bool shown(const QWidget* w, const QWidget* window) {
        return w->isVisible() && w->isVisibleTo(window) && w->width() > 0 && w->height() > 0;
    }

    static bool insideScrollArea(const QWidget* w, const QWidget* window) {
        for (const QWidget* p = w->parentWidget(); p != nullptr && p != window;
             p = p->parentWidget()) {
            if (qobject_cast<const QAbstractScrollArea*>(p) != nullptr) {
                return true;
            }
        }
        return false;
    }

    /// Text wider than its widget, and buttons outside the window.
    [[nodiscard]] std::vector<std::string> clipping(QWidget& window) const {
        std::vector<std::string> problems;
        auto report = [&problems](const QWidget* w, const QString& text, int need, int have) {
            problems.push_back(QStringLiteral("cut: %1 \"%2\" needs %3 px, has %4")
                                   .arg(describe(w), text)
                                   .arg(need)
                                   .arg(have)
                                   .toStdString());
        };
        for (auto* label : window.findChildren<QLabel*>()) {
            if (!shown(label, &window) || label->wordWrap() || label->text().isEmpty() ||
                qobject_cast<QToolButton*>(label->parentWidget()) != nullptr) {
                continue;
            }
            const QString text = plain(label->text());
            const int need = widest(label->fontMetrics(), text);
            const int have = label->contentsRect().width() - 2 * label->margin();
            if (need > have + 1) {
                report(label, text, need, have);
            }
        }
        for (auto* button : window.findChildren<QAbstractButton*>()) {
            if (!shown(button, &window) || button->text().isEmpty()) {
                continue;
            }
            const bool box =
                qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button);
            const int need = box ? button->sizeHint().width()
                                 : widest(button->fontMetrics(), plain(button->text())) + 8;
            if (need > button->width() + 1 && qobject_cast<QToolButton*>(button) == nullptr) {
                report(button, plain(button->text()), need, button->width());
            }
            const QRect r(button->mapTo(&window, QPoint(0, 0)), button->size());
            if (!insideScrollArea(button, &window) && !window.rect().contains(r)) {
                problems.push_back(QStringLiteral("outside the window: %1 \"%2\" at %3,%4 %5x%6")
                                       .arg(describe(button), plain(button->text()))
                                       .arg(r.x())
                                       .arg(r.y())
                                       .arg(r.width())
                                       .arg(r.height())
                                       .toStdString());
            }
        }
        for (auto* group : window.findChildren<QGroupBox*>()) {
            if (shown(group, &window) && !group->title().isEmpty()) {
                const int need = widest(group->fontMetrics(), plain(group->title())) + 16;
                if (need > group->width()) {
                    report(group, plain(group->title()), need, group->width());
                }
            }
        }
        for (auto* bar : window.findChildren<QTabBar*>()) {
            if (!shown(bar, &window) || bar->usesScrollButtons()) {
                continue;
            }
            for (int i = 0; i < bar->count(); ++i) {
                const int need = bar->fontMetrics().horizontalAdvance(plain(bar->tabText(i)));
                if (need > bar->tabRect(i).width()) {
                    report(bar, plain(bar->tabText(i)), need, bar->tabRect(i).width());
                }
            }
        }
        for (auto* view : window.findChildren<QAbstractItemView*>()) {
            auto* table = qobject_cast<QTableView*>(view);
            if (table == nullptr || !shown(table, &window) || table->model() == nullptr ||
                table->horizontalHeader()->isHidden()) {
                continue;
            }
            const QHeaderView* header = table->horizontalHeader();
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                if (header->isSectionHidden(c) || header->sectionSize(c) == 0) {
                    continue;
                }
                const QString text =
                    table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
                // Qt's own ResizeToContents gives the text plus 4 px: less than that is cut.
                const int need = widest(header->fontMetrics(), text) + 4;
                if (need > header->sectionSize(c)) {
                    report(table, QStringLiteral("header ") + text, need, header->sectionSize(c));
                }
            }
        }
        return problems;
    }

    /// Every visible text of the window that a translation should have turned into English.
    [[nodiscard]] std::vector<std::string> chinese(QWidget& window) const {
        // Han characters, and CJK punctuation and full-width forms (U+3000–303F, U+FF00–FFEF: "：",
        // "、", "（"…), as tests/ui/EnglishBoxes.h chineseIn checks message boxes.
        static const QRegularExpression han(QStringLiteral(
            "[\\x{3000}-\\x{303F}\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]"));
        static const QRegularExpression plate(
            QStringLiteral("\\p{Han}[A-Z][·•]?[A-Z0-9]{4,6}[\\p{Han}]?"));
        std::vector<std::string> problems;
        auto check = [&](const QObject* where, const QString& raw, const char* what) {
            QString text = plain(raw);
            if (withoutData) {
                text = withoutData(text);
            } else {
                text.remove(plate);
                for (const QString& data : dataTexts) {
                    text.remove(data);
                }
            }
            if (text.contains(han)) {
                const auto* w = qobject_cast<const QWidget*>(where);
                problems.push_back(QStringLiteral("Chinese in English (%1): %2 \"%3\"")
                                       .arg(QString::fromLatin1(what),
                                            w ? describe(w) : where->objectName(), raw.left(120))
                                       .toStdString());
            }
        };
        // The title as the window system shows it: the application display name appended unless
        // the title ends with it (QPlatformWindow::formatWindowTitle, xcb and Wayland).
        QString title = window.windowTitle();
        const QString appName = QGuiApplication::applicationDisplayName();
        if (!appName.isEmpty() && !title.endsWith(appName)) {
            title += (title.isEmpty() ? QString() : QStringLiteral(" — ")) + appName;
        }
        check(&window, title, "title");
        for (auto* label : window.findChildren<QLabel*>()) {
            if (shown(label, &window)) {
                check(label, label->text(), "label");
            }
        }
        for (auto* button : window.findChildren<QAbstractButton*>()) {
            if (shown(button, &window)) {
                check(button, button->text(), "button");
                // A button's own menu (e.g. the privacy actions of the card).
                auto* push = qobject_cast<QPushButton*>(button);
                auto* tool = qobject_cast<QToolButton*>(button);
                if (QMenu* menu = push ? push->menu() : tool ? tool->menu() : nullptr) {
                    for (QAction* a : menu->actions()) {
                        check(menu, a->text(), "button menu item");
                        check(menu, a->toolTip(), "button menu tooltip");
                    }
                }
            }
        }
        // Tooltips of every widget shown (buttons, labels, fields, badges).
        for (auto* w : window.findChildren<QWidget*>()) {
            if (shown(w, &window) && !w->toolTip().isEmpty()) {
                check(w, w->toolTip(), "tooltip");
            }
        }
        // Spin boxes and date fields as shown: value with prefix and suffix ("30 days"), or the
        // special value text, and the date in its display format.
        for (auto* spin : window.findChildren<QAbstractSpinBox*>()) {
            if (shown(spin, &window)) {
                check(spin, spin->text(), "spin box");
                check(spin, spin->specialValueText(), "spin box special value");
            }
        }
        if (auto* main = qobject_cast<QMainWindow*>(&window); main && main->statusBar()) {
            check(main->statusBar(), main->statusBar()->currentMessage(), "status bar");
        }
        for (auto* group : window.findChildren<QGroupBox*>()) {
            if (shown(group, &window)) {
                check(group, group->title(), "group");
            }
        }
        for (auto* bar : window.findChildren<QTabBar*>()) {
            if (shown(bar, &window)) {
                for (int i = 0; i < bar->count(); ++i) {
                    check(bar, bar->tabText(i), "tab");
                }
            }
        }
        for (auto* edit : window.findChildren<QLineEdit*>()) {
            if (shown(edit, &window)) {
                check(edit, edit->placeholderText(), "placeholder");
                // What a field shows: stored values (data) or a text the screen filled in.
                check(edit, edit->text(), "field");
            }
        }
        for (auto* combo : window.findChildren<QComboBox*>()) {
            if (shown(combo, &window)) {
                for (int i = 0; i < combo->count(); ++i) {
                    check(combo, combo->itemText(i), "choice");
                }
            }
        }
        for (auto* view : window.findChildren<QAbstractItemView*>()) {
            if (!shown(view, &window) || view->model() == nullptr) {
                continue;
            }
            const QAbstractItemModel* m = view->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                check(view, m->headerData(c, Qt::Horizontal).toString(), "header");
            }
            for (int r = 0; r < std::min(m->rowCount(), 40); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    check(view, m->index(r, c).data().toString(), "cell");
                    check(view, m->index(r, c).data(Qt::ToolTipRole).toString(), "cell tooltip");
                }
            }
        }
        // Text panes (summaries, call scripts, notes, templates): what they display.
        for (auto* edit : window.findChildren<QTextEdit*>()) {
            if (shown(edit, &window)) {
                check(edit, edit->toPlainText(), "text");
                check(edit, edit->placeholderText(), "placeholder");
            }
        }
        for (auto* edit : window.findChildren<QPlainTextEdit*>()) {
            if (shown(edit, &window)) {
                check(edit, edit->toPlainText(), "text");
                check(edit, edit->placeholderText(), "placeholder");
            }
        }
        // Charts: title, axis titles and categories, legend entries, pie slice labels shown.
        for (auto* view : window.findChildren<QChartView*>()) {
            if (!shown(view, &window) || view->chart() == nullptr) {
                continue;
            }
            const QChart* chart = view->chart();
            check(view, chart->title(), "chart title");
            for (QAbstractAxis* axis : chart->axes()) {
                if (axis->isTitleVisible()) {
                    check(view, axis->titleText(), "chart axis title");
                }
                if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis)) {
                    for (const QString& c : bars->categories()) {
                        check(view, c, "chart category");
                    }
                }
                if (auto* cats = qobject_cast<QCategoryAxis*>(axis)) {
                    for (const QString& c : cats->categoriesLabels()) {
                        check(view, c, "chart category");
                    }
                }
            }
            if (chart->legend() != nullptr && chart->legend()->isVisible()) {
                for (const QLegendMarker* marker : chart->legend()->markers()) {
                    if (marker->isVisible()) {
                        check(view, marker->label(), "chart legend");
                    }
                }
            }
            for (const QAbstractSeries* series : chart->series()) {
                if (const auto* pie = qobject_cast<const QPieSeries*>(series)) {
                    for (const QPieSlice* slice : pie->slices()) {
                        if (slice->isLabelVisible()) {
                            check(view, slice->label(), "chart slice");
                        }
                    }
                }
            }
        }
        if (auto* main = qobject_cast<QMainWindow*>(&window); main && main->menuBar()) {
            for (QAction* top : main->menuBar()->actions()) {
                check(main->menuBar(), top->text(), "menu");
                if (top->menu() != nullptr) {
                    for (QAction* a : top->menu()->actions()) {
                        check(top->menu(), a->text(), "menu item");
                        if (a->menu() != nullptr) {  // one level of submenus
                            for (QAction* sub : a->menu()->actions()) {
                                check(a->menu(), sub->text(), "submenu item");
                            }
                        }
                    }
                }
            }
        }
        return problems;
    }

    static QChar mnemonicOf(const QString& text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                return text.at(i + 1).toUpper();
            }
        }
        return {};
    }

    /// Repeated mnemonics among the visible widgets and menus, labels with a mnemonic but no
    /// field to go to, and (when `press` is true) Alt+key that does not reach the label's field.
    [[nodiscard]] std::vector<std::string> mnemonics(QWidget& window, bool press) const {
        std::vector<std::string> problems;
        std::map<QChar, QStringList> owners;
        std::vector<std::pair<QChar, QLabel*>> labels;
        for (auto* label : window.findChildren<QLabel*>()) {
            // Rich text has no mnemonics (an "&nbsp;" is not Alt+N).
            const QChar key =
                Qt::mightBeRichText(label->text()) ? QChar() : mnemonicOf(label->text());
            if (key.isNull() || !shown(label, &window)) {
                continue;
            }
            owners[key] << describe(label);
            if (label->buddy() == nullptr) {
                problems.push_back(QStringLiteral("mnemonic leads nowhere: %1 \"%2\"")
                                       .arg(describe(label), label->text())
                                       .toStdString());
            } else {
                labels.emplace_back(key, label);
            }
        }
        for (auto* button : window.findChildren<QAbstractButton*>()) {
            const QChar key = mnemonicOf(button->text());
            if (!key.isNull() && shown(button, &window)) {
                owners[key] << describe(button);
            }
        }
        for (auto* group : window.findChildren<QGroupBox*>()) {
            const QChar key = mnemonicOf(group->title());
            if (!key.isNull() && shown(group, &window)) {
                owners[key] << describe(group);
            }
        }
        for (auto* bar : window.findChildren<QTabBar*>()) {
            if (shown(bar, &window)) {
                for (int i = 0; i < bar->count(); ++i) {
                    const QChar key = mnemonicOf(bar->tabText(i));
                    if (!key.isNull()) {
                        owners[key] << QStringLiteral("tab ") + plain(bar->tabText(i));
                    }
                }
            }
        }
        if (auto* main = qobject_cast<QMainWindow*>(&window); main && main->menuBar()) {
            for (QAction* top : main->menuBar()->actions()) {
                const QChar key = mnemonicOf(top->text());
                if (!key.isNull()) {
                    owners[key] << QStringLiteral("menu ") + plain(top->text());
                }
            }
        }
        for (const auto& [key, list] : owners) {
            if (list.size() > 1) {
                problems.push_back(QStringLiteral("Alt+%1 used %2 times: %3")
                                       .arg(key)
                                       .arg(list.size())
                                       .arg(list.join(QStringLiteral(", ")))
                                       .toStdString());
            }
        }
        if (press) {
            for (const auto& [key, label] : labels) {
                QWidget* target = label->buddy();
                while (target->focusProxy() != nullptr) {
                    target = target->focusProxy();
                }
                // A field that is hidden or disabled now (e.g. the customer search of a complaint
                // opened for a known customer) cannot take the focus.
                if (owners[key].size() > 1 || !target->isEnabled() || !shown(target, &window)) {
                    continue;
                }
                QTest::keyClick(&window, key.toLatin1(), Qt::AltModifier);
                QWidget* focus = QApplication::focusWidget();
                QWidget* buddy = label->buddy();
                const bool reached = focus != nullptr &&
                                     (focus == buddy || buddy->isAncestorOf(focus) ||
                                      focus == buddy->focusProxy() || focus->focusProxy() == buddy);
                if (!reached) {
                    problems.push_back(
                        QStringLiteral("Alt+%1 does not reach the field of %2 (focus: %3)")
                            .arg(key)
                            .arg(describe(label), focus ? describe(focus) : QStringLiteral("none"))
                            .toStdString());
                }
            }
        }
        return problems;
    }
};

}  // namespace hc::test
