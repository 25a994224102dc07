#pragma once

namespace hc::storage {

class Database;

/// RAII read transaction: BEGIN (deferred) on construction, COMMIT in the destructor. In WAL mode
/// every read inside it sees one snapshot of the database (taken at its first read), so a report
/// built from several queries cannot be split by a visit registered while it is being built.
/// Not nestable and not for writes (use TransactionGuard).
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& db_;
};

}  // namespace hc::storage
