#pragma once

#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace hc::test {

/// A real SQLite database file in a fresh temporary folder, opened (created, migrated) with the
/// production options. The folder and its files are removed at the end of the test.
class TempDatabase {
public:
    TempDatabase() {
        if (QCoreApplication::instance() == nullptr) {
            static int argc = 1;
            static char name[] = "hc_tests";
            static char* argv[] = {name, nullptr};
            static QCoreApplication app(argc, argv);
        }
        EXPECT_TRUE(dir_.isValid());
        db_ = storage::Database::open(path());
    }

    [[nodiscard]] QString path() const { return dir_.filePath(QStringLiteral("huichang.db")); }
    [[nodiscard]] QString filePath(const QString& name) const { return dir_.filePath(name); }
    [[nodiscard]] storage::Database& db() { return *db_; }
    /// Closes and reopens the same file.
    void reopen() {
        db_.reset();
        db_ = storage::Database::open(path());
    }
    void close() { db_.reset(); }

private:
    QTemporaryDir dir_;
    std::unique_ptr<storage::Database> db_;
};

}  // namespace hc::test
