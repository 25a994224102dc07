#include "widgets/ReadErrors.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

namespace hc::ui {

void ReadErrors::show(const services::ServiceError& error, const QWidget* parent) {
    // The box only needs the parent for placement and modality.
    QMessageBox box(
        QMessageBox::Warning, QCoreApplication::translate("hc::ui::ReadErrors", "读取数据失败"),
        QCoreApplication::translate("hc::ui::ReadErrors", "无法读取数据:%1").arg(error.message),
        QMessageBox::Close, const_cast<QWidget*>(parent));
    box.setDetailedText(error.detail);
    box.exec();
}

}  // namespace hc::ui
