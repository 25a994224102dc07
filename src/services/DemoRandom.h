#pragma once

#include <cstdint>

namespace hc::services {

/// Deterministic PRNG for demo data: xoshiro256** seeded through splitmix64. Same seed, same
/// numbers on every platform and library version (std distributions are not portable).
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) {
        std::uint64_t x = seed;
        for (auto& s : s_) {
            s = splitmix64(x);
        }
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    /// Uniform in [0, n) (n > 0); the modulo bias is negligible for the small n used here.
    int below(int n) {
        return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n));
    }
    /// Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    /// True with probability pct / 100.
    bool chance(int pct) { return below(100) < pct; }

private:
    static std::uint64_t splitmix64(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t s_[4]{};
};

}  // namespace hc::services
