#include "CorrectionCommands.h"
#include "hc/services/SettingsService.h"
#include "hc/storage/Database.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace hc::cli {

namespace {

int showShop(const CliContext& ctx, services::SettingsService& settings) {
    const auto shop = settings.shopProfile();
    if (!shop) {
        return serviceFailure(shop.error());
    }
    const auto& s = shop.value();
    if (ctx.args.flag(QStringLiteral("json"))) {
        const nlohmann::json j{{"name", s.name.toStdString()},
                               {"phone", s.phone.toStdString()},
                               {"address", s.address.toStdString()},
                               {"hours", s.hours.toStdString()}};
        outUtf8(QByteArray::fromStdString(j.dump(2) + "\n"));
        return kExitOk;
    }
    if (s.isEmpty()) {
        out(QCoreApplication::translate("hc::cli", "尚未设置门店信息。") + u'\n');
        return kExitOk;
    }
    out(QCoreApplication::translate("hc::cli", "门店名称:%1\n电话:%2\n地址:%3\n营业时间:%4\n")
            .arg(s.name, s.phone, s.address, s.hours));
    return kExitOk;
}

}  // namespace

int runShop(CliContext& ctx) {
    const QString cmd = QStringLiteral("shop");
    const QString sub = ctx.operands.value(0);
    int code = kExitOk;
    if (sub == u"show") {
        if (!checkArguments(ctx, cmd, {QStringLiteral("json")}, 1, 1, &code)) {
            return code;
        }
    } else if (sub == u"set") {
        if (!checkArguments(ctx, cmd,
                            {QStringLiteral("name"), QStringLiteral("phone"),
                             QStringLiteral("address"), QStringLiteral("hours")},
                            1, 1, &code)) {
            return code;
        }
        if (!ctx.args.has(QStringLiteral("name"))) {
            return usageError(QCoreApplication::translate("hc::cli", "缺少 --name(门店名称)"), cmd);
        }
    } else {
        return usageError(
            sub.isEmpty()
                ? QCoreApplication::translate("hc::cli", "缺少参数")
                : QCoreApplication::translate("hc::cli", "未知的 shop 子命令:%1").arg(sub),
            cmd);
    }
    auto db = openDatabase(ctx, false);
    if (!db) {
        return kExitFailure;
    }
    services::SettingsService settings(*db, services::systemClock());
    if (sub == u"show") {
        return showShop(ctx, settings);
    }
    const auto stored = settings.shopProfile();
    if (!stored) {
        return serviceFailure(stored.error());
    }
    domain::ShopProfile shop = stored.value();
    shop.name = ctx.args.value(QStringLiteral("name"));
    if (ctx.args.has(QStringLiteral("phone"))) {
        shop.phone = ctx.args.value(QStringLiteral("phone"));
    }
    if (ctx.args.has(QStringLiteral("address"))) {
        shop.address = ctx.args.value(QStringLiteral("address"));
    }
    if (ctx.args.has(QStringLiteral("hours"))) {
        shop.hours = ctx.args.value(QStringLiteral("hours"));
    }
    const auto saved = settings.saveShopProfile(cliUser(), shop);
    if (!saved) {
        return serviceFailure(saved.error());
    }
    out(QCoreApplication::translate("hc::cli", "已保存门店信息:%1").arg(shop.name.trimmed()) +
        u'\n');
    return kExitOk;
}

}  // namespace hc::cli
