#pragma once

// Shared by the libFuzzer targets in fuzz/: the input as text and a check that stops the run.

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace hc::fuzz {

/// The fuzz input as UTF-8 text (invalid sequences become U+FFFD, as from a file read).
inline QString text(const std::uint8_t* data, std::size_t size) {
    return QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// An invariant of the code under test: when it does not hold, libFuzzer keeps the input as a
/// crash.
inline void check(bool condition, const char* what, const QString& detail = {}) {
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant failed: %s [%s]\n", what, detail.toUtf8().constData());
        std::abort();
    }
}

/// A QCoreApplication for targets that need one (QtSql loads its driver as a plugin).
inline void ensureApplication() {
    if (QCoreApplication::instance() == nullptr) {
        static int argc = 1;
        static char name[] = "hc_fuzz";
        static char* argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
}

}  // namespace hc::fuzz
