#include "CliContext.h"

#include "CommandTable.h"
#include "CorrectionCommands.h"

#include "hc/domain/DateParser.h"
#include "hc/services/BackupService.h"
#include "hc/services/Clock.h"
#include "hc/services/StorageMessages.h"
#include "hc/storage/Database.h"
#include "hc/storage/StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace hc::cli {

QString tr(const char* text) {
    return QCoreApplication::translate("hc::cli", text);
}

void outUtf8(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString& text) {
    outUtf8(text.toUtf8());
}

void err(const QString& text) {
    const QByteArray bytes = (text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

QString usageText(const QString& command) {
    QString common = QCoreApplication::translate(
        "hc::cli",
        "全局选项:\n"
        "  --db PATH      数据库文件(默认:程序数据目录下的 huichang.db)\n"
        "  --lang zh|en   消息语言(默认 zh)\n"
        "  --help         显示帮助\n");
    common += QCoreApplication::translate("hc::cli", "  --version      显示版本号\n");
    if (const QString text = correctionUsage(command); !text.isEmpty()) {
        return text + common;
    }
    if (command == u"init") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli init\n  创建数据库或升级到最新结构,并显示结构版本。\n") +
               common;
    }
    if (command == u"user") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli user 子命令 [参数]\n"
                   "  user add 用户名 --role advisor|callback|manager   添加用户\n"
                   "  user list [--json]                 列出用户(name、role、active、locked)\n"
                   "  user reset-password 用户名          重设密码\n"
                   "  user unlock 用户名                  解除锁定\n"
                   "  user disable 用户名 / user enable 用户名   停用 / 重新启用账户\n"
                   "  密码从标准输入读取(第一行):至少 10 "
                   "个字符,不能包含用户名,不能是常见密码。\n") +
               common;
    }
    if (command == u"demo") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli demo --customers N [--seed S] [--as-of YYYY-MM-DD]\n"
                   "  在空数据库中生成可重复的演示数据(相同种子得到相同数据)。\n") +
               common;
    }
    if (command == u"import") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli import visits 文件.csv [--rejects 出错行.csv]\n"
                   "  导入进厂记录(每行一个工单),输出 JSON 汇总。\n") +
               common;
    }
    if (command == u"classify") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli classify [--as-of YYYY-MM-DD] [--json]\n"
                   "  客户分类(忠诚/摇摆/流失/无效/未进厂)和流失阶段。\n") +
               common;
    }
    if (command == u"abc") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli abc [--as-of YYYY-MM-DD] [--months 12] [--json]\n"
                   "  客户 ABC 分析(按实收金额)。\n") +
               common;
    }
    if (command == u"matrix") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli matrix [--as-of YYYY-MM-DD] [--json]\n"
                   "  忠诚度 × 贡献度矩阵。\n") +
               common;
    }
    if (command == u"rfm") {
        return QCoreApplication::translate("hc::cli",
                                           "用法:huichang-cli rfm [--as-of YYYY-MM-DD] [--json]\n"
                                           "  RFM 八类客户。\n") +
               common;
    }
    if (command == u"customer") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli customer show --id N [--as-of YYYY-MM-DD] [--json]\n"
                   "  客户档案:分类、阶段、ABC 等级、矩阵格、RFM "
                   "类别、车辆下次保养、未完成事项。\n") +
               QCoreApplication::translate(
                   "hc::cli",
                   "      huichang-cli customer export --id N -o 文件.json|文件.pdf [--json]\n"
                   "  导出客户的全部个人信息(经理,记入操作日志)。\n"
                   "      huichang-cli customer erase --id N --yes [--json]\n"
                   "  删除客户的个人信息,进厂记录和金额匿名保留(先备份)。\n") +
               common;
    }
    if (command == u"privacy") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli privacy anonymise [--years N] [--as-of YYYY-MM-DD] "
                   "[--dry-run] [--yes] [--json]\n"
                   "  匿名化 N 年(默认为设置 privacy.inactiveYears)没有联系的客户;--dry-run "
                   "只统计人数。\n") +
               common;
    }
    if (command == u"backup") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli backup create [--to 文件夹] [--json]\n"
                   "      huichang-cli backup list [--json]\n"
                   "      huichang-cli backup verify 文件\n"
                   "  备份写在数据库旁的 backups 文件夹(和设置的第二个文件夹),先写临时文件,\n"
                   "  校验(完整性、结构版本、行数)后才改为正式文件名。\n") +
               common;
    }
    if (command == u"restore") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli restore 备份文件 --yes\n"
                   "  校验备份后替换当前数据库;当前文件先另存为备份。请先关闭回厂程序。\n") +
               common;
    }
    if (command == u"audit") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli audit verify [--expect 编号:哈希] [--json]\n"
                   "  逐条校验操作日志的哈希链;被改动、删除或改日期的记录使校验失败(退出码 "
                   "3)。\n") +
               common;
    }
    if (command == u"clv") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli clv fit|predict|holdout (--events 文件.csv | --as-of "
                   "YYYY-MM-DD)\n"
                   "         [--calibration-end 日期] [--json]\n"
                   "  fit      拟合客户基础模型(BG/NBD 进厂次数 + gamma-gamma 每次消费)\n"
                   "  predict  [--horizon-weeks N] "
                   "每位客户的存活概率、预计进厂次数、回厂概率和价值\n"
                   "  holdout  --calibration-end 日期 --holdout-end 日期  用检验期检验预测\n"
                   "  --events 文件.csv  进厂记录文件(标题行;客户编号、日期 YYYY-MM-DD 或 "
                   "YYYYMMDD、"
                   "金额可选)\n"
                   "  --customer-column / --date-column / --amount-column 列名  "
                   "(默认 customer、date、amount)\n"
                   "  --as-of 日期  改用数据库中截至该日的进厂记录(实收金额,元)\n"
                   "  校准期结束默认:--as-of 日期,或文件中最后一次进厂的日期。\n") +
               common;
    }
    if (command == u"settings") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli settings export [-o 文件.json]\n"
                   "      huichang-cli settings import 文件.json\n"
                   "  导出或导入全部设置(与程序保存的 JSON 相同)。导入先校验,"
                   "全部有效才保存(记入审计日志),否则不做任何修改并以 1 退出。\n") +
               common;
    }
    return QCoreApplication::translate("hc::cli",
                                       "用法:huichang-cli [全局选项] 命令 [参数]\n命令:\n") +
           commandListText() +
           QCoreApplication::translate("hc::cli", "退出码:0 成功,1 失败,2 用法错误。\n") + common;
}

