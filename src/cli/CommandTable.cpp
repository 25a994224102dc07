#include "CommandTable.h"

#include "AppointmentsCommand.h"
#include "BackupCommand.h"
#include "Commands.h"
#include "ComplaintsCommand.h"
#include "CorrectionCommands.h"
#include "CustomerCommand.h"
#include "DeclinedCommand.h"
#include "DuplicatesCommand.h"
#include "FollowupsCommand.h"
#include "MessageCommands.h"
#include "PrivacyCommand.h"
#include "ReportCommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace hc::cli {

// clang-format off
const std::vector<CommandSpec>& commandTable() {
    static const std::vector<CommandSpec> table = {
        {"init", runInit, {
            {QT_TRANSLATE_NOOP("hc::cli", "init"), QT_TRANSLATE_NOOP("hc::cli", "创建或升级数据库")}}},
        {"user", runUser, {
            {QT_TRANSLATE_NOOP("hc::cli", "user add 用户名 --role 角色"),
             QT_TRANSLATE_NOOP("hc::cli", "添加用户(密码从标准输入读取)")},
            {QT_TRANSLATE_NOOP("hc::cli", "user list [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "列出用户、角色和状态")},
            {QT_TRANSLATE_NOOP("hc::cli", "user reset-password 用户名"),
             QT_TRANSLATE_NOOP("hc::cli", "重设密码(新密码从标准输入读取)")},
            {QT_TRANSLATE_NOOP("hc::cli", "user unlock 用户名"),
             QT_TRANSLATE_NOOP("hc::cli", "解除登录失败造成的锁定")},
            {QT_TRANSLATE_NOOP("hc::cli", "user disable 用户名"),
             QT_TRANSLATE_NOOP("hc::cli", "停用账户(记录保留)")},
            {QT_TRANSLATE_NOOP("hc::cli", "user enable 用户名"),
             QT_TRANSLATE_NOOP("hc::cli", "重新启用账户")}}},
        {"demo", runDemo, {
            {QT_TRANSLATE_NOOP("hc::cli", "demo --customers N [--seed S] [--as-of 日期]"),
             QT_TRANSLATE_NOOP("hc::cli", "生成演示数据")}}},
        {"import", runImport, {
            {QT_TRANSLATE_NOOP("hc::cli",
                               "import visits 文件.csv|文件.xlsx [--sheet 工作表] [--mapping 映射.json] "
                               "[--rejects 出错行.csv] [--dry-run]"),
             QT_TRANSLATE_NOOP("hc::cli", "导入进厂记录")},
            {QT_TRANSLATE_NOOP("hc::cli",
                               "import customers 文件.csv|文件.xlsx [--sheet 工作表] [--mapping 映射.json] "
                               "[--rejects 出错行.csv] [--dry-run]"),
             QT_TRANSLATE_NOOP("hc::cli", "导入客户名单(不含进厂记录)")}}},
        {"customer", runCustomer, {
            {QT_TRANSLATE_NOOP("hc::cli", "customer show --id N [--as-of 日期] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "客户档案")},
            {QT_TRANSLATE_NOOP("hc::cli", "customer export --id N -o 文件.json|文件.pdf [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "导出客户的全部个人信息(个人信息保护法)")},
            {QT_TRANSLATE_NOOP("hc::cli", "customer erase --id N --yes [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "删除客户的个人信息(进厂记录匿名保留)")}}},
        {"privacy", runPrivacy, {
            {QT_TRANSLATE_NOOP("hc::cli", "privacy anonymise [--years N] [--dry-run] [--yes] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "匿名化 N 年未联系的客户")}}},
        {"duplicates", runDuplicates, {
            {QT_TRANSLATE_NOOP("hc::cli", "duplicates [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "疑似重复的客户(原因和分数)")},
            {QT_TRANSLATE_NOOP("hc::cli", "duplicates dismiss --ids A,B [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "标记为不是同一客户(不再提示)")},
            {QT_TRANSLATE_NOOP("hc::cli", "duplicates undismiss --ids A,B [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "取消“不是同一客户”的标记")}}},
        {"merge", runMerge, {
            {QT_TRANSLATE_NOOP("hc::cli", "merge --keep A --remove B [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "把客户 B 合并到客户 A(先自动备份,可撤销)")}}},
        {"unmerge", runUnmerge, {
            {QT_TRANSLATE_NOOP("hc::cli", "unmerge 合并编号 [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "撤销一次合并,恢复被合并的客户")}}},
        {"visit", runVisit, {
            {QT_TRANSLATE_NOOP("hc::cli", "visit void --work-order 工单号 --reason 原因"),
             QT_TRANSLATE_NOOP("hc::cli", "作废进厂记录(留痕)")}}},
        {"classify", runClassify, {
            {QT_TRANSLATE_NOOP("hc::cli", "classify [--as-of 日期] [--json] [--reveal]"),
             QT_TRANSLATE_NOOP("hc::cli", "客户分类")}}},
        {"abc", runAbc, {
            {QT_TRANSLATE_NOOP("hc::cli", "abc [--as-of 日期] [--months 12] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "ABC 分析")}}},
        {"matrix", runMatrix, {
            {QT_TRANSLATE_NOOP("hc::cli", "matrix [--as-of 日期] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "忠诚度 × 贡献度矩阵")}}},
        {"rfm", runRfm, {
            {QT_TRANSLATE_NOOP("hc::cli", "rfm [--as-of 日期] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "RFM 八类客户")}}},
        {"clv", runClv, {
            {QT_TRANSLATE_NOOP("hc::cli", "clv fit|predict|holdout [选项]"),
             QT_TRANSLATE_NOOP("hc::cli", "客户终身价值:拟合模型、预测、留出验证")},
            {QT_TRANSLATE_NOOP("hc::cli", "clv fit --as-of 日期 --save [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "拟合并保存客户模型(卡片、回访优先级、月报使用)")},
            {QT_TRANSLATE_NOOP("hc::cli", "clv refit [--as-of 日期] [--if-stale] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "按截至前一天的档案重新拟合并保存;--if-stale 仅在本月尚未拟合时")}}},
        {"followups", runFollowups, {
            {QT_TRANSLATE_NOOP("hc::cli", "followups [--date 日期] [--assignee 用户] [--all] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "当天的回访清单")}}},
        {"declined", runDeclined, {
            {QT_TRANSLATE_NOOP("hc::cli", "declined list [--customer-id N] [--vehicle-id V] [--status open|done|dropped] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "建议项目(客户未做的维修)及到期日")},
            {QT_TRANSLATE_NOOP("hc::cli", "declined close --id N (--done [--visit-id V] | --drop --reason 原因) [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "关闭建议项目:已做(由之后的进厂记录)或放弃")}}},
        {"appointments", runAppointments, {
            {QT_TRANSLATE_NOOP("hc::cli", "appointments [--date 日期] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "某天的预约及到店状态")}}},
        {"appointment", runAppointment, {
            {QT_TRANSLATE_NOOP("hc::cli", "appointment book --customer-id N [--vehicle-id V] --date 日期 [--time HH:MM] [--purpose 事由] [--advisor 用户]"),
             QT_TRANSLATE_NOOP("hc::cli", "预约到店")},
            {QT_TRANSLATE_NOOP("hc::cli", "appointment cancel --id N [--reason 原因]"),
             QT_TRANSLATE_NOOP("hc::cli", "取消预约")}}},
        {"consent", runConsent, {
            {QT_TRANSLATE_NOOP("hc::cli", "consent set --customer-id N --purpose 用途 --state 状态 --source 来源"),
             QT_TRANSLATE_NOOP("hc::cli", "记录同意或拒绝(用途 service|marketing,状态 granted|refused)")}}},
        {"messages", runMessages, {
            {QT_TRANSLATE_NOOP("hc::cli", "messages export --template 模板 --date 日期|--campaign 活动|--month 月 --drill 明细键 -o 文件.csv [--again]"),
             QT_TRANSLATE_NOOP("hc::cli", "导出短信平台用的 CSV(仅含已同意的客户)")},
            {QT_TRANSLATE_NOOP("hc::cli", "messages send --template 模板 --date 日期|--campaign 活动|--month 月 --drill 明细键 [--again] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "通过已设置的短信网关发送(仅发给已同意的客户,逐条记录),--month/--drill 为月报明细背后的客户")}}},
        {"optout", runOptout, {
            {QT_TRANSLATE_NOOP("hc::cli", "optout import 文件.csv [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "导入短信平台的退订名单(记为拒绝营销)")}}},
        {"complaints", runComplaints, {
            {QT_TRANSLATE_NOOP("hc::cli", "complaints --overdue [--at 时间] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "超过 2123 时限的投诉")}}},
        {"report", runReport, {
            {QT_TRANSLATE_NOOP("hc::cli", "report monthly --month YYYY-MM [--format 格式] [-o 文件]"),
             QT_TRANSLATE_NOOP("hc::cli", "月度经营报表(json、pdf、xlsx、csv)")},
            {QT_TRANSLATE_NOOP("hc::cli", "report save-abc --month YYYY-MM [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "月末保存 ABC 排名,供下月比较")}}},
        {"print", runPrint, {
            {QT_TRANSLATE_NOOP("hc::cli", "print visit --work-order 工单号 -o 文件.pdf"),
             QT_TRANSLATE_NOOP("hc::cli", "打印结算单(PDF)")}}},
        {"shop", runShop, {
            {QT_TRANSLATE_NOOP("hc::cli", "shop set --name 名称 [--phone 电话] [--address 地址] [--hours 营业时间]"),
             QT_TRANSLATE_NOOP("hc::cli", "设置门店信息")},
            {QT_TRANSLATE_NOOP("hc::cli", "shop show [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "显示门店信息")}}},
        {"settings", runSettings, {
            {QT_TRANSLATE_NOOP("hc::cli", "settings export [-o 文件.json]"),
             QT_TRANSLATE_NOOP("hc::cli", "导出全部设置(JSON)")},
            {QT_TRANSLATE_NOOP("hc::cli", "settings import 文件.json"),
             QT_TRANSLATE_NOOP("hc::cli", "导入设置(先校验,全部有效才保存)")}}},
        {"backup", runBackup, {
            {QT_TRANSLATE_NOOP("hc::cli", "backup create [--to 文件夹] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "备份数据库(校验后保存)")},
            {QT_TRANSLATE_NOOP("hc::cli", "backup list [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "列出备份")},
            {QT_TRANSLATE_NOOP("hc::cli", "backup verify 文件"),
             QT_TRANSLATE_NOOP("hc::cli", "校验备份文件")}}},
        {"restore", runRestore, {
            {QT_TRANSLATE_NOOP("hc::cli", "restore 文件 --yes"),
             QT_TRANSLATE_NOOP("hc::cli", "从备份恢复(先备份当前文件)")}}},
        {"audit", runAudit, {
            {QT_TRANSLATE_NOOP("hc::cli", "audit verify [--expect 编号:哈希] [--json]"),
             QT_TRANSLATE_NOOP("hc::cli", "校验操作日志(被改动时退出码 3)")}}},
    };
    return table;
}
// clang-format on

const CommandSpec* findCommand(const QString& name) {
    for (const CommandSpec& spec : commandTable()) {
        if (spec.run != nullptr && name == QLatin1String(spec.name)) {
            return &spec;
        }
    }
    return nullptr;
}

namespace {
/// Columns a text takes in a terminal: CJK characters and full-width forms take two.
qsizetype displayWidth(const QString& text) {
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        width += (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFF60) ? 2 : 1;
    }
    return width;
}
}  // namespace

QString commandListText() {
    // Synopses up to this many columns line up their summaries in one column; a longer synopsis
    // puts its summary on the next line at that column, so one long command does not push every
    // summary off an 80-column terminal.
    constexpr qsizetype kMaxColumn = 46;
    QStringList synopses;
    QStringList summaries;
    qsizetype width = 0;
    for (const CommandSpec& spec : commandTable()) {
        for (const CommandHelpLine& line : spec.help) {
            synopses << QCoreApplication::translate("hc::cli", line.synopsis);
            summaries << QCoreApplication::translate("hc::cli", line.summary);
            if (displayWidth(synopses.back()) <= kMaxColumn) {
                width = std::max(width, displayWidth(synopses.back()));
            }
        }
    }
    QString text;
    for (qsizetype i = 0; i < synopses.size(); ++i) {
        const qsizetype used = displayWidth(synopses.at(i));
        text += QStringLiteral("  ") + synopses.at(i);
        if (used > width) {
            text += u'\n' + QString(width + 4, u' ');
        } else {
            text += QString(width + 2 - used, u' ');
        }
        text += summaries.at(i) + u'\n';
    }
    return text;
}

}  // namespace hc::cli
