#pragma once

#include "hc/ui/UiContext.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hc::ui {

/// 门店信息 in the settings' general tab: the shop's name, address, phone and opening hours
/// (SettingsService::shopProfile / saveShopProfile; manager only, audited). Printed on receipts
/// and report headers, merged into the call scripts as {shop}.
class ShopProfilePanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ShopProfilePanel(UiContext& ctx, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* nameEdit() const { return name_; }
    [[nodiscard]] QLineEdit* addressEdit() const { return address_; }
    [[nodiscard]] QLineEdit* phoneEdit() const { return phone_; }
    [[nodiscard]] QLineEdit* hoursEdit() const { return hours_; }
    [[nodiscard]] QPushButton* saveButton() const { return save_; }
    [[nodiscard]] QLabel* message() const { return message_; }

public Q_SLOTS:
    /// Shows the stored profile.
    void load();
    /// Saves; a refused value keeps everything typed and shows the reason at the field.
    bool save();

private:
    UiContext& ctx_;
    QLineEdit* name_ = nullptr;
    QLineEdit* address_ = nullptr;
    QLineEdit* phone_ = nullptr;
    QLineEdit* hours_ = nullptr;
    QLabel* nameMsg_ = nullptr;
    QLabel* phoneMsg_ = nullptr;
    QPushButton* save_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace hc::ui
