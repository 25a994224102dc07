#include "CliContext.h"

#include "hc/domain/DateParser.h"
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
    const QString common = QCoreApplication::translate(
        "hc::cli",
        "全局选项:\n"
        "  --db PATH      数据库文件(默认:程序数据目录下的 huichang.db)\n"
        "  --lang zh|en   消息语言(默认 zh)\n"
        "  --help         显示帮助\n");
    if (command == u"init") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli init\n  创建数据库或升级到最新结构,并显示结构版本。\n") +
               common;
    }
    if (command == u"user") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli user add 用户名 --role advisor|callback|manager\n"
                   "  密码从标准输入读取(第一行),至少 8 个字符。\n") +
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
    if (command == u"settings") {
        return QCoreApplication::translate(
                   "hc::cli",
                   "用法:huichang-cli settings export [-o 文件.json]\n"
                   "      huichang-cli settings import 文件.json\n"
                   "  导出或导入全部设置(与程序保存的 JSON 相同)。导入先校验,"
                   "全部有效才保存(记入审计日志),否则不做任何修改并以 1 退出。\n") +
               common;
    }
    return QCoreApplication::translate(
               "hc::cli",
               "用法:huichang-cli [全局选项] 命令 [参数]\n"
               "命令:\n"
               "  init                               创建或升级数据库\n"
               "  user add 用户名 --role 角色         添加用户(密码从标准输入读取)\n"
               "  demo --customers N [--seed S] [--as-of 日期]  生成演示数据\n"
               "  import visits 文件.csv [--rejects 出错行.csv]   导入进厂记录\n"
               "  classify [--as-of 日期] [--json]    客户分类\n"
               "  abc [--as-of 日期] [--months 12] [--json]  ABC 分析\n"
               "  matrix [--as-of 日期] [--json]      忠诚度 × 贡献度矩阵\n"
               "  rfm [--as-of 日期] [--json]         RFM 八类客户\n"
               "退出码:0 成功,1 失败,2 用法错误。\n") +
           common;
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

std::unique_ptr<storage::Database> openDatabase(const CliContext& ctx, bool create) {
    if (!create && !QFileInfo::exists(ctx.dbPath)) {
        err(QCoreApplication::translate(
                "hc::cli", "数据库文件不存在:%1。请先运行 huichang-cli init,或用 --db 指定文件。")
                .arg(ctx.dbPath));
        return nullptr;
    }
    try {
        storage::Database::Options options;
        options.create = create;
        return storage::Database::open(ctx.dbPath, options);
    } catch (const storage::StorageError& e) {
        if (auto l = spdlog::get("cli")) {
            l->debug("open failed: {}", e.what());
        }
        switch (e.kind()) {
            case storage::StorageError::Kind::Corrupt:
                err(QCoreApplication::translate("hc::cli",
                                                "无法打开 %1:文件已损坏或不是回厂数据库。")
                        .arg(ctx.dbPath));
                break;
            case storage::StorageError::Kind::Busy:
                err(QCoreApplication::translate("hc::cli",
                                                "无法打开 %1:数据库正被其他程序使用,请稍后再试。")
                        .arg(ctx.dbPath));
                break;
            case storage::StorageError::Kind::Schema:
                err(QCoreApplication::translate("hc::cli", "无法打开 %1:数据库版本不对(%2)。")
                        .arg(ctx.dbPath, e.message()));
                break;
            case storage::StorageError::Kind::ReadOnly:
                err(QCoreApplication::translate("hc::cli",
                                                "无法打开或创建 %1:没有权限或文件夹不存在。")
                        .arg(ctx.dbPath));
                break;
            default:
                err(QCoreApplication::translate("hc::cli", "无法打开 %1:%2")
                        .arg(ctx.dbPath, e.message()));
                break;
        }
        return nullptr;
    }
}

std::optional<QDate> asOfDate(const CliContext& ctx, const QString& command, int* exitCode) {
    if (!ctx.args.has(QStringLiteral("as-of"))) {
        return QDate::currentDate();
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
