#pragma once

#include <QString>

namespace hc::services {

/// A user-level error: what went wrong in words for shop staff (already translated through
/// QCoreApplication::translate), which form field it concerns (empty when none) and a technical
/// detail for the log.
struct ServiceError {
    enum class Code {
        Invalid,    ///< input fails validation; `field` names the field
        Duplicate,  ///< a unique value (work order, plate, VIN, username) already exists
        NotFound,   ///< the record no longer exists
        Denied,     ///< the acting user's role may not do this, or login refused
        Busy,       ///< the database is locked by another program; try again
        Damaged,    ///< the database file is damaged or not a Huichang database
        Failed      ///< anything else (disk full, I/O)
    };
    Code code = Code::Failed;
    QString message;
    QString field;
    QString detail;
};

}  // namespace hc::services
