#include "hc/domain/CommonPasswords.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace hc::domain {

namespace {

constexpr std::string_view kList[] = {
#include "CommonPasswordList.inc"
};

static_assert(std::size(kList) > 1000, "the common password list is missing");

}  // namespace

bool CommonPasswords::contains(const QString& password) {
    const QByteArray key = password.toLower().toUtf8();
    const std::string_view wanted(key.constData(), static_cast<std::size_t>(key.size()));
    return std::binary_search(std::begin(kList), std::end(kList), wanted);
}

std::size_t CommonPasswords::size() {
    return std::size(kList);
}

}  // namespace hc::domain
