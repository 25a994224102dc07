#pragma once

#include "hc/domain/CallList.h"

#include <QString>

namespace hc::ui {

/// The callback screen's header over the day's list: "今日 N 条 / 共 M 条到期(已拨 K) · 积压 B 条:
/// kind n、…" and a second line with the backlog by days overdue; its tooltip names the capacity
/// and the order. Texts in the callback screen's translation context.
class CallListHeaderText {
public:
    /// `share`: the viewer's items today; `called`: those already called today.
    [[nodiscard]] static QString text(const domain::CallList& day, int share, int called);
    [[nodiscard]] static QString toolTip(const domain::CallList& day);
    /// The label of a backlog age bucket (domain backlogAgeBucket).
    [[nodiscard]] static QString ageLabel(int bucket);
};

}  // namespace hc::ui
