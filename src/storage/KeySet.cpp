#include "hc/storage/KeySet.h"

#include <QHashFunctions>

#include <algorithm>
#include <bit>
#include <limits>
#include <stdexcept>

namespace hc::storage {

namespace {

constexpr std::size_t kMinCapacity = 16;

/// Table size for `keys` keys at most 3/4 full.
std::size_t capacityFor(std::size_t keys) {
    return std::bit_ceil(std::max(kMinCapacity, keys + keys / 3 + 1));
}

}  // namespace

std::uint64_t KeySet::hashOf(QStringView text, std::int64_t a, std::int64_t b) {
    return qHashMulti(0x9e3779b97f4a7c15ULL, text, a, b);
}

void KeySet::reserve(std::size_t keys) {
    chars_.reserve(chars_.size() + keys * 16);
    if (capacityFor(size_ + keys) > slots_.size()) {
        rehash(capacityFor(size_ + keys));
    }
}

std::size_t KeySet::find(QStringView text, std::int64_t a, std::int64_t b,
                         std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.length == kEmpty) {
            return i;
        }
        if (s.hash == hash && s.a == a && s.b == b &&
            s.length == static_cast<std::size_t>(text.size()) &&
            std::equal(text.utf16(), text.utf16() + text.size(), chars_.begin() + s.offset)) {
            return i;
        }
    }
}

bool KeySet::contains(QStringView text, std::int64_t a, std::int64_t b) const {
    if (slots_.empty()) {
        return false;
    }
    return slots_[find(text, a, b, hashOf(text, a, b))].length != kEmpty;
}

bool KeySet::insert(QStringView text, std::int64_t a, std::int64_t b) {
    if (capacityFor(size_ + 1) > slots_.size()) {
        rehash(std::max(capacityFor(size_ + 1), slots_.size() * 2));
    }
    const std::uint64_t hash = hashOf(text, a, b);
    Slot& slot = slots_[find(text, a, b, hash)];
    if (slot.length != kEmpty) {
        return false;
    }
    const auto length = static_cast<std::size_t>(text.size());
    if (chars_.size() + length >= kEmpty) {
        throw std::length_error("KeySet: more than 4 G characters of keys");
    }
    slot.hash = hash;
    slot.offset = static_cast<std::uint32_t>(chars_.size());
    slot.length = static_cast<std::uint32_t>(length);
    slot.a = a;
    slot.b = b;
    chars_.insert(chars_.end(), text.utf16(), text.utf16() + text.size());
    ++size_;
    return true;
}

void KeySet::rehash(std::size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
        if (s.length == kEmpty) {
            continue;
        }
        std::size_t i = s.hash & mask;
        while (slots_[i].length != kEmpty) {
            i = (i + 1) & mask;
        }
        slots_[i] = s;
    }
}

}  // namespace hc::storage
