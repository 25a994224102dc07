#pragma once

#include "hc/domain/Span.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace hc::ui {

/// A length of time for a settings form: a number and its unit (months / days), as the analysis and
/// follow-up thresholds store it (domain::Span).
class SpanEdit : public QWidget {
    Q_OBJECT
public:
    explicit SpanEdit(QWidget* parent = nullptr);

    [[nodiscard]] domain::Span span() const;
    void setSpan(const domain::Span& span);

    [[nodiscard]] QSpinBox* countBox() const { return count_; }
    [[nodiscard]] QComboBox* unitBox() const { return unit_; }

Q_SIGNALS:
    void changed();

private:
    QSpinBox* count_;
    QComboBox* unit_;
};

}  // namespace hc::ui
