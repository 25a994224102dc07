#include "hc/ui/SpanEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace hc::ui {

SpanEdit::SpanEdit(QWidget* parent)
    : QWidget(parent), count_(new QSpinBox(this)), unit_(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    count_->setRange(1, 3660);
    count_->setMinimumWidth(80);
    unit_->addItem(tr("个月"), static_cast<int>(domain::Span::Unit::Months));
    unit_->addItem(tr("天"), static_cast<int>(domain::Span::Unit::Days));
    layout->addWidget(count_);
    layout->addWidget(unit_);
    setFocusProxy(count_);
    connect(count_, &QSpinBox::valueChanged, this, &SpanEdit::changed);
    connect(unit_, &QComboBox::currentIndexChanged, this, &SpanEdit::changed);
}

domain::Span SpanEdit::span() const {
    return domain::Span{count_->value(),
                        static_cast<domain::Span::Unit>(unit_->currentData().toInt())};
}

void SpanEdit::setSpan(const domain::Span& span) {
    count_->setValue(span.count);
    unit_->setCurrentIndex(std::max(0, unit_->findData(static_cast<int>(span.unit))));
}

}  // namespace hc::ui
