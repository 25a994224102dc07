#include "Commands.h"

#include "hc/domain/Role.h"
#include "hc/services/SettingsService.h"
#include "hc/services/UserService.h"
#include "hc/storage/Database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

#include <cstdio>
#include <string>

namespace hc::cli {

namespace {

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

/// The password from stdin; prints the message and returns nullopt when it is empty. The rules
/// (length, user name, common passwords) are UserService's.
std::optional<QString> passwordFromStdin() {
    const QString password = readPassword();
    if (password.isEmpty()) {
        err(QCoreApplication::translate("hc::cli", "密码为空:请在标准输入的第一行输入密码。"));
        return std::nullopt;
    }
    return password;
}

/// UserService with the stored login policy (its PBKDF2 iteration count in particular).
std::unique_ptr<services::UserService> userService(storage::Database& db) {
    const services::Clock clock = services::systemClock();
    services::LoginPolicy policy;
    if (auto stored = services::SettingsService(db, clock).loginPolicy()) {
        policy = stored.value();
    }
    return std::make_unique<services::UserService>(db, clock, policy);
}

QString roleTitle(domain::Role role) {
    switch (role) {
        case domain::Role::Advisor:
            return QCoreApplication::translate("hc::cli", "服务顾问");
        case domain::Role::Callback:
            return QCoreApplication::translate("hc::cli", "回访专员");
        case domain::Role::Manager:
            return QCoreApplication::translate("hc::cli", "经理");
    }
    return {};
}

int runAdd(CliContext& ctx) {
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
    const auto password = passwordFromStdin();
    if (!password) {
        return kExitFailure;
    }
    const auto db = openDatabase(ctx, true);
    if (!db) {
        return kExitFailure;
    }
    const auto users = userService(*db);
    const auto result = users->addUser(cliUser(), username, *role, *password);
    if (!result) {
        return serviceFailure(result.error());
    }
    out(QCoreApplication::translate("hc::cli", "已添加用户 %1(角色 %2,编号 %3)\n")
            .arg(username, domain::roleKey(*role))
            .arg(result.value()));
    return kExitOk;
}

int runList(CliContext& ctx) {
    const auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    const auto read = userService(*db)->users();
    if (!read) {
        return serviceFailure(read.error());
    }
    const auto& users = read.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& u : users) {
            list.push_back(
                {{"id", u.id},
                 {"name", u.username.toStdString()},
                 {"display_name", u.displayName.toStdString()},
                 {"role", domain::roleKey(u.role).toStdString()},
                 {"active", u.active},
                 {"locked", u.locked},
                 {"locked_until",
                  u.locked ? nlohmann::json(u.lockedUntil.toString(Qt::ISODate).toStdString())
                           : nlohmann::json(nullptr)},
                 {"failed_logins", u.failedLogins}});
        }
        outUtf8(QByteArray::fromStdString(list.dump(2) + "\n"));
        return kExitOk;
    }
    for (const auto& u : users) {
        QString state = u.active ? QCoreApplication::translate("hc::cli", "启用")
                                 : QCoreApplication::translate("hc::cli", "停用");
        if (u.locked) {
            state += QCoreApplication::translate("hc::cli", ",锁定至 %1")
                         .arg(u.lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        out(QStringLiteral("%1\t%2\t%3\t%4\n")
                .arg(u.username, domain::roleKey(u.role), roleTitle(u.role), state));
    }
    return kExitOk;
}

/// reset-password / unlock / disable / enable NAME.
int runOnUser(CliContext& ctx, const QString& sub) {
    const QString username = ctx.operands.at(1).trimmed();
    std::optional<QString> password;
    if (sub == u"reset-password") {
        password = passwordFromStdin();
        if (!password) {
            return kExitFailure;
        }
    }
    const auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    const auto users = userService(*db);
    const auto found = users->findUser(username);
    if (!found) {
        return serviceFailure(found.error());
    }
    const auto& user = found.value();
    if (!user) {
        err(QCoreApplication::translate("hc::cli", "用户不存在:%1").arg(username));
        return kExitFailure;
    }
    services::VoidResult result = services::Done{};
    QString done;
    if (sub == u"reset-password") {
        result = users->changePassword(cliUser(), user->id, *password);
        done = QCoreApplication::translate("hc::cli", "已重设 %1 的密码\n");
    } else if (sub == u"unlock") {
        result = users->unlock(cliUser(), user->id);
        done = QCoreApplication::translate("hc::cli", "已解除 %1 的锁定\n");
    } else if (sub == u"disable") {
        result = users->setActive(cliUser(), user->id, false);
        done = QCoreApplication::translate("hc::cli", "已停用 %1\n");
    } else {
        result = users->setActive(cliUser(), user->id, true);
        done = QCoreApplication::translate("hc::cli", "已启用 %1\n");
    }
    if (!result) {
        return serviceFailure(result.error());
    }
    out(done.arg(user->username));
    return kExitOk;
}

}  // namespace

int runUser(CliContext& ctx) {
    int code = kExitOk;
    const QString sub = ctx.operands.value(0);
    if (sub == u"add") {
        if (!checkArguments(ctx, QStringLiteral("user"), {QStringLiteral("role")}, 2, 2, &code)) {
            return code;
        }
        return runAdd(ctx);
    }
    if (sub == u"list") {
        if (!checkArguments(ctx, QStringLiteral("user"), {QStringLiteral("json")}, 1, 1, &code)) {
            return code;
        }
        return runList(ctx);
    }
    if (sub == u"reset-password" || sub == u"unlock" || sub == u"disable" || sub == u"enable") {
        if (!checkArguments(ctx, QStringLiteral("user"), {}, 2, 2, &code)) {
            return code;
        }
        return runOnUser(ctx, sub);
    }
    if (sub.isEmpty()) {
        return usageError(QCoreApplication::translate("hc::cli", "缺少参数"),
                          QStringLiteral("user"));
    }
    return usageError(QCoreApplication::translate("hc::cli", "未知的 user 子命令:%1").arg(sub),
                      QStringLiteral("user"));
}

}  // namespace hc::cli
