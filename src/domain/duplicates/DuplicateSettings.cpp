#include "hc/domain/DuplicateSettings.h"

#include <utility>

namespace hc::domain {

const char* DuplicateSettings::problem() const {
    const std::pair<const char*, int> values[] = {
        {"sameMobile", sameMobile},    {"sameIdNumber", sameIdNumber}, {"sameVin", sameVin},
        {"plateOwners", plateOwners},  {"pinyinPhone", pinyinPhone},   {"extraReason", extraReason},
        {"minimumScore", minimumScore}};
    for (const auto& [name, value] : values) {
        if (value < 0 || value > kMaxScore) {
            return name;
        }
    }
    return nullptr;
}

}  // namespace hc::domain
