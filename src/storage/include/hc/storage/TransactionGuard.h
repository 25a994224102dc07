#pragma once

namespace hc::storage {

class Database;

/// RAII write transaction: BEGIN IMMEDIATE on construction (takes the write lock up front, so a
/// busy database fails before any work is done), ROLLBACK in the destructor unless commit() was
/// called. Not nestable: one per use case.
class TransactionGuard {
public:
    explicit TransactionGuard(Database& db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    /// Commits; throws StorageError when SQLite refuses (the guard then rolls back).
    void commit();
    [[nodiscard]] bool committed() const noexcept { return committed_; }

private:
    Database& db_;
    bool committed_ = false;
};

}  // namespace hc::storage
