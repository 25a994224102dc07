#pragma once

#include "hc/services/Result.h"

#include <utility>

class QWidget;

namespace hc::ui {

/// How a screen shows a read that failed (the error policy: a service read returns its value or
/// an error, never a silent empty answer; the service has logged it). The screen shows the
/// message in a warning box and continues with an empty value.
class ReadErrors {
public:
    /// Shows `error` ("could not read the data") over `parent`.
    static void show(const services::ServiceError& error, const QWidget* parent);

    /// The value of `result`, or, after showing its error, `fallback`.
    template <typename T>
    static T valueOr(services::Result<T> result, const QWidget* parent, T fallback = T{}) {
        if (result) {
            return std::move(result.value());
        }
        show(result.error(), parent);
        return fallback;
    }
};

}  // namespace hc::ui
