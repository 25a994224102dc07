#include "hc/ui/CustomerBaseHoldoutPanel.h"

#include "hc/domain/CustomerBaseRefitRule.h"
#include "hc/domain/Role.h"
#include "hc/domain/SegmentStrategy.h"
#include "hc/services/CustomerBaseModelService.h"
#include "hc/ui/ReportSectionTables.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace hc::ui {

namespace {

QString two(double v) {
    return QString::number(v, 'f', 2);
}

}  // namespace

CustomerBaseHoldoutPanel::CustomerBaseHoldoutPanel(services::CustomerBaseModelService& model,
                                                   const services::ActingUser& user,
                                                   std::function<QDate()> today, QWidget* parent)
    : QWidget(parent), model_(model), user_(user), today_(std::move(today)) {
    setObjectName(QStringLiteral("customerBaseHoldoutPanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* inner = new QWidget;
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(inner);

    auto* modelBox = new QGroupBox(tr("当前客户模型"), inner);
    auto* modelLayout = new QHBoxLayout(modelBox);
    modelLabel_ = new QLabel(modelBox);
    modelLabel_->setObjectName(QStringLiteral("customerBaseModelLabel"));
    modelLabel_->setWordWrap(true);
    modelLayout->addWidget(modelLabel_, 1);
    refit_ = new QPushButton(tr("重新拟合(&T)"), modelBox);
    refit_->setObjectName(QStringLiteral("customerBaseRefitButton"));
    refit_->setToolTip(tr("用截至昨天的全部进厂记录重新拟合并保存(每月也会自动进行)"));
    refit_->setEnabled(user_.role == domain::Role::Manager);
    modelLayout->addWidget(refit_, 0, Qt::AlignTop);
    layout->addWidget(modelBox);

    auto* checkBox = new QGroupBox(tr("留出检验:模型预测准不准"), inner);
    auto* checkLayout = new QVBoxLayout(checkBox);
    auto* form = new QFormLayout;
    const QDate day = today_();
    const QDate lastMonthEnd = day.addDays(-day.day());
    calibrationEnd_ = new QDateEdit(lastMonthEnd.addYears(-1), checkBox);
    calibrationEnd_->setObjectName(QStringLiteral("holdoutCalibrationEnd"));
    calibrationEnd_->setCalendarPopup(true);
    calibrationEnd_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    holdoutEnd_ = new QDateEdit(lastMonthEnd, checkBox);
    holdoutEnd_->setObjectName(QStringLiteral("holdoutEnd"));
    holdoutEnd_->setCalendarPopup(true);
    holdoutEnd_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* calibrationLabel = new QLabel(tr("拟合数据截至(&C):"), checkBox);
    calibrationLabel->setBuddy(calibrationEnd_);
    auto* holdoutLabel = new QLabel(tr("检验期截至(&E):"), checkBox);
    holdoutLabel->setBuddy(holdoutEnd_);
    form->addRow(calibrationLabel, calibrationEnd_);
    form->addRow(holdoutLabel, holdoutEnd_);
    checkLayout->addLayout(form);
    auto* runRow = new QHBoxLayout;
    run_ = new QPushButton(tr("运行检验(&R)"), checkBox);
    run_->setObjectName(QStringLiteral("holdoutRunButton"));
    runRow->addWidget(run_);
    busy_ = new QLabel(checkBox);
    busy_->setObjectName(QStringLiteral("holdoutBusyLabel"));
    busy_->setStyleSheet(QStringLiteral("color: #1a73e8; font-weight: 600;"));
    runRow->addWidget(busy_, 1);
    checkLayout->addLayout(runRow);
    summary_ = new QLabel(checkBox);
    summary_->setObjectName(QStringLiteral("holdoutSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    checkLayout->addWidget(summary_);
    table_ = ReportSectionTables::table(
        QStringLiteral("holdoutByFrequency"),
        {tr("拟合期回头次数"), tr("客户数"), tr("检验期实际(人均)"), tr("模型预测(人均)")}, {},
        checkBox);
    table_->setVisible(false);
    checkLayout->addWidget(table_);
    explanation_ = new QLabel(
        tr("做法:只用“拟合数据截至”之前的进厂记录拟合模型,预测每位客户在之后到“检验期截至”"
           "之间的进厂次数,再与实际发生的比较;检验期的数据模型没有见过。"
           "AUC 衡量把检验期内真的回来的客户排在前面的能力:0.5 等于随便排,1 为完全排对。"
           "“仅按最近进厂”是老办法(最近来过的排前面),用来对比。"
           "模型的 AUC 若不比老办法高,说明它在“谁会回来”上没有优势,它的用处只在次数和金额的估计;"
           "一次检验只说明这段时间的情况。"),
        checkBox);
    explanation_->setObjectName(QStringLiteral("holdoutExplanation"));
    explanation_->setWordWrap(true);
    checkLayout->addWidget(explanation_);
    layout->addWidget(checkBox);
    layout->addStretch(1);

    connect(run_, &QPushButton::clicked, this, &CustomerBaseHoldoutPanel::runHoldout);
    connect(refit_, &QPushButton::clicked, this, &CustomerBaseHoldoutPanel::refitModel);
    showModel();
}

CustomerBaseHoldoutPanel::~CustomerBaseHoldoutPanel() {
    if (worker_ != nullptr) {
        worker_->wait();
        delete worker_;
    }
}

void CustomerBaseHoldoutPanel::setLifecycle(const domain::LifecycleSettings& lifecycle) {
    lifecycle_ = lifecycle;
    showModel();
}

void CustomerBaseHoldoutPanel::showModel() {
    const auto latest = model_.latest();
    if (!latest) {
        modelLabel_->setText(latest.error().message);
        return;
    }
    if (!latest.value()) {
        modelLabel_->setText(
            lifecycle_
                ? tr("尚无保存的客户模型:卡片、回访优先级和月报按 %1/%2 规则和 ABC "
                     "分级。点“重新拟合”或等每月自动拟合(需要足够的回头客户)。")
                      .arg(domain::spanText(lifecycle_->loyal), domain::spanText(lifecycle_->lost))
                : tr("尚无保存的客户模型:卡片、回访优先级和月报按客户分类规则和 ABC "
                     "分级。点“重新拟合”或等每月自动拟合(需要足够的回头客户)。"));
        return;
    }
    const auto& f = *latest.value();
    modelLabel_->setText(tr("%1 拟合,使用 %2 至 %3 的进厂记录:%4 位客户,其中 %5 位回头。"
                            "r = %6,α = %7,a = %8,b = %9。")
                             .arg(f.fittedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  f.dataFrom.toString(Qt::ISODate),
                                  f.calibrationEnd.toString(Qt::ISODate))
                             .arg(f.customers)
                             .arg(f.repeatCustomers)
                             .arg(f.bgnbd.r, 0, 'g', 4)
                             .arg(f.bgnbd.alpha, 0, 'g', 4)
                             .arg(f.bgnbd.a, 0, 'g', 4)
                             .arg(f.bgnbd.b, 0, 'g', 4));
}

void CustomerBaseHoldoutPanel::setBusy(const QString& text) {
    busy_->setText(text);
    run_->setEnabled(text.isEmpty());
    refit_->setEnabled(text.isEmpty() && user_.role == domain::Role::Manager);
}

void CustomerBaseHoldoutPanel::inBackground(Work work, std::function<void()> done) {
    services::CustomerBaseModelService* service = &model_;
    auto ranOnThread = std::make_shared<bool>(false);
    worker_ = QThread::create([service, work, ranOnThread] {
        if (auto own = service->openSibling()) {  // opened, used and closed on this thread
            work(*own);
            *ranOnThread = true;
        }
    });
    worker_->setObjectName(QStringLiteral("hc-customer-base"));
    connect(worker_, &QThread::finished, this, [this, service, work, done, ranOnThread] {
        worker_->deleteLater();
        worker_ = nullptr;
        if (!*ranOnThread) {
            work(*service);  // no second connection: on the GUI thread instead
        }
        done();
    });
    worker_->start();
}

void CustomerBaseHoldoutPanel::runHoldout() {
    if (worker_ != nullptr) {
        return;
    }
    const QDate calibration = calibrationEnd_->date();
    const QDate end = holdoutEnd_->date();
    if (end <= calibration) {
        QMessageBox::warning(this, tr("留出检验"), tr("检验期截至日期必须晚于拟合数据截至日期。"));
        return;
    }
    setBusy(tr("正在拟合并检验……(可以继续操作)"));
    auto result = std::make_shared<services::Result<services::CustomerBaseHoldoutReport>>(
        services::ServiceError{
            services::ServiceError::Code::Failed, tr("无法打开数据库的第二个连接。"), {}, {}});
    inBackground(
        [result, calibration, end](services::CustomerBaseModelService& s) {
            *result = s.holdout(calibration, end);
        },
        [this, result] {
            setBusy(QString());
            showHoldout(*result);
            Q_EMIT holdoutShown();
        });
}

void CustomerBaseHoldoutPanel::refitModel() {
    if (worker_ != nullptr) {
        return;
    }
    setBusy(tr("正在重新拟合客户模型……"));
    const auto user = user_;
    const QDate end = domain::CustomerBaseRefitRule::calibrationEndFor(today_());
    auto result =
        std::make_shared<services::Result<domain::CustomerBaseFit>>(services::ServiceError{
            services::ServiceError::Code::Failed, tr("无法打开数据库的第二个连接。"), {}, {}});
    inBackground([result, user,
                  end](services::CustomerBaseModelService& s) { *result = s.refit(user, end); },
                 [this, result] {
                     setBusy(QString());
                     if (!*result) {
                         QMessageBox::warning(this, tr("重新拟合"), result->error().message);
                         return;
                     }
                     showModel();
                     Q_EMIT modelRefitted();
                 });
}

void CustomerBaseHoldoutPanel::showHoldout(
    const services::Result<services::CustomerBaseHoldoutReport>& result) {
    if (!result) {
        summary_->setText(result.error().message);
        table_->setVisible(false);
        return;
    }
    const auto& report = result.value();
    const auto& h = report.result;
    const double diff =
        h.actualTotal > 0 ? (h.expectedTotal - h.actualTotal) / h.actualTotal * 100.0 : 0.0;
    QString text =
        tr("拟合:%1 位客户(%2 位回头)。检验期 %3 至 %4:实际进厂 %5 次,模型预测 %6 次(%7%)。")
            .arg(report.fit.customers)
            .arg(report.fit.repeatCustomers)
            .arg(report.fit.calibrationEnd.addDays(1).toString(Qt::ISODate),
                 report.holdoutEnd.toString(Qt::ISODate))
            .arg(h.actualTotal)
            .arg(h.expectedTotal, 0, 'f', 1)
            .arg(QString::asprintf("%+.1f", diff));
    if (h.aucModel && h.aucRecency) {
        text += tr("谁会回来(AUC):模型 %1,仅按最近进厂 %2。")
                    .arg(*h.aucModel, 0, 'f', 3)
                    .arg(*h.aucRecency, 0, 'f', 3);
        const double gap = *h.aucModel - *h.aucRecency;
        text += gap > 0.01    ? tr("这次模型排得比老办法好。")
                : gap < -0.01 ? tr("这次模型排得不如老办法。")
                              : tr("这次两者差不多。");
    } else {
        text += tr("检验期内全部或没有客户回来,无法计算 AUC。");
    }
    summary_->setText(text);
    table_->setRowCount(0);
    for (const auto& row : h.byFrequency) {
        const int r = table_->rowCount();
        table_->insertRow(r);
        table_->setItem(
            r, 0,
            ReportSectionTables::text(row.x < 7 ? QString::number(row.x) : QStringLiteral("7+")));
        table_->setItem(r, 1, ReportSectionTables::number(QString::number(row.customers)));
        table_->setItem(r, 2, ReportSectionTables::number(two(row.actualMean)));
        table_->setItem(r, 3, ReportSectionTables::number(two(row.expectedMean)));
    }
    ReportSectionTables::fit(table_);
    table_->setVisible(true);
}

}  // namespace hc::ui
