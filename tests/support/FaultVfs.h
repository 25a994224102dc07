#pragma once

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace hc::test {

/// A test-only SQLite VFS, as SQLite tests itself (its "test_vfs"/"crash" VFSes): it wraps the
/// default VFS ("unix") and fails the Nth write or sync with an I/O error or a full disk.
/// Registered as the default VFS on first use, so every connection opened afterwards in this
/// process — the QtSql connections of storage::Database and the raw ones of BackupManager — goes
/// through it (QSQLITE links the same system libsqlite3 as the tests; checked by FaultVfsTest).
///
/// Counted operations: Write (xWrite and xTruncate, on every file: database, WAL, rollback journal,
/// backup copy) and Sync (xSync). A transient fault fails only the Nth operation; a persistent one
/// also every later operation of that kind (a disk that stays full). The errors are those the unix
/// VFS reports: IoError → SQLITE_IOERR_WRITE / _TRUNCATE / _FSYNC (errno EIO); DiskFull → xWrite
/// SQLITE_FULL, xTruncate and xSync SQLITE_IOERR_* with errno ENOSPC (what fsync reports on Linux
/// when delayed allocation finds no space), seen by sqlite3_system_errno() through xGetLastError
/// and left in errno, as the failed system call of the unix VFS leaves it.
///
/// Alloc: SQLite's memory allocator is wrapped too (SQLITE_CONFIG_MALLOC, which SQLite accepts
/// only before sqlite3_initialize: instance() must come before the first connection of the
/// process); the Nth sqlite3_malloc/realloc returns null (SQLITE_NOMEM). allocFaults() tells
/// whether the wrapper is in place.
class FaultVfs {
public:
    enum class Op { Write, Sync, Alloc };
    enum class Fault { IoError, DiskFull };

    static FaultVfs& instance() {
        static FaultVfs vfs;
        return vfs;
    }

    /// Fails the `n`th operation of kind `op` (1-based) counted from now; nothing fails when n = 0.
    void arm(Op op, Fault fault, int n, bool persistent) {
        op_ = op;
        fault_ = fault;
        n_ = n;
        persistent_ = persistent;
        seen_ = 0;
        fired_ = 0;
        armed_ = true;
        lastErrno_ = 0;
    }
    /// Stops failing (and counting).
    void disarm() {
        armed_ = false;
        lastErrno_ = 0;
    }
    /// Operations of the armed kind seen since arm().
    [[nodiscard]] int seen() const { return seen_; }
    /// How many operations were failed since arm().
    [[nodiscard]] int fired() const { return fired_; }
    [[nodiscard]] const char* name() const { return vfs_.zName; }
    /// True when SQLite's allocations go through the wrapper (configured before initialisation).
    [[nodiscard]] bool allocFaults() const { return allocWrapped_; }
    /// True when `db` uses this VFS.
    static bool uses(sqlite3* db) {
        sqlite3_vfs* v = nullptr;
        return sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &v) == SQLITE_OK &&
               v == &instance().vfs_;
    }

    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

private:
    struct File {
        sqlite3_file base;
        sqlite3_file* real;  ///< the wrapped file, allocated right after this struct
    };

    FaultVfs() {
        self_ = this;  // the callbacks below may run while instance() is still constructing
        if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &realMem_) == SQLITE_OK) {
            sqlite3_mem_methods mem = realMem_;
            mem.xMalloc = [](int size) -> void* {
                return self_->failAlloc() ? nullptr : self_->realMem_.xMalloc(size);
            };
            mem.xRealloc = [](void* p, int size) -> void* {
                return self_->failAlloc() ? nullptr : self_->realMem_.xRealloc(p, size);
            };
            allocWrapped_ = sqlite3_config(SQLITE_CONFIG_MALLOC, &mem) == SQLITE_OK;
        }
        sqlite3_initialize();
        root_ = sqlite3_vfs_find(nullptr);
        vfs_ = *root_;
        vfs_.iVersion = root_->iVersion < 3 ? root_->iVersion : 3;
        vfs_.szOsFile = static_cast<int>(sizeof(File)) + root_->szOsFile;
        vfs_.pNext = nullptr;
        vfs_.zName = "hc-fault";
        vfs_.pAppData = this;
        vfs_.xOpen = &FaultVfs::xOpen;
        vfs_.xGetLastError = &FaultVfs::xGetLastError;

        std::memset(&methods_, 0, sizeof methods_);
        methods_.iVersion = 3;
        methods_.xClose = [](sqlite3_file* f) {
            sqlite3_file* r = real(f);
            const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
            f->pMethods = nullptr;
            return rc;
        };
        methods_.xRead = [](sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset) {
            return real(f)->pMethods->xRead(real(f), buf, amount, offset);
        };
        methods_.xWrite = [](sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset) {
            if (const int rc = self_->fail(Op::Write, SQLITE_IOERR_WRITE, SQLITE_FULL)) {
                return rc;
            }
            return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
        };
        methods_.xTruncate = [](sqlite3_file* f, sqlite3_int64 size) {
            if (const int rc =
                    self_->fail(Op::Write, SQLITE_IOERR_TRUNCATE, SQLITE_IOERR_TRUNCATE)) {
                return rc;
            }
            return real(f)->pMethods->xTruncate(real(f), size);
        };
        methods_.xSync = [](sqlite3_file* f, int flags) {
            if (const int rc = self_->fail(Op::Sync, SQLITE_IOERR_FSYNC, SQLITE_IOERR_FSYNC)) {
                return rc;
            }
            return real(f)->pMethods->xSync(real(f), flags);
        };
        methods_.xFileSize = [](sqlite3_file* f, sqlite3_int64* size) {
            return real(f)->pMethods->xFileSize(real(f), size);
        };
        methods_.xLock = [](sqlite3_file* f, int level) {
            return real(f)->pMethods->xLock(real(f), level);
        };
        methods_.xUnlock = [](sqlite3_file* f, int level) {
            return real(f)->pMethods->xUnlock(real(f), level);
        };
        methods_.xCheckReservedLock = [](sqlite3_file* f, int* out) {
            return real(f)->pMethods->xCheckReservedLock(real(f), out);
        };
        methods_.xFileControl = [](sqlite3_file* f, int op, void* arg) {
            return real(f)->pMethods->xFileControl(real(f), op, arg);
        };
        methods_.xSectorSize = [](sqlite3_file* f) {
            return real(f)->pMethods->xSectorSize(real(f));
        };
        methods_.xDeviceCharacteristics = [](sqlite3_file* f) {
            return real(f)->pMethods->xDeviceCharacteristics(real(f));
        };
        methods_.xShmMap = [](sqlite3_file* f, int page, int size, int extend,
                              void volatile** out) {
            const auto* m = real(f)->pMethods;
            return m->iVersion >= 2 ? m->xShmMap(real(f), page, size, extend, out) : SQLITE_IOERR;
        };
        methods_.xShmLock = [](sqlite3_file* f, int offset, int n, int flags) {
            const auto* m = real(f)->pMethods;
            return m->iVersion >= 2 ? m->xShmLock(real(f), offset, n, flags) : SQLITE_IOERR;
        };
        methods_.xShmBarrier = [](sqlite3_file* f) {
            const auto* m = real(f)->pMethods;
            if (m->iVersion >= 2) {
                m->xShmBarrier(real(f));
            }
        };
        methods_.xShmUnmap = [](sqlite3_file* f, int deleteFlag) {
            const auto* m = real(f)->pMethods;
            return m->iVersion >= 2 ? m->xShmUnmap(real(f), deleteFlag) : SQLITE_OK;
        };
        methods_.xFetch = [](sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
            const auto* m = real(f)->pMethods;
            if (m->iVersion >= 3) {
                return m->xFetch(real(f), offset, amount, out);
            }
            *out = nullptr;
            return SQLITE_OK;
        };
        methods_.xUnfetch = [](sqlite3_file* f, sqlite3_int64 offset, void* p) {
            const auto* m = real(f)->pMethods;
            return m->iVersion >= 3 ? m->xUnfetch(real(f), offset, p) : SQLITE_OK;
        };
        sqlite3_vfs_register(&vfs_, 1);
    }

    static sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

    static int xOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags,
                     int* outFlags) {
        auto& self = *static_cast<FaultVfs*>(vfs->pAppData);
        auto* wrapper = reinterpret_cast<File*>(file);
        wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
        wrapper->base.pMethods = nullptr;
        const int rc = self.root_->xOpen(self.root_, name, wrapper->real, flags, outFlags);
        if (wrapper->real->pMethods != nullptr) {  // SQLite calls xClose whenever pMethods is set
            wrapper->base.pMethods = &self.methods_;
        }
        return rc;
    }

    static int xGetLastError(sqlite3_vfs* vfs, int size, char* out) {
        auto& self = *static_cast<FaultVfs*>(vfs->pAppData);
        if (self.lastErrno_ != 0) {
            return self.lastErrno_;
        }
        return self.root_->xGetLastError ? self.root_->xGetLastError(self.root_, size, out) : 0;
    }

    bool failAlloc() {
        if (!armed_ || op_ != Op::Alloc) {
            return false;
        }
        ++seen_;
        if (seen_ == n_ || (persistent_ && fired_ > 0)) {
            ++fired_;
            return true;
        }
        return false;
    }

    /// 0 to go ahead, else the error to return for this operation.
    int fail(Op op, int ioError, int diskFull) {
        if (!armed_ || op != op_) {
            return 0;
        }
        ++seen_;
        if (seen_ == n_ || (persistent_ && fired_ > 0)) {
            ++fired_;
            lastErrno_ = fault_ == Fault::DiskFull ? ENOSPC : EIO;
            errno = lastErrno_;  // as the failed write(2) / fsync(2) of the unix VFS leaves it
            return fault_ == Fault::DiskFull ? diskFull : ioError;
        }
        lastErrno_ = 0;
        return 0;
    }

    static inline FaultVfs* self_ = nullptr;
    sqlite3_mem_methods realMem_{};
    bool allocWrapped_ = false;
    sqlite3_vfs* root_ = nullptr;
    sqlite3_vfs vfs_{};
    sqlite3_io_methods methods_{};
    bool armed_ = false;
    Op op_ = Op::Write;
    Fault fault_ = Fault::IoError;
    int n_ = 0;
    bool persistent_ = false;
    int seen_ = 0;
    int fired_ = 0;
    int lastErrno_ = 0;
};

}  // namespace hc::test
