#include "hc/domain/DuplicateFinder.h"

#include "hc/domain/PlateValidator.h"
#include "hc/domain/VinValidator.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <set>

namespace hc::domain {

namespace {

using Ids = std::set<CustomerId>;

/// The groups found so far, one per set of customers.
class Collector {
public:
    explicit Collector(const std::set<std::pair<CustomerId, CustomerId>>& dismissed)
        : dismissed_(dismissed) {}

    void add(const Ids& found, DuplicateReason reason, const QString& value) {
        const Ids ids = undecided(found);
        if (ids.size() < 2) {
            return;
        }
        auto& g = groups_[std::vector<CustomerId>(ids.begin(), ids.end())];
        const bool known = std::any_of(g.findings.begin(), g.findings.end(), [&](const auto& f) {
            return f.reason == reason && f.value == value;
        });
        if (!known) {
            g.findings.push_back({reason, value});
        }
    }

    std::vector<DuplicateGroup> finish(const DuplicateSettings& s) {
        std::vector<DuplicateGroup> out;
        for (auto& [ids, g] : groups_) {
            g.customerIds = ids;
            std::stable_sort(
                g.findings.begin(), g.findings.end(), [](const auto& a, const auto& b) {
                    return a.reason != b.reason ? a.reason < b.reason : a.value < b.value;
                });
            std::set<DuplicateReason> reasons;
            int best = 0;
            for (const auto& f : g.findings) {
                reasons.insert(f.reason);
                best = std::max(best, scoreOf(f.reason, s));
            }
            g.score = std::min(DuplicateSettings::kMaxScore,
                               best + s.extraReason * static_cast<int>(reasons.size() - 1));
            if (g.score >= s.minimumScore) {
                out.push_back(std::move(g));
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return a.score != b.score ? a.score > b.score : a.customerIds < b.customerIds;
        });
        return out;
    }

private:
    /// `ids` without the customers whose pair with every other one is dismissed.
    Ids undecided(const Ids& ids) const {
        if (dismissed_.empty() || ids.size() < 2) {
            return ids;
        }
        Ids out;
        for (const CustomerId a : ids) {
            const bool open = std::any_of(ids.begin(), ids.end(), [&](CustomerId b) {
                return a != b && dismissed_.count(DuplicateFinder::pairOf(a, b)) == 0;
            });
            if (open) {
                out.insert(a);
            }
        }
        return out;
    }

    static int scoreOf(DuplicateReason r, const DuplicateSettings& s) {
        switch (r) {
            case DuplicateReason::SameMobile:
                return s.sameMobile;
            case DuplicateReason::SameIdNumber:
                return s.sameIdNumber;
            case DuplicateReason::SameVin:
                return s.sameVin;
            case DuplicateReason::PlateOwners:
                return s.plateOwners;
            case DuplicateReason::PinyinPhone:
                return s.pinyinPhone;
        }
        return 0;
    }

    const std::set<std::pair<CustomerId, CustomerId>>& dismissed_;
    std::map<std::vector<CustomerId>, DuplicateGroup> groups_;
};

/// Adds one group per key shared by two customers or more.
void addShared(Collector& c, const QHash<QString, Ids>& byKey, DuplicateReason reason) {
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        c.add(it.value(), reason, it.key());
    }
}

bool covers(const DuplicateInput::OwnerPeriod& p, const QDate& d) {
    return p.from <= d && (!p.to.isValid() || d <= p.to);
}

/// Two recorded periods of different owners that overlap by more than the transfer day.
bool overlap(const DuplicateInput::OwnerPeriod& a, const DuplicateInput::OwnerPeriod& b) {
    const auto before = [](const QDate& end, const QDate& start) {
        return end.isValid() && end <= start;
    };
    return !before(a.to, b.from) && !before(b.to, a.from);
}

QString vehicleKey(const DuplicateInput::Vehicle& v) {
    const QString plate = PlateValidator::normalize(v.plate);
    if (!plate.isEmpty()) {
        return plate;
    }
    const QString vin = VinValidator::normalize(v.vin);
    return vin.isEmpty() ? QStringLiteral("#%1").arg(v.id) : vin;
}

/// The customers who held the plate of `v` outside its recorded ownership history.
Ids plateOwnersOf(const DuplicateInput::Vehicle& v) {
    Ids out;
    for (std::size_t i = 0; i < v.owners.size(); ++i) {
        for (std::size_t j = i + 1; j < v.owners.size(); ++j) {
            const auto& a = v.owners[i];
            const auto& b = v.owners[j];
            if (a.customerId != b.customerId && overlap(a, b)) {
                out.insert(a.customerId);
                out.insert(b.customerId);
            }
        }
    }
    for (const auto& visit : v.otherVisits) {
        const auto& [customer, date] = visit;
        const CustomerId visitor = customer;  // clang 14 cannot capture a structured binding
        const bool recorded = std::any_of(v.owners.begin(), v.owners.end(),
                                          [&](const auto& p) { return p.customerId == visitor; });
        if (recorded || customer == v.ownerId) {
            continue;  // a recorded owner of this vehicle, before or after a transfer
        }
        CustomerId owner = v.ownerId;
        for (const auto& p : v.owners) {
            if (covers(p, date)) {
                owner = p.customerId;
            }
        }
        out.insert(customer);
        out.insert(owner);
    }
    return out;
}

}  // namespace

