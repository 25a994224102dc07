#include "hc/ui/DirtyTracker.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextEdit>

namespace hc::ui {

DirtyTracker::DirtyTracker(QDialog* dialog) : QObject(dialog), dialog_(dialog) {
    setObjectName(QStringLiteral("hcDirtyTracker"));
    dialog_->installEventFilter(this);
}

DirtyTracker* DirtyTracker::attach(QDialog* dialog) {
    return new DirtyTracker(dialog);
}

DirtyTracker* DirtyTracker::of(const QWidget* dialog) {
    return dialog == nullptr ? nullptr
                             : dialog->findChild<DirtyTracker*>(QStringLiteral("hcDirtyTracker"),
                                                                Qt::FindDirectChildrenOnly);
}

void DirtyTracker::rejectAsking(QDialog* dialog) {
    if (auto* tracker = of(dialog); tracker != nullptr && !tracker->confirmDiscard()) {
        return;
    }
    dialog->reject();
}

QStringList DirtyTracker::values() const {
    QStringList out;
    for (QWidget* w : dialog_->findChildren<QWidget*>()) {
        if (w->window() != dialog_) {
            continue;  // popups (calendar, completer) are not part of the form
        }
        if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            // The line edit inside a spin box or an editable combo is covered by its owner.
            if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) == nullptr &&
                qobject_cast<QComboBox*>(w->parentWidget()) == nullptr) {
                out << edit->text();
            }
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            out << plain->toPlainText();
        } else if (auto* rich = qobject_cast<QTextEdit*>(w)) {
            out << rich->toPlainText();
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            out << QString::number(combo->currentIndex()) + QLatin1Char('|') + combo->currentText();
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            out << spin->text();
        } else if (auto* table = qobject_cast<QTableWidget*>(w)) {
            // Lists edited in place (the satisfaction items): text and check box of every cell.
            out << QString::number(table->rowCount());
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    const QTableWidgetItem* item = table->item(r, c);
                    out << (item == nullptr ? QString()
                                            : item->text() + QLatin1Char('|') +
                                                  QString::number(item->checkState()));
                }
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w);
                   button && button->isCheckable()) {
            out << (button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        }
    }
    return out;
}

bool DirtyTracker::isDirty() const {
    return taken_ && values() != snapshot_;
}

void DirtyTracker::markClean() {
    snapshot_ = values();
    taken_ = true;
}

bool DirtyTracker::confirmDiscard() {
    if (!isDirty()) {
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("放弃修改"),
                    tr("表单中有尚未保存的内容。关闭后这些内容将丢失，确定放弃吗？"),
                    QMessageBox::NoButton, dialog_);
    auto* discard = box.addButton(tr("放弃修改(&D)"), QMessageBox::DestructiveRole);
    auto* keep = box.addButton(tr("继续编辑(&K)"), QMessageBox::RejectRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

bool DirtyTracker::eventFilter(QObject* watched, QEvent* event) {
    if (watched != dialog_) {
        return QObject::eventFilter(watched, event);
    }
    switch (event->type()) {
        case QEvent::Show:
            if (!taken_) {
                markClean();
            }
            break;
        case QEvent::KeyPress: {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Cancel) && !confirmDiscard()) {
                return true;  // keep editing
            }
            break;
        }
        case QEvent::Close:
            if (dialog_->isVisible() && dialog_->result() != QDialog::Accepted &&
                !confirmDiscard()) {
                event->ignore();
                return true;
            }
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace hc::ui
