#pragma once

#include <QComboBox>

#include <cstdint>
#include <optional>

namespace hc::services {
class UserService;
}

namespace hc::ui {

/// Who is responsible for a complaint: pick one of the active users, or type a name (a person who
/// has no login, e.g. the workshop foreman). Used by the complaint form and the reassign dialog.
class ResponsibleCombo : public QComboBox {
    Q_OBJECT
public:
    explicit ResponsibleCombo(QWidget* parent = nullptr);
    /// Lists the active users of `users` (null: typing only), after an empty first entry.
    void setUsers(services::UserService* users);

    /// The chosen user, when the text is exactly a listed user's name.
    [[nodiscard]] std::optional<std::int64_t> responsibleUser() const;
    /// The name as shown (the user's name or what was typed), trimmed.
    [[nodiscard]] QString person() const;
    /// Shows the current responsible: the user when listed, else the typed name.
    void setResponsible(std::optional<std::int64_t> user, const QString& person);
};

}  // namespace hc::ui
