// The one mapping of storage failures to user-level messages (issue 10 item 6), table-tested:
// every kind of StorageError (with its SQLite code) gives one code and one message, used alike by
// the services, the CLI and the GUI start-up.
#include "hc/services/StorageMessages.h"
#include "hc/storage/StorageError.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <QString>

namespace hc::services {
namespace {

using Kind = storage::StorageError::Kind;
using Code = ServiceError::Code;

struct Case {
    const char* name;
    Kind kind;
    int sqliteCode;
    const char* driverText;
    Code code;
    const char* message;
};

const Case kCases[] = {
    {"busy", Kind::Busy, SQLITE_BUSY, "database is locked", Code::Busy,
     "数据库正被其他程序占用,请稍后重试"},
    {"locked", Kind::Busy, SQLITE_LOCKED, "database table is locked", Code::Busy,
     "数据库正被其他程序占用,请稍后重试"},
    {"corrupt", Kind::Corrupt, SQLITE_CORRUPT, "database disk image is malformed", Code::Damaged,
     "数据库文件已损坏或不是回厂数据库"},
    {"not_a_database", Kind::Corrupt, SQLITE_NOTADB, "file is not a database", Code::Damaged,
     "数据库文件已损坏或不是回厂数据库"},
    {"schema_too_new", Kind::Schema, 0, "schema version 99 is newer than this program",
     Code::Damaged, "数据库结构与本程序版本不符,请升级回厂或从备份恢复"},
    {"unique", Kind::Constraint, SQLITE_CONSTRAINT_UNIQUE, "UNIQUE constraint failed",
     Code::Duplicate, "该记录已存在,不能重复保存"},
    {"primary_key", Kind::Constraint, SQLITE_CONSTRAINT_PRIMARYKEY, "constraint failed",
     Code::Duplicate, "该记录已存在,不能重复保存"},
    {"check", Kind::Constraint, SQLITE_CONSTRAINT_CHECK, "CHECK constraint failed", Code::Invalid,
     "数据不符合要求,未保存"},
    {"foreign_key", Kind::Constraint, SQLITE_CONSTRAINT_FOREIGNKEY, "FOREIGN KEY constraint failed",
     Code::Invalid, "数据不符合要求,未保存"},
    {"not_found", Kind::NotFound, 0, "no such row", Code::NotFound, "记录不存在,可能已被删除"},
    {"disk_full", Kind::Full, SQLITE_FULL, "database or disk is full", Code::Failed,
     "磁盘已满,数据未保存"},
    {"read_only", Kind::ReadOnly, SQLITE_READONLY, "attempt to write a readonly database",
     Code::Failed, "无法打开或写入数据库文件,请检查文件夹和访问权限"},
    {"cannot_open", Kind::ReadOnly, SQLITE_CANTOPEN, "unable to open database file", Code::Failed,
     "无法打开或写入数据库文件,请检查文件夹和访问权限"},
    {"configuration", Kind::Configuration, 0, "journal_mode is not wal", Code::Failed,
     "数据库操作失败"},
    {"other", Kind::Other, SQLITE_ERROR, "no such table: visits", Code::Failed, "数据库操作失败"},
};

class StorageMessagesTest : public ::testing::TestWithParam<Case> {};

TEST_P(StorageMessagesTest, EachKindHasOneCodeAndOneMessage) {
    const Case& c = GetParam();
    const storage::StorageError e(c.kind, c.sqliteCode, QString::fromUtf8(c.driverText),
                                  QStringLiteral("SELECT 1"));
    const ServiceError err = StorageMessages::describe(e);
    EXPECT_EQ(err.code, c.code);
    EXPECT_EQ(err.message, QString::fromUtf8(c.message));
    EXPECT_TRUE(err.field.isEmpty());
    // The technical detail (driver text and statement) is kept for the log, not shown as the
    // message.
    EXPECT_TRUE(err.detail.contains(QString::fromUtf8(c.driverText))) << err.detail.toStdString();
    EXPECT_TRUE(err.detail.contains(QStringLiteral("SELECT 1")));
    EXPECT_FALSE(err.message.contains(QString::fromUtf8(c.driverText)));
}

TEST(StorageMessagesKindTest, SqliteCodesMapToTheKindsOfTheTable) {
    // The first half of the mapping: StorageError::kindForCode, primary and extended codes.
    const std::pair<int, Kind> codes[] = {
        {SQLITE_BUSY, Kind::Busy},         {SQLITE_BUSY_SNAPSHOT, Kind::Busy},
        {SQLITE_LOCKED, Kind::Busy},       {SQLITE_CORRUPT, Kind::Corrupt},
        {SQLITE_NOTADB, Kind::Corrupt},    {SQLITE_CONSTRAINT_UNIQUE, Kind::Constraint},
        {SQLITE_READONLY, Kind::ReadOnly}, {SQLITE_CANTOPEN, Kind::ReadOnly},
        {SQLITE_PERM, Kind::ReadOnly},     {SQLITE_FULL, Kind::Full},
        {SQLITE_ERROR, Kind::Other},       {SQLITE_IOERR, Kind::Other},
    };
    for (const auto& [code, kind] : codes) {
        EXPECT_EQ(storage::StorageError::kindForCode(code), kind) << "code " << code;
    }
}

INSTANTIATE_TEST_SUITE_P(Table, StorageMessagesTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                             return std::string(info.param.name);
                         });

}  // namespace
}  // namespace hc::services
