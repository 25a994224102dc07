#pragma once

#include "hc/services/ServiceError.h"

#include <utility>
#include <variant>

namespace hc::services {

struct Done {};

/// expected-like result of a use case: a value or a ServiceError. Services never throw to callers.
template <typename T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}             // NOLINT(google-explicit-constructor)
    Result(ServiceError error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const noexcept { return std::holds_alternative<T>(v_); }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] T& value() { return std::get<T>(v_); }
    [[nodiscard]] const T& value() const { return std::get<T>(v_); }
    [[nodiscard]] const ServiceError& error() const { return std::get<ServiceError>(v_); }

private:
    std::variant<T, ServiceError> v_;
};

using VoidResult = Result<Done>;

}  // namespace hc::services
