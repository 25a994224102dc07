#pragma once

#include "hc/services/CustomerCard.h"

#include <QLabel>

namespace hc::ui {

/// The customer card's line of the customer-base model's outlook (docs/customer-base.md): the
/// chance of return in the next 12 months, the expected visits and value in one sentence
/// (domain::CustomerBaseOutlook::sentence), headed by the day the stored fit was made. Hidden
/// when the card has no outlook (no stored fit, or too little history).
class CustomerOutlookLabel : public QLabel {
    Q_OBJECT
public:
    explicit CustomerOutlookLabel(QWidget* parent = nullptr);

    /// Shows the card's outlook (CustomerCard::outlook with CustomerCard::customerBaseFit's date),
    /// or hides the line when the card has none.
    void setCard(const services::CustomerCard& card);
    /// Hides the line (no customer on the card).
    void clearOutlook();
};

}  // namespace hc::ui
