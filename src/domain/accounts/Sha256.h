#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace hc::domain {

/// SHA-256 (FIPS 180-4) with access to the chaining state, for PBKDF2-HMAC-SHA256: HMAC's inner
/// and outer key blocks are compressed once per password, then each of the many iterations costs
/// two compressions. Private to hc_domain (PasswordHasher); checked through the RFC PBKDF2 vectors.
class Sha256 {
public:
    using State = std::array<std::uint32_t, 8>;
    using Digest = std::array<std::uint8_t, 32>;
    static constexpr std::size_t kBlockBytes = 64;

    Sha256();
    /// Continues from `state` after `bytesSoFar` bytes (a multiple of 64) were hashed.
    Sha256(const State& state, std::uint64_t bytesSoFar);

    void update(const std::uint8_t* data, std::size_t size);
    [[nodiscard]] Digest finish();
    [[nodiscard]] const State& state() const { return state_; }

    /// One compression of a 16-word (big-endian already decoded) block into `state`.
    static void compress(State& state, const std::uint32_t block[16]);
    /// The initial hash value H(0).
    static State initialState();

private:
    void compressBuffer();

    State state_;
    std::array<std::uint8_t, kBlockBytes> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_ = 0;
};

}  // namespace hc::domain
