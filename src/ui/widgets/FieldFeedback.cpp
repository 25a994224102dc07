#include "hc/ui/FieldFeedback.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QVariant>
#include <QWidget>

namespace hc::ui {

namespace {

const char* const kStateProperty = "hcFieldState";

QString fieldStyle(const QWidget* field, FieldFeedback::State state) {
    if (state == FieldFeedback::State::None) {
        return {};
    }
    const bool error = state == FieldFeedback::State::Error;
    const QString border = error ? QStringLiteral("#d93025") : QStringLiteral("#e8a200");
    const QString background = error ? QStringLiteral("#fdecea") : QStringLiteral("#fff8e1");
    return QStringLiteral("%1 { border: 1px solid %2; border-radius: 3px; background: %3; }")
        .arg(QString::fromLatin1(field->metaObject()->className()), border, background);
}

}  // namespace

QLabel* FieldFeedback::createMessageLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

QWidget* FieldFeedback::wrap(QWidget* field, QLabel* message, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    // A label's buddy is this box (QFormLayout::addRow): its mnemonic must reach the field.
    // QLabel only focuses a buddy whose focus policy accepts focus; the proxy passes it on.
    box->setFocusProxy(field);
    box->setFocusPolicy(field->focusPolicy());
    return box;
}

void FieldFeedback::set(QWidget* field, QLabel* message, State state, const QString& text) {
    if (field != nullptr) {
        field->setProperty(kStateProperty, static_cast<int>(state));
        field->setStyleSheet(fieldStyle(field, state));
    }
    if (message == nullptr) {
        return;
    }
    if (state == State::None || text.isEmpty()) {
        message->clear();
        message->setVisible(false);
        return;
    }
    message->setText(text);
    message->setStyleSheet(state == State::Error ? QStringLiteral("color: #c5221f;")
                                                 : QStringLiteral("color: #9a6700;"));
    message->setVisible(true);
}

void FieldFeedback::apply(QWidget* field, QLabel* message, const domain::ValidationResult& result) {
    if (result.isOk()) {
        clear(field, message);
    } else {
        set(field, message, result.isError() ? State::Error : State::Warning,
            FieldFeedback::message(result));
    }
}

FieldFeedback::State FieldFeedback::stateOf(const QWidget* field) {
    return static_cast<State>(field->property(kStateProperty).toInt());
}

QString FieldFeedback::message(const domain::ValidationResult& result) {
    return result.message(language());
}

domain::MessageLanguage FieldFeedback::language() {
    // The English .ts translates this marker to "English"; untranslated it stays Chinese.
    const QString marker = QCoreApplication::translate("hc::ui::FieldFeedback", "中文");
    return marker == QStringLiteral("English") ? domain::MessageLanguage::En
                                               : domain::MessageLanguage::Zh;
}

}  // namespace hc::ui
