#include "hc/ui/ResponsibleCombo.h"

#include "widgets/ReadErrors.h"

#include "hc/services/UserService.h"

namespace hc::ui {

ResponsibleCombo::ResponsibleCombo(QWidget* parent) : QComboBox(parent) {
    setEditable(true);
    addItem(QString(), QVariant());
    setToolTip(tr("从用户中选择，或直接输入负责人姓名"));
}

void ResponsibleCombo::setUsers(services::UserService* users) {
    clear();
    addItem(QString(), QVariant());
    if (users != nullptr) {
        for (const auto& u : ReadErrors::valueOr(users->users(), this)) {
            if (u.active) {
                addItem(u.displayName.isEmpty() ? u.username : u.displayName,
                        QVariant::fromValue<qint64>(u.id));
            }
        }
    }
}

std::optional<std::int64_t> ResponsibleCombo::responsibleUser() const {
    const int r = currentIndex();
    if (r > 0 && itemText(r) == person() && itemData(r).isValid()) {
        return itemData(r).toLongLong();
    }
    return std::nullopt;
}

QString ResponsibleCombo::person() const {
    return currentText().trimmed();
}

void ResponsibleCombo::setResponsible(std::optional<std::int64_t> user, const QString& person) {
    const int byUser = user ? findData(QVariant::fromValue<qint64>(*user)) : -1;
    if (byUser > 0) {
        setCurrentIndex(byUser);
        return;
    }
    setCurrentIndex(0);
    setEditText(person);
}

}  // namespace hc::ui
