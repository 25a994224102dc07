#pragma once

#include "hc/domain/Role.h"

#include <QString>

#include <cstdint>

namespace hc::services {

/// Who performs a use case; written to the audit log. id 0 is "system" (CLI import, demo data).
struct ActingUser {
    std::int64_t id = 0;
    QString username;
    domain::Role role = domain::Role::Manager;
};

}  // namespace hc::services
