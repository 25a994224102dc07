#include "Commands.h"

#include "hc/domain/Role.h"
#include "hc/services/UserService.h"
#include "hc/storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <string>

namespace hc::cli {

namespace {
constexpr int kMinPasswordLength = 8;

/// First line of stdin, without the line break.
QString readPassword() {
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        line.push_back(static_cast<char>(c));
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return QString::fromStdString(line);
}
}  // namespace

int runUser(CliContext& ctx) {
    int code = kExitOk;
    if (!checkArguments(ctx, QStringLiteral("user"), {QStringLiteral("role")}, 2, 2, &code)) {
        return code;
    }
    if (ctx.operands.at(0) != u"add") {
        return usageError(
            QCoreApplication::translate("hc::cli", "未知的 user 子命令:%1").arg(ctx.operands.at(0)),
            QStringLiteral("user"));
    }
    const QString username = ctx.operands.at(1).trimmed();
    if (username.isEmpty()) {
        return usageError(QCoreApplication::translate("hc::cli", "用户名不能为空"),
                          QStringLiteral("user"));
    }
    if (!ctx.args.has(QStringLiteral("role"))) {
        return usageError(
            QCoreApplication::translate("hc::cli", "缺少 --role(advisor、callback 或 manager)"),
            QStringLiteral("user"));
    }
    const auto role = domain::roleFromKey(ctx.args.value(QStringLiteral("role")).trimmed());
    if (!role) {
        return usageError(
            QCoreApplication::translate(
                "hc::cli", "未知角色:%1(可用:advisor 服务顾问、callback 回访专员、manager 经理)")
                .arg(ctx.args.value(QStringLiteral("role"))),
            QStringLiteral("user"));
    }
    const QString password = readPassword();
    if (password.isEmpty()) {
        err(QCoreApplication::translate("hc::cli", "密码为空:请在标准输入的第一行输入密码。"));
        return kExitFailure;
    }
    if (password.size() < kMinPasswordLength) {
        err(QCoreApplication::translate("hc::cli", "密码太短:至少需要 %1 个字符。")
                .arg(kMinPasswordLength));
        return kExitFailure;
    }
    const auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    services::UserService users(*db, services::systemClock());
    const auto result = users.addUser(cliUser(), username, *role, password);
    if (!result) {
        return serviceFailure(result.error());
    }
    out(QCoreApplication::translate("hc::cli", "已添加用户 %1(角色 %2,编号 %3)\n")
            .arg(username, domain::roleKey(*role))
            .arg(result.value()));
    return kExitOk;
}

}  // namespace hc::cli
