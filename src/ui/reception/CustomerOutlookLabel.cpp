#include "hc/ui/CustomerOutlookLabel.h"

#include "hc/domain/CustomerBaseOutlook.h"

namespace hc::ui {

CustomerOutlookLabel::CustomerOutlookLabel(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("customerBaseOutlook"));
    setWordWrap(true);
    setVisible(false);
}

void CustomerOutlookLabel::setCard(const services::CustomerCard& card) {
    if (!card.outlook) {
        clearOutlook();
        return;
    }
    const QDate fitted = card.customerBaseFit ? card.customerBaseFit->fittedAt.date() : QDate();
    setText(tr("客户模型(%1 拟合):%2")
                .arg(fitted.isValid() ? fitted.toString(Qt::ISODate) : QString(),
                     domain::CustomerBaseOutlook::sentence(*card.outlook)));
    setVisible(true);
}

void CustomerOutlookLabel::clearOutlook() {
    clear();
    setVisible(false);
}

}  // namespace hc::ui
