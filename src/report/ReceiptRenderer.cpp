#include "hc/report/ReceiptRenderer.h"

#include "PdfCanvas.h"
#include "PdfFile.h"
#include "hc/domain/MoneyParser.h"
#include "hc/report/ReportFonts.h"
#include "hc/report/ReportTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPdfWriter>

namespace hc::report {

namespace {

QString categoryName(const QString& key) {
    if (key == u"maintenance") {
        return QCoreApplication::translate("hc::report", "保养");
    }
    if (key == u"repair") {
        return QCoreApplication::translate("hc::report", "维修");
    }
    if (key == u"accident") {
        return QCoreApplication::translate("hc::report", "事故");
    }
    if (key == u"warranty") {
        return QCoreApplication::translate("hc::report", "质保");
    }
    if (key == u"insurance") {
        return QCoreApplication::translate("hc::report", "保险");
    }
    return QCoreApplication::translate("hc::report", "其他");
}

QString km(std::optional<int> value) {
    return value ? QCoreApplication::translate("hc::report", "%1 公里")
                       .arg(QLocale(QLocale::Chinese, QLocale::China).toString(*value))
                 : QString();
}

QString yuan(domain::Fen fen) {
    return domain::MoneyParser::formatYuan(fen);
}

void addRow(ReportTable& t, const QString& label, const QString& value) {
    if (!value.trimmed().isEmpty()) {
        t.rows.push_back({ReportCell::of(label), ReportCell::of(value)});
    }
}

}  // namespace

bool ReceiptRenderer::render(const services::VisitReceipt& r, QPagedPaintDevice& device) {
    const QString shopName =
        r.shop.name.isEmpty() ? QCoreApplication::translate("hc::report", "回厂") : r.shop.name;
    const domain::Visit& v = r.visit;
    PdfCanvas canvas(device, shopName,
                     QCoreApplication::translate("hc::report", "结算单 %1").arg(v.workOrder));
    if (!canvas.isActive()) {
        return false;
    }
    canvas.newPage();
    canvas.heading(shopName);
    QStringList contact;
    if (!r.shop.address.isEmpty()) {
        contact << QCoreApplication::translate("hc::report", "地址:%1").arg(r.shop.address);
    }
    if (!r.shop.phone.isEmpty()) {
        contact << QCoreApplication::translate("hc::report", "电话:%1").arg(r.shop.phone);
    }
    if (!r.shop.hours.isEmpty()) {
        contact << QCoreApplication::translate("hc::report", "营业时间:%1").arg(r.shop.hours);
    }
    if (!contact.isEmpty()) {
        canvas.paragraph(contact.join(QStringLiteral("    ")));
    }
    canvas.gap(canvas.mm(2));
    canvas.subheading(
        v.workOrder.isEmpty()
            ? QCoreApplication::translate("hc::report", "维修结算单")
            : QCoreApplication::translate("hc::report", "维修结算单  工单号:%1").arg(v.workOrder));

    ReportTable info;
    info.title = QCoreApplication::translate("hc::report", "客户与车辆");
    info.headers = QStringList{QCoreApplication::translate("hc::report", "项目"),
                               QCoreApplication::translate("hc::report", "内容")};
    addRow(info, QCoreApplication::translate("hc::report", "客户"), r.customerName);
    addRow(info, QCoreApplication::translate("hc::report", "电话"), r.customerPhone);
    addRow(info, QCoreApplication::translate("hc::report", "车牌号"), r.plate);
    addRow(info, QCoreApplication::translate("hc::report", "品牌车型"), r.vehicle);
    addRow(info, QCoreApplication::translate("hc::report", "车架号"), r.vin);
    addRow(info, QCoreApplication::translate("hc::report", "进厂日期"),
           v.date.toString(Qt::ISODate));
    addRow(info, QCoreApplication::translate("hc::report", "进厂里程"), km(v.mileage));
    addRow(info, QCoreApplication::translate("hc::report", "维修类别"), categoryName(v.category));
    addRow(info, QCoreApplication::translate("hc::report", "服务顾问"), v.advisor);
    addRow(info, QCoreApplication::translate("hc::report", "维修技师"), v.technician);
    canvas.table(info);
    canvas.gap(canvas.mm(3));

    canvas.subheading(QCoreApplication::translate("hc::report", "维修内容"));
    canvas.paragraph(v.workDone.trimmed().isEmpty()
                         ? QCoreApplication::translate("hc::report", "(未填写)")
                         : v.workDone);
    canvas.gap(canvas.mm(2));

    ReportTable fees;
    fees.title = QCoreApplication::translate("hc::report", "费用");
    fees.headers = QStringList{QCoreApplication::translate("hc::report", "项目"),
                               QCoreApplication::translate("hc::report", "金额(元)")};
    fees.rows.push_back({ReportCell::of(QCoreApplication::translate("hc::report", "工时费")),
                         ReportCell::money(v.labourFen)});
    fees.rows.push_back({ReportCell::of(QCoreApplication::translate("hc::report", "材料费")),
                         ReportCell::money(v.partsFen)});
    fees.rows.push_back({ReportCell::of(QCoreApplication::translate("hc::report", "其他费用")),
                         ReportCell::money(v.otherFen)});
    fees.rows.push_back({ReportCell::of(QCoreApplication::translate("hc::report", "优惠")),
                         ReportCell::money(v.discountFen)});
    fees.rows.push_back({ReportCell::of(QCoreApplication::translate("hc::report", "实收金额")),
                         ReportCell::money(v.amountFen)});
    canvas.table(fees);
    canvas.paragraph(
        QCoreApplication::translate("hc::report", "实收金额:%1").arg(yuan(v.amountFen)));
    canvas.gap(canvas.mm(3));

    canvas.subheading(QCoreApplication::translate("hc::report", "下次保养"));
    const auto& due = r.nextService;
    if (due.isValid()) {
        QString text = QCoreApplication::translate("hc::report", "建议下次保养日期:%1")
                           .arg(due.nextDue.toString(Qt::ISODate));
        if (due.mileageAtNextDue) {
            text += QCoreApplication::translate("hc::report", ",预计里程约 %1")
                        .arg(km(due.mileageAtNextDue));
        }
        if (due.dueMileage) {
            text += QCoreApplication::translate("hc::report", ";或行驶到 %1(以先到者为准)")
                        .arg(km(due.dueMileage));
        }
        canvas.paragraph(text);
    } else {
        canvas.paragraph(QCoreApplication::translate("hc::report", "(无法估算)"));
    }
    if (!v.recommendations.trimmed().isEmpty()) {
        canvas.gap(canvas.mm(2));
        canvas.subheading(QCoreApplication::translate("hc::report", "维修建议"));
        canvas.paragraph(v.recommendations);
    }
    if (!r.declined.empty()) {
        // Declined work as tracked items: what, estimate, urgency, due (date or km first).
        canvas.gap(canvas.mm(2));
        canvas.subheading(QCoreApplication::translate("hc::report", "建议项目(本次未做)"));
        ReportTable items{QString(),
                          {QCoreApplication::translate("hc::report", "项目"),
                           QCoreApplication::translate("hc::report", "预估金额"),
                           QCoreApplication::translate("hc::report", "紧急程度"),
                           QCoreApplication::translate("hc::report", "建议完成")},
                          {},
                          0};
        for (const auto& row : r.declined) {
            QString due = row.due.due.toString(Qt::ISODate);
            if (row.item.dueMileage) {
                due += QCoreApplication::translate("hc::report", " 或 %1(以先到者为准)")
                           .arg(km(row.item.dueMileage));
            }
            items.rows.push_back(
                {ReportCell::of(row.item.what), ReportCell::money(row.item.amountFen),
                 ReportCell::of(domain::toLabel(row.item.urgency)), ReportCell::of(due)});
        }
        canvas.table(items);
    }
    canvas.gap(canvas.mm(10));
    canvas.paragraph(
        QCoreApplication::translate("hc::report", "客户签字:____________        打印时间:%1")
            .arg(r.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return true;
}

std::optional<QString> ReceiptRenderer::writePdf(const services::VisitReceipt& receipt,
                                                 const QString& path) {
    return writePdfFile(
        path, QCoreApplication::translate("hc::report", "结算单 %1").arg(receipt.visit.workOrder),
        [&](QPdfWriter& writer) { return render(receipt, writer); });
}

}  // namespace hc::report