int usageError(const QString& message, const QString& command) {
    if (!message.isEmpty()) {
        err(QCoreApplication::translate("hc::cli", "错误:%1").arg(message));
    }
    err(usageText(command));
    return kExitUsage;
}

bool checkArguments(const CliContext& ctx, const QString& command, const QStringList& allowed,
                    int minOperands, int maxOperands, int* exitCode) {
    static const QStringList global = {QStringLiteral("db"), QStringLiteral("lang"),
                                       QStringLiteral("help")};
    for (const QString& name : ctx.args.given()) {
        if (!allowed.contains(name) && !global.contains(name)) {
            *exitCode = usageError(QCoreApplication::translate("hc::cli", "命令 %1 不接受选项 --%2")
                                       .arg(command, name),
                                   command);
            return false;
        }
    }
    const auto n = ctx.operands.size();
    if (n < minOperands) {
        *exitCode = usageError(QCoreApplication::translate("hc::cli", "缺少参数"), command);
        return false;
    }
    if (n > maxOperands) {
        *exitCode = usageError(QCoreApplication::translate("hc::cli", "多余的参数:%1")
                                   .arg(ctx.operands.at(maxOperands)),
                               command);
        return false;
    }
    return true;
}

std::unique_ptr<storage::Database> openDatabase(const CliContext& ctx, bool write, bool create) {
    const QFileInfo info(ctx.dbPath);
    if (!create && !info.exists()) {
        err(QCoreApplication::translate(
                "hc::cli", "数据库文件不存在:%1。请先运行 huichang-cli init,或用 --db 指定文件。")
                .arg(ctx.dbPath));
        return nullptr;
    }
    if (!create && info.isFile() && info.size() == 0) {
        err(QCoreApplication::translate("hc::cli",
                                        "数据库文件是空的(0 字节):%1。请检查 --db 是否写错;"
                                        "新建数据库请运行 huichang-cli init。")
                .arg(ctx.dbPath));
        return nullptr;
    }
    try {
        storage::Database::Options options;
        options.create = create;
        auto db = storage::Database::open(ctx.dbPath, options);
        db->setClock(services::systemClock());  // the clock the commands give their services
        if (db->isDamaged()) {
            const auto latest = services::BackupService::latestVerifiedOf(ctx.dbPath);
            err(QCoreApplication::translate("hc::cli",
                                            "数据库文件已损坏:%1(%2)。已以只读方式打开,不能写入。")
                    .arg(ctx.dbPath, db->damageReport().section(u'\n', 0, 0)));
            if (latest) {
                err(QCoreApplication::translate(
                        "hc::cli",
                        "请从最近一次校验过的备份恢复:huichang-cli --db %1 restore %2 --yes")
                        .arg(ctx.dbPath, latest->file));
            } else {
                err(QCoreApplication::translate("hc::cli", "没有找到校验过的备份。"));
            }
            if (write) {
                return nullptr;
            }
        }
        return db;
    } catch (const storage::StorageError& e) {
        if (auto l = spdlog::get("cli")) {
            l->debug("open failed: {}", e.what());
        }
        // The one mapping of storage failures to messages (services::StorageMessages).
        err(QCoreApplication::translate("hc::cli", "无法打开 %1:%2")
                .arg(ctx.dbPath, services::StorageMessages::describe(e).message));
        return nullptr;
    }
}

std::optional<QDate> asOfDate(const CliContext& ctx, const QString& command, int* exitCode) {
    if (!ctx.args.has(QStringLiteral("as-of"))) {
        return ctx.today();
    }
    const QString text = ctx.args.value(QStringLiteral("as-of"));
    const auto r = domain::DateParser::parse(text);
    if (r.isError() || !r.date) {
        *exitCode = usageError(QCoreApplication::translate("hc::cli", "--as-of 不是有效日期:%1(%2)")
                                   .arg(text, r.message(ctx.language)),
                               command);
        return std::nullopt;
    }
    return *r.date;
}

int serviceFailure(const services::ServiceError& error) {
    err(error.message.isEmpty() ? QCoreApplication::translate("hc::cli", "操作失败。")
                                : error.message);
    if (!error.detail.isEmpty()) {
        if (auto l = spdlog::get("cli")) {
            l->debug("{}", error.detail.toStdString());
        }
    }
    return kExitFailure;
}

services::ActingUser cliUser() {
    services::ActingUser user;
    user.id = 0;
    user.username = QStringLiteral("cli");
    user.role = domain::Role::Manager;
    return user;
}

}  // namespace hc::cli
