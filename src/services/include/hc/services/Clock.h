#pragma once

#include <QDateTime>

#include <functional>

namespace hc::services {

/// The current local date-time, injectable so tests pin "now".
using Clock = std::function<QDateTime()>;

inline Clock systemClock() {
    return [] { return QDateTime::currentDateTime(); };
}

}  // namespace hc::services
