#pragma once

namespace hc::ui {

/// Gives the heap's free pages back to the system (glibc malloc_trim; nothing elsewhere). The
/// background loaders call it after a large build: with the app's single malloc arena the memory
/// freed by a 100 000-customer read otherwise stays in the process (≈ 60 MB of RSS after every
/// screen; docs/performance.md, "Cold start"). Takes a few milliseconds; call it off the GUI
/// thread.
void releaseFreedMemory();

/// How long after a screen took a large result the loaders release the freed memory: the screen's
/// previous tables and widgets (deleteLater) are gone by then.
inline constexpr int kReleaseDelayMs = 300;

}  // namespace hc::ui
