#pragma once

#include "hc/domain/PrivacySettings.h"
#include "hc/ui/UiContext.h"

#include <QGroupBox>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;

namespace hc::ui {

class BackgroundJob;

/// 个人信息保护 in the settings' general tab (manager): the years without contact after which
/// customers are anonymised (SettingsService::savePrivacy), the count of those customers today
/// (a dry run, PrivacyService::inactive) and the bulk anonymisation, confirmed with that count.
class PrivacySettingsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit PrivacySettingsPanel(UiContext& ctx, QWidget* parent = nullptr);

    [[nodiscard]] QSpinBox* yearsEdit() const { return years_; }
    [[nodiscard]] QPushButton* saveButton() const { return save_; }
    [[nodiscard]] QPushButton* countButton() const { return count_; }
    [[nodiscard]] QPushButton* anonymiseButton() const { return anonymise_; }
    [[nodiscard]] QLabel* message() const { return message_; }

public Q_SLOTS:
    void load();
    bool save();
    /// Counts the customers without contact for the years shown (nothing changed); enables the
    /// anonymise button when there are any. Returns the count, -1 on failure.
    int countInactive();
    /// Asks for confirmation with the count, then anonymises.
    void requestAnonymise();
    /// Starts anonymising the customers counted (the confirmed part of requestAnonymise()): off
    /// the GUI thread on a connection of its own (a verified backup first); the message line says
    /// so meanwhile and anonymiseFinished() follows. True when started.
    bool anonymiseConfirmed();

Q_SIGNALS:
    /// The anonymisation started by anonymiseConfirmed() ended: `ok`, or its error is shown.
    void anonymiseFinished(bool ok);

private:
    void showMessage(const QString& text, bool error);

    UiContext& ctx_;
    QSpinBox* years_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* count_ = nullptr;
    QPushButton* anonymise_ = nullptr;
    QLabel* message_ = nullptr;
    int counted_ = -1;
    int countedYears_ = 0;
    /// The stored settings: save() changes only what the panel shows.
    domain::PrivacySettings stored_;
    BackgroundJob* job_ = nullptr;  ///< the anonymisation off the GUI thread
};

}  // namespace hc::ui
