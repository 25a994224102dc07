#pragma once

#include <QString>

#include <cstdint>

namespace hc::domain {

/// A questionnaire item as configured by the manager (satisfaction_items). `key` is the stable id
/// used by SatisfactionSummary; inactive items are no longer asked but keep their answers.
struct SatisfactionItemRecord {
    std::int64_t id = 0;  ///< 0 until stored
    QString key;
    QString label;
    bool active = true;
    int sort = 0;
};

}  // namespace hc::domain