std::pair<CustomerId, CustomerId> DuplicateFinder::pairOf(CustomerId a, CustomerId b) {
    return a < b ? std::pair(a, b) : std::pair(b, a);
}

bool DuplicateFinder::isMobile(const QString& phone) {
    if (phone.size() != 11 || phone.at(0) != u'1') {
        return false;
    }
    return std::all_of(phone.begin(), phone.end(),
                       [](QChar ch) { return ch >= u'0' && ch <= u'9'; });
}

bool DuplicateFinder::oneDigitApart(const QString& a, const QString& b) {
    if (a.size() != b.size()) {
        return false;
    }
    int differences = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i) && ++differences > 1) {
            return false;
        }
    }
    return differences == 1;
}

std::vector<DuplicateGroup> DuplicateFinder::find(const DuplicateInput& input,
                                                  const DuplicateSettings& settings,
                                                  const Pairs& dismissed) {
    Collector c(dismissed);
    QHash<QString, Ids> byMobile;
    QHash<QString, Ids> byIdNumber;
    // pinyin|mobile with one digit masked → mobile → customers
    QHash<QString, std::map<QString, Ids>> byNearMobile;
    for (const auto& p : input.people) {
        for (const QString& phone : {p.phone, p.phone2}) {
            if (!isMobile(phone)) {
                continue;
            }
            byMobile[phone].insert(p.id);
            if (!p.pinyin.isEmpty()) {
                for (qsizetype i = 0; i < phone.size(); ++i) {
                    QString masked = phone;
                    masked[i] = u'?';
                    byNearMobile[p.pinyin + u'|' + masked][phone].insert(p.id);
                }
            }
        }
        const QString id = p.idNumber.trimmed().toUpper();
        if (!id.isEmpty()) {
            byIdNumber[id].insert(p.id);
        }
    }
    addShared(c, byMobile, DuplicateReason::SameMobile);
    addShared(c, byIdNumber, DuplicateReason::SameIdNumber);

    QHash<QString, Ids> byVin;
    QHash<QString, Ids> byPlate;
    for (const auto& v : input.vehicles) {
        const QString vin = VinValidator::normalize(v.vin);
        if (!vin.isEmpty()) {
            byVin[vin].insert(v.ownerId);
        }
        const QString plate = PlateValidator::normalize(v.plate);
        if (!plate.isEmpty()) {
            byPlate[plate].insert(v.ownerId);
        }
    }
    addShared(c, byVin, DuplicateReason::SameVin);
    QHash<QString, Ids> byPlateOutside;  // customers outside the recorded ownership history
    for (const auto& v : input.vehicles) {
        const Ids outside = plateOwnersOf(v);
        if (!outside.empty()) {
            byPlateOutside[vehicleKey(v)].insert(outside.begin(), outside.end());
        }
    }
    addShared(c, byPlateOutside, DuplicateReason::PlateOwners);
    addShared(c, byPlate, DuplicateReason::PlateOwners);

    for (auto it = byNearMobile.cbegin(); it != byNearMobile.cend(); ++it) {
        if (it.value().size() < 2) {
            continue;  // one mobile only: same number, not one digit apart
        }
        Ids ids;
        for (const auto& [phone, who] : it.value()) {
            ids.insert(who.begin(), who.end());
        }
        c.add(ids, DuplicateReason::PinyinPhone, it.key().section(u'|', 0, 0));
    }
    return c.finish(settings);
}

}  // namespace hc::domain
