#pragma once

namespace hc::domain {

/// Customer-base (BG/NBD + gamma-gamma) model settings (docs/customer-base.md). Stored under the
/// settings key "customer_base"; the defaults below apply to anything not stored.
struct CustomerBaseSettings {
    /// Gross margin applied to expected spend for the customer value, in basis points
    /// (10000 = 100 %: the value is then expected revenue).
    int marginBp = 10000;
    /// A fit needs at least this many customers with a repeat visit (x > 0) in the calibration
    /// period; fewer → "not enough data" (both the BG/NBD and the gamma-gamma fit).
    int minRepeatCustomers = 200;
    /// Prediction horizon of the customer value in weeks (52 ≈ 12 months).
    int horizonWeeks = 52;
    friend bool operator==(const CustomerBaseSettings&, const CustomerBaseSettings&) = default;
};

}  // namespace hc::domain
