#pragma once

#include "hc/domain/ValidationResult.h"

#include <QString>

class QLabel;
class QWidget;

namespace hc::ui {

/// Inline validation at a form field: the field turns red (error) or amber (warning) and a message
/// label under it says what is wrong and how to fix it. Stateless helpers shared by every form.
class FieldFeedback {
public:
    enum class State { None, Warning, Error };

    /// A hidden, word-wrapped message label for under a field.
    [[nodiscard]] static QLabel* createMessageLabel(QWidget* parent);
    /// A widget holding `field` with `message` under it, for a QFormLayout row.
    [[nodiscard]] static QWidget* wrap(QWidget* field, QLabel* message, QWidget* parent);

    static void set(QWidget* field, QLabel* message, State state, const QString& text);
    static void clear(QWidget* field, QLabel* message) { set(field, message, State::None, {}); }
    /// Shows a validator result: Ok clears, Warning amber, Error red.
    static void apply(QWidget* field, QLabel* message, const domain::ValidationResult& result);

    /// The state last set on `field`.
    [[nodiscard]] static State stateOf(const QWidget* field);
    /// The validator message in the language of the user interface.
    [[nodiscard]] static QString message(const domain::ValidationResult& result);
    /// Chinese unless the English translation is loaded.
    [[nodiscard]] static domain::MessageLanguage language();
};

}  // namespace hc::ui
