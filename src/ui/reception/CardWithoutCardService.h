#pragma once

#include "hc/services/CustomerCard.h"
#include "hc/services/Result.h"

#include <QDate>

namespace hc::ui {

struct UiContext;

/// The customer card for a screen built without the card service (tests of one dialog): the
/// archive rows, the analysis summary for the badges, no maintenance estimates. A failed read is
/// returned as the error, never shown as a card without its badges.
class CardWithoutCardService {
public:
    [[nodiscard]] static services::Result<services::CustomerCard> load(const UiContext& ctx,
                                                                       qint64 id,
                                                                       const QDate& today);
};

}  // namespace hc::ui
