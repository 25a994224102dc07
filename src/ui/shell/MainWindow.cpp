#include "hc/ui/MainWindow.h"

#include "settings/BackupControls.h"

#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"
#include "hc/ui/CallbackView.h"
#include "hc/ui/CampaignView.h"
#include "hc/ui/ComplaintView.h"
#include "hc/ui/DuplicatesDialog.h"
#include "hc/ui/ImportWizard.h"
#include "hc/ui/PasswordDialog.h"
#include "hc/ui/ReceptionView.h"
#include "hc/ui/ReportView.h"
#include "hc/ui/SettingsView.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/UsersDialog.h"
#include "hc/ui/WarmUpQueue.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>

#include <spdlog/spdlog.h>

namespace hc::ui {

namespace {
std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("ui");
    return l ? l : spdlog::default_logger();
}

QString roleTitle(domain::Role role) {
    switch (role) {
        case domain::Role::Advisor:
            return MainWindow::tr("服务顾问");
        case domain::Role::Callback:
            return MainWindow::tr("回访专员");
        case domain::Role::Manager:
            return MainWindow::tr("经理");
    }
    return {};
}
}  // namespace

MainWindow::MainWindow(UiContext& context, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent), ui_(std::make_unique<Ui::MainWindow>()), context_(context) {
    ui_->setupUi(this);

    reception_ = new ReceptionView(context_, ui_->pages);
    addPage(QStringLiteral("reception"), tr("接待 / 档案"), reception_);
    const bool manager = context_.user.role == domain::Role::Manager;
    if (context_.followUps != nullptr &&
        (manager || context_.user.role == domain::Role::Callback)) {
        callbacks_ = new CallbackView(context_, ui_->pages);
        connect(callbacks_, &CallbackView::openCustomerRequested, this, [this](qint64 id) {
            showPage(QStringLiteral("reception"));
            reception_->openCustomer(id);
        });
        addPage(QStringLiteral("callbacks"), tr("回访"), callbacks_);
    }
    if (context_.complaints != nullptr) {
        complaints_ = new ComplaintView(context_, ui_->pages);
        addPage(QStringLiteral("complaints"), tr("投诉"), complaints_);
    }
    if (context_.campaigns != nullptr && manager) {
        campaigns_ = new CampaignView(context_, ui_->pages);
        addPage(QStringLiteral("campaigns"), tr("活动"), campaigns_);
    }
    if (context_.reports != nullptr && context_.user.role == domain::Role::Manager) {
        addPage(QStringLiteral("reports"), tr("报表"), new ReportView(context_, ui_->pages));
    }
    if (context_.user.role == domain::Role::Manager) {
        settings_ = new SettingsView(context_, ui_->pages);
        settings_->setLanguage(
            QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh")).toString());
        connect(settings_, &SettingsView::languageChosen, this, [this](const QString& code) {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            logger()->info("language set to {}", code.toStdString());
            statusBar()->showMessage(tr("语言已保存，下次启动时生效。"), 5000);
        });
        addPage(QStringLiteral("settings"), tr("设置"), settings_);
    }
    ui_->navList->setFixedWidth(std::max(140, ui_->navList->sizeHintForColumn(0) + 40));
    connect(ui_->navList, &QListWidget::currentRowChanged, ui_->pages,
            &QStackedWidget::setCurrentIndex);
    // The title names the screen and the shop (a shop PC may run two databases side by side).
    connect(ui_->navList, &QListWidget::currentRowChanged, this, &MainWindow::updateTitle);
    if (context_.settingsNotifier != nullptr) {
        connect(context_.settingsNotifier, &services::SettingsNotifier::changed, this,
                &MainWindow::updateTitle);
    }
    // A callback clerk's day is the call list: that screen comes first for them.
    const int home = context_.user.role == domain::Role::Callback
                         ? std::max(0, static_cast<int>(keys_.indexOf(QStringLiteral("callbacks"))))
                         : 0;
    ui_->navList->setCurrentRow(home);
    updateTitle();
    if (context_.warmUps != nullptr) {
        // The screens queued their warm-ups while they were built; they run one at a time. The
        // clerk's list goes first; the manager's two heavy screens before the reception card.
        context_.warmUps->prefer(context_.user.role == domain::Role::Advisor
                                     ? QStringList{QStringLiteral("cards")}
                                     : QStringList{QStringLiteral("callbacks"),
                                                   QStringLiteral("reports"),
                                                   QStringLiteral("cards")});
    }

    for (int i = 0; i < keys_.size() && i < 9; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(keys_.at(i)); });
    }
    connect(ui_->findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(ui_->newCustomerAction, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("reception"));
        reception_->newCustomer();
    });
    connect(ui_->quitAction, &QAction::triggered, this, &QWidget::close);
    if (context_.duplicates != nullptr && manager) {
        auto* duplicates = new QAction(tr("重复客户(&D)…"), this);
        duplicates->setObjectName(QStringLiteral("duplicatesAction"));
        ui_->fileMenu->insertAction(ui_->quitAction, duplicates);
        connect(duplicates, &QAction::triggered, this, [this] {
            DuplicatesDialog dialog(*context_.duplicates, context_.user, this,
                                    context_.loadDuplicatesInBackground);
            dialog.exec();
        });
    }
    setUpAccountMenu();
    connect(ui_->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("关于回厂"),
                           tr("回厂 %1\n汽修厂客户关系管理：客户档案、进厂登记、分类与回访。")
                               .arg(QCoreApplication::applicationVersion()));
    });

    const QString who =
        context_.user.username.isEmpty()
            ? tr("未登录")
            : tr("%1（%2）").arg(context_.user.username, roleTitle(context_.user.role));
    auto* userLabel = new QLabel(tr("用户：%1").arg(who), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    auto* dbLabel = new QLabel(tr("数据库：%1").arg(QDir::toNativeSeparators(databasePath)), this);
    dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    dbLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    statusBar()->addWidget(userLabel);
    statusBar()->addPermanentWidget(dbLabel);
    if (context_.backups != nullptr) {
        BackupControls::install(*this, *context_.backups, context_.user, context_.pendingRestore);
    }
    setUpImportAction();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    reception_->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpAccountMenu() {
    auto* menu = new QMenu(tr("账户(&U)"), this);
    menu->setObjectName(QStringLiteral("accountMenu"));
    menuBar()->insertMenu(ui_->helpMenu->menuAction(), menu);
    auto* password = menu->addAction(tr("修改密码(&P)…"), this, &MainWindow::changeOwnPassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    password->setEnabled(context_.users != nullptr && context_.user.id != 0);
    if (context_.users != nullptr && context_.user.role == domain::Role::Manager) {
        auto* users = menu->addAction(tr("用户管理(&U)…"), this, &MainWindow::manageUsers);
        users->setObjectName(QStringLiteral("usersAction"));
    }
    menu->addSeparator();
    auto* logout = new QAction(tr("注销 / 切换用户(&L)"), this);
    logout->setObjectName(QStringLiteral("logoutAction"));
    logout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(logout, &QAction::triggered, this, [this] {
        logger()->info("logout requested by '{}'", context_.user.username.toStdString());
        Q_EMIT logoutRequested();
    });
    menu->addAction(logout);
    ui_->fileMenu->insertAction(ui_->quitAction, logout);
}

void MainWindow::setUpImportAction() {
    if (context_.visitImports == nullptr || context_.user.role != domain::Role::Manager) {
        return;
    }
    auto* menu = menuBar()->findChild<QMenu*>(QStringLiteral("dataMenu"));
    if (menu == nullptr) {
        menu = new QMenu(tr("数据(&D)"), menuBar());
        menu->setObjectName(QStringLiteral("dataMenu"));
        menuBar()->insertMenu(ui_->helpMenu->menuAction(), menu);
    }
    auto* action = new QAction(tr("导入历史数据(&I)…"), this);
    action->setObjectName(QStringLiteral("importAction"));
    connect(action, &QAction::triggered, this, [this] {
        ImportWizard wizard(context_, this);
        wizard.exec();
    });
    const auto actions = menu->actions();
    menu->insertAction(actions.isEmpty() ? nullptr : actions.first(), action);
}

void MainWindow::changeOwnPassword() {
    if (context_.users == nullptr) {
        return;
    }
    PasswordDialog dialog(*context_.users, context_.user, PasswordDialog::Mode::Own,
                          context_.user.id, context_.user.username, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("密码已修改。"), 5000);
    }
}

void MainWindow::manageUsers() {
    if (context_.users == nullptr || context_.user.role != domain::Role::Manager) {
        return;
    }
    UsersDialog dialog(context_, this);
    dialog.exec();
}

void MainWindow::updateTitle() {
    QString shop;
    if (context_.settings != nullptr) {
        if (const auto profile = context_.settings->shopProfile(); profile) {
            shop = profile.value().name;
        }
    }
    const QListWidgetItem* item = ui_->navList->currentItem();
    const QString screen = item != nullptr ? item->text() : QString();
    QStringList parts;
    for (const QString& part : {screen, shop}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    parts << displayName();
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

QString MainWindow::displayName() {
    return tr("回厂");
}

void MainWindow::addPage(const QString& key, const QString& title, QWidget* page) {
    keys_ << key;
    ui_->pages->addWidget(page);
    auto* item = new QListWidgetItem(title, ui_->navList);
    item->setData(Qt::UserRole, key);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(keys_.size()));
}

QStringList MainWindow::pageKeys() const {
    return keys_;
}

bool MainWindow::showPage(const QString& key) {
    const int index = static_cast<int>(keys_.indexOf(key));
    if (index < 0) {
        return false;
    }
    ui_->navList->setCurrentRow(index);
    if (key == QLatin1String("reception")) {
        reception_->focusSearch();
    }
    return true;
}

QString MainWindow::currentPageKey() const {
    const int index = ui_->pages->currentIndex();
    return index >= 0 && index < keys_.size() ? keys_.at(index) : QString();
}

void MainWindow::focusSearch() {
    showPage(QStringLiteral("reception"));
    reception_->focusSearch();
}

void MainWindow::saveLayout() {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    logger()->info("main window closed");
    QMainWindow::closeEvent(event);
}

}  // namespace hc::ui
