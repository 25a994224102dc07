#include "hc/ui/EraseCustomerDialog.h"

#include "hc/ui/DirtyTracker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc::ui {

EraseCustomerDialog::EraseCustomerDialog(std::int64_t customerId, const QString& customerName,
                                         QWidget* parent)
    : QDialog(parent), id_(customerId) {
    setWindowTitle(tr("删除个人信息"));
    auto* layout = new QVBoxLayout(this);
    text_ = new QLabel(
        tr("将删除客户 %1(编号 %2)的个人信息:姓名、电话、证件号、地址、生日、备注,"
           "名下车辆的车牌、车架号、发动机号,以及回访、投诉和进厂记录中的文字说明。\n"
           "进厂日期、里程和金额匿名保留,统计不受影响。删除前会自动备份。此操作不能撤销。")
            .arg(customerName)
            .arg(customerId),
        this);
    text_->setWordWrap(true);
    layout->addWidget(text_);
    auto* prompt = new QLabel(tr("请输入客户编号 %1 以确认(&N):").arg(customerId), this);
    confirm_ = new QLineEdit(this);
    prompt->setBuddy(confirm_);
    layout->addWidget(prompt);
    layout->addWidget(confirm_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    erase_ = buttons->addButton(tr("删除个人信息(&D)"), QDialogButtonBox::DestructiveRole);
    erase_->setEnabled(false);
    erase_->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    layout->addWidget(buttons);
    connect(confirm_, &QLineEdit::textChanged, this, [this](const QString& text) {
        erase_->setEnabled(text.trimmed() == QString::number(id_));
    });
    connect(erase_, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { DirtyTracker::rejectAsking(this); });
    setMinimumWidth(460);
    DirtyTracker::attach(this);  // Esc, Cancel and the close button ask before typed text is lost
}

}  // namespace hc::ui
