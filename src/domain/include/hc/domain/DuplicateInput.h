#pragma once

#include "hc/domain/Customer.h"

#include <QDate>
#include <QString>

#include <utility>
#include <vector>

namespace hc::domain {

/// What the duplicate finder reads (storage::DuplicateRepository loads it; erased customers are
/// left out).
struct DuplicateInput {
    struct Person {
        CustomerId id = 0;
        QString name;
        /// The name in pinyin without tones or spaces ("liuchunjiang"), from the search index
        /// (storage::PinyinTransliterator); empty when unknown.
        QString pinyin;
        QString phone;  ///< as stored (normalised: mobiles are 11 digits)
        QString phone2;
        QString idNumber;
    };
    /// One recorded owner period of a vehicle (vehicle_owners); `to` invalid while open.
    struct OwnerPeriod {
        CustomerId customerId = 0;
        QDate from;
        QDate to;
    };
    struct Vehicle {
        std::int64_t id = 0;
        CustomerId ownerId = 0;  ///< current owner
        QString plate;
        QString vin;
        std::vector<OwnerPeriod> owners;  ///< the recorded ownership history (transfers)
        /// Visits of the vehicle registered under another customer than its current owner:
        /// (customer, visit date).
        std::vector<std::pair<CustomerId, QDate>> otherVisits;
    };
    std::vector<Person> people;
    std::vector<Vehicle> vehicles;
};

}  // namespace hc::domain
