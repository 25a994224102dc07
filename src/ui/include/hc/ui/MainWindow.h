#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace hc::ui {

struct UiContext;
class CallbackView;
class CampaignView;
class ComplaintView;
class ReceptionView;
class SettingsView;

/// The shell: navigation on the left (接待/档案 for everyone, 设置 for the manager), the screens on
/// the right, the user and the database in the status bar. Remembers its geometry (QSettings).
/// Shortcuts: Ctrl+F search, F2 new customer, Ctrl+1… the areas, Ctrl+L log out, Ctrl+Q quit.
/// 账户 menu: 修改密码 (everyone), 用户管理 (manager), 注销 / 切换用户 (logoutRequested).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(UiContext& context, const QString& databasePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Keys of the areas this user sees, in navigation order: "reception", "callbacks" (callback
    /// staff, manager), "complaints" (everyone), "campaigns" (manager), "settings" (manager).
    /// Areas whose services are not wired into the context are left out.
    [[nodiscard]] QStringList pageKeys() const;
    /// Shows the area with this key; false when the user does not have it.
    bool showPage(const QString& key);
    [[nodiscard]] QString currentPageKey() const;
    [[nodiscard]] ReceptionView* receptionView() const { return reception_; }
    /// Null for users who do not see the settings.
    [[nodiscard]] SettingsView* settingsView() const { return settings_; }
    /// Null for users (or contexts) without the area.
    [[nodiscard]] CallbackView* callbackView() const { return callbacks_; }
    [[nodiscard]] ComplaintView* complaintView() const { return complaints_; }
    [[nodiscard]] CampaignView* campaignView() const { return campaigns_; }

    /// The application's name in the current language (回厂, "Huichang" in English): the end of the
    /// main window's title, and the application display name the app sets once the language is
    /// installed — the window system appends it to every title that does not end with it
    /// ("Edit vehicle — Huichang"), so it must not stay Chinese in English.
    [[nodiscard]] static QString displayName();

public Q_SLOTS:
    /// Ctrl+F: shows reception and focuses the search box.
    void focusSearch();
    /// 账户 → 修改密码: the own password (PasswordDialog, current password first).
    void changeOwnPassword();
    /// 账户 → 用户管理 (managers): UsersDialog.
    void manageUsers();

Q_SIGNALS:
    /// Ctrl+L (文件 / 账户 → 注销 / 切换用户): the session controller closes this window and
    /// shows the login again.
    void logoutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& key, const QString& title, QWidget* page);
    /// "<screen> — <shop> — 回厂" (the shop from the shop profile, when one is set).
    void updateTitle();
    void setUpAccountMenu();
    void setUpImportAction();
    void saveLayout();

    std::unique_ptr<Ui::MainWindow> ui_;
    UiContext& context_;
    ReceptionView* reception_ = nullptr;
    SettingsView* settings_ = nullptr;
    CallbackView* callbacks_ = nullptr;
    ComplaintView* complaints_ = nullptr;
    CampaignView* campaigns_ = nullptr;
    QStringList keys_;
};

}  // namespace hc::ui
