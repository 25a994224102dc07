#include "hc/ui/ImportWizard.h"

#include "ImportColumns.h"
#include "widgets/BackgroundJob.h"

#include "hc/services/CustomerImportService.h"
#include "hc/services/CustomerRowMapper.h"
#include "hc/services/ImportFileReader.h"
#include "hc/services/ImportOptions.h"
#include "hc/services/ImportProfileService.h"
#include "hc/services/VisitImportService.h"
#include "hc/services/VisitRowMapper.h"
#include "hc/ui/DirtyTracker.h"

#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace hc::ui {

namespace {

using services::CustomerRowMapper;
using services::VisitRowMapper;

}  // namespace

ImportWizard::ImportWizard(const UiContext& context, QWidget* parent)
    : QWizard(parent), context_(context) {
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("导入历史数据"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::BackButton, tr("< 上一步(&B)"));
    setButtonText(QWizard::NextButton, tr("下一步(&N) >"));
    setButtonText(QWizard::CommitButton, tr("导入(&I)"));
    setButtonText(QWizard::FinishButton, tr("完成(&F)"));
    setButtonText(QWizard::CancelButton, tr("关闭"));
    buildFilePage();
    buildMappingPage();
    buildPreviewPage();
    buildDryRunPage();
    buildResultPage();
    resize(960, 640);
    restart();  // on the first page at once (tests and callers may drive it before show())
    // A chosen file, profile name or mapping is not dropped without asking (Esc, 关闭, the
    // window's close button): the 关闭 button asks through the tracker instead of reject().
    DirtyTracker::attach(this);
    disconnect(button(CancelButton), SIGNAL(clicked()), this, SLOT(reject()));
    connect(button(CancelButton), &QAbstractButton::clicked, this,
            [this] { DirtyTracker::rejectAsking(this); });
}

ImportWizard::~ImportWizard() {
    waitForRun();
}

void ImportWizard::buildFilePage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("选择文件"));
    page->setSubTitle(tr("CSV(任何编码)或 Excel .xlsx 文件,第一行是列标题。"));
    auto* form = new QFormLayout(page);
    fileEdit_ = new QLineEdit(page);
    fileEdit_->setObjectName(QStringLiteral("importFileEdit"));
    auto* browse = new QPushButton(tr("浏览(&W)…"), page);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(fileEdit_, &QLineEdit::editingFinished, this, &ImportWizard::fileChanged);
    auto* row = new QHBoxLayout;
    row->addWidget(fileEdit_, 1);
    row->addWidget(browse);
    auto* fileLabel = new QLabel(tr("文件(&L):"), page);
    fileLabel->setBuddy(fileEdit_);
    form->addRow(fileLabel, row);
    sheetCombo_ = new QComboBox(page);
    sheetCombo_->setObjectName(QStringLiteral("importSheetCombo"));
    sheetCombo_->setEnabled(false);
    auto* sheetLabel = new QLabel(tr("工作表(&S):"), page);
    sheetLabel->setBuddy(sheetCombo_);
    form->addRow(sheetLabel, sheetCombo_);
    kindCombo_ = new QComboBox(page);
    kindCombo_->setObjectName(QStringLiteral("importKindCombo"));
    kindCombo_->addItem(tr("到店记录(每行一张工单)"), QStringLiteral("visits"));
    if (context_.customerImports != nullptr) {
        kindCombo_->addItem(tr("客户名单(每行一位客户及其车辆,不含到店记录)"),
                            QStringLiteral("customers"));
    }
    auto* kindLabel = new QLabel(tr("导入内容(&K):"), page);
    kindLabel->setBuddy(kindCombo_);
    form->addRow(kindLabel, kindCombo_);
    fileError_ = new QLabel(page);
    fileError_->setObjectName(QStringLiteral("importFileError"));
    fileError_->setWordWrap(true);
    fileError_->setStyleSheet(QStringLiteral("color: #b00020;"));
    form->addRow(fileError_);
    readJob_ = new BackgroundJob(this);
    connect(sheetCombo_, &QComboBox::currentTextChanged, this, [this] {
        tableReady_ = false;
        ++fileGeneration_;
    });
    setPage(FilePage, page);
}

void ImportWizard::buildMappingPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("列对应"));
    page->setSubTitle(tr("按列标题自动识别;每一列都可以改。常用的对应可以保存为方案。"));
    auto* layout = new QVBoxLayout(page);
    auto* top = new QFormLayout;
    profileCombo_ = new QComboBox(page);
    profileCombo_->setObjectName(QStringLiteral("importProfileCombo"));
    auto* profileLabel = new QLabel(tr("方案(&P):"), page);
    profileLabel->setBuddy(profileCombo_);
    top->addRow(profileLabel, profileCombo_);
    layout->addLayout(top);
    mappingTable_ = new QTableWidget(0, 3, page);
    mappingTable_->setObjectName(QStringLiteral("importMappingTable"));
    mappingTable_->setHorizontalHeaderLabels({tr("文件中的列"), tr("导入为"), tr("示例")});
    mappingTable_->horizontalHeader()->setStretchLastSection(true);
    mappingTable_->verticalHeader()->setVisible(false);
    mappingTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mappingTable_->setTabKeyNavigation(false);
    auto* tableLabel = new QLabel(tr("列对应(&M):"), page);
    tableLabel->setBuddy(mappingTable_);
    layout->addWidget(tableLabel);
    layout->addWidget(mappingTable_, 1);
    auto* save = new QHBoxLayout;
    profileName_ = new QLineEdit(page);
    profileName_->setObjectName(QStringLiteral("importProfileName"));
    auto* nameLabel = new QLabel(tr("方案名称(&A):"), page);
    nameLabel->setBuddy(profileName_);
    auto* saveButton = new QPushButton(tr("保存方案(&V)"), page);
    saveButton->setObjectName(QStringLiteral("importSaveProfileButton"));
    saveButton->setEnabled(context_.importProfiles != nullptr);
    connect(saveButton, &QPushButton::clicked, this, &ImportWizard::saveProfile);
    connect(profileCombo_, &QComboBox::activated, this, &ImportWizard::applyProfile);
    save->addWidget(nameLabel);
    save->addWidget(profileName_, 1);
    save->addWidget(saveButton);
    layout->addLayout(save);
    mappingNote_ = new QLabel(page);
    mappingNote_->setObjectName(QStringLiteral("importMappingNote"));
    mappingNote_->setWordWrap(true);
    layout->addWidget(mappingNote_);
    setPage(MappingPage, page);
}

void ImportWizard::buildPreviewPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("预览"));
    page->setSubTitle(
        tr("文件的前 %1 行;有问题的格子标红,问题列表里双击可跳到该格。").arg(kPreviewRows));
    auto* layout = new QVBoxLayout(page);
    preview_ = new QTableWidget(page);
    preview_->setObjectName(QStringLiteral("importPreviewTable"));
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* previewLabel = new QLabel(tr("预览(&R):"), page);
    previewLabel->setBuddy(preview_);
    layout->addWidget(previewLabel);
    layout->addWidget(preview_, 3);
    problems_ = new QListWidget(page);
    problems_->setObjectName(QStringLiteral("importProblemList"));
    auto* problemsLabel = new QLabel(tr("问题(&Q):"), page);
    problemsLabel->setBuddy(problems_);
    layout->addWidget(problemsLabel);
    layout->addWidget(problems_, 1);
    connect(problems_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = item->data(Qt::UserRole).toInt();
        const int column = item->data(Qt::UserRole + 1).toInt();
        preview_->setCurrentCell(row, std::max(0, column));
        preview_->setFocus();
    });
    previewNote_ = new QLabel(page);
    previewNote_->setObjectName(QStringLiteral("importPreviewNote"));
    previewNote_->setWordWrap(true);
    layout->addWidget(previewNote_);
    setPage(PreviewPage, page);
}

void ImportWizard::buildDryRunPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("试运行"));
    page->setSubTitle(tr("按导入的规则检查整个文件,不写入任何数据。"));
    page->setCommitPage(true);
    auto* layout = new QVBoxLayout(page);
    dryRunProgress_ = new QProgressBar(page);
    dryRunProgress_->setObjectName(QStringLiteral("importDryRunProgress"));
    layout->addWidget(dryRunProgress_);
    dryRunText_ = new QLabel(page);
    dryRunText_->setObjectName(QStringLiteral("importDryRunSummary"));
    dryRunText_->setWordWrap(true);
    layout->addWidget(dryRunText_);
    layout->addStretch(1);
    setPage(DryRunPage, page);
}

void ImportWizard::buildResultPage() {
    auto* page = new QWizardPage(this);
    page->setTitle(tr("导入"));
    page->setSubTitle(tr("导入前先自动备份;取消则不保留任何数据。"));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    importProgress_ = new QProgressBar(page);
    importProgress_->setObjectName(QStringLiteral("importProgress"));
    layout->addWidget(importProgress_);
    resultText_ = new QLabel(page);
    resultText_->setObjectName(QStringLiteral("importResult"));
    resultText_->setWordWrap(true);
    resultText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(resultText_);
    auto* buttons = new QHBoxLayout;
    cancelImport_ = new QPushButton(tr("取消导入(&X)"), page);
    cancelImport_->setObjectName(QStringLiteral("importCancelButton"));
    connect(cancelImport_, &QPushButton::clicked, this, &ImportWizard::cancelRun);
    openRejects_ = new QPushButton(tr("打开拒绝文件(&O)"), page);
    openRejects_->setObjectName(QStringLiteral("importOpenRejectsButton"));
    openRejects_->setEnabled(false);
    connect(openRejects_, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(rejectsFile_)); });
    buttons->addWidget(cancelImport_);
    buttons->addWidget(openRejects_);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setPage(ResultPage, page);
}

void ImportWizard::setFilePath(const QString& path) {
    fileEdit_->setText(path);
    fileChanged();
}

void ImportWizard::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("选择要导入的文件"), QFileInfo(fileEdit_->text()).path(),
        tr("表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)"));
    if (!path.isEmpty()) {
        setFilePath(QDir::toNativeSeparators(path));
    }
}

void ImportWizard::fileChanged() {
    tableReady_ = false;
    ++fileGeneration_;
    fileError_->clear();
    sheetCombo_->clear();
    sheetCombo_->setEnabled(false);
    bytes_.clear();
    const QString path = fileEdit_->text().trimmed();
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fileError_->setText(tr("无法打开文件:%1").arg(file.errorString()));
        return;
    }
    bytes_ = file.readAll();
    if (services::ImportFileReader::isXlsx(bytes_)) {
        const auto sheets = services::ImportFileReader::sheets(bytes_);
        if (!sheets) {
            fileError_->setText(sheets.error().message);
            return;
        }
        sheetCombo_->addItems(sheets.value());
        sheetCombo_->setEnabled(sheets.value().size() > 1);
    }
}

bool ImportWizard::readFile() {
    if (bytes_.isEmpty()) {
        fileChanged();
    }
    if (bytes_.isEmpty()) {
        if (fileError_->text().isEmpty()) {
            fileError_->setText(tr("请选择要导入的文件。"));
        }
        return false;
    }
    if (std::exchange(tableReady_, false)) {
        return true;  // read in the background just now
    }
    if (bytes_.size() < readInBackgroundFrom_) {
        const auto table = services::ImportFileReader::read(bytes_, sheetCombo_->currentText());
        if (!table) {
            fileError_->setText(table.error().message);
            return false;
        }
        table_ = table.value();
        return true;
    }
    if (isReadingFile()) {
        return false;
    }
    // A large file: read off the GUI thread, then on to the next page.
    const QByteArray bytes = bytes_;
    const QString sheet = sheetCombo_->currentText();
    const int generation = fileGeneration_;
    auto table = std::make_shared<std::optional<services::Result<services::ImportTable>>>();
    fileError_->setStyleSheet(QStringLiteral("color: #1a73e8; font-weight: 600;"));
    fileError_->setText(tr("正在读取文件……"));
    readJob_->start(
        [bytes, sheet, table] { *table = services::ImportFileReader::read(bytes, sheet); },
        [this, table, generation] {
            fileError_->setStyleSheet(QStringLiteral("color: #b00020;"));
            fileError_->clear();
            if (generation != fileGeneration_ || !*table) {
                Q_EMIT fileRead(false);  // another file or sheet chosen meanwhile
                return;
            }
            if (!**table) {
                fileError_->setText((*table)->error().message);
                Q_EMIT fileRead(false);
                return;
            }
            table_ = std::move((*table)->value());
            tableReady_ = true;
            Q_EMIT fileRead(true);
            if (currentId() == FilePage) {
                next();
            }
        });
    return false;
}

bool ImportWizard::isReadingFile() const {
    return readJob_->isRunning();
}

bool ImportWizard::customerList() const {
    return kindCombo_->currentData().toString() == QLatin1String("customers");
}

void ImportWizard::fillMapping() {
    const bool customers = customerList();
    const auto labels = [](int c) {
        switch (static_cast<VisitRowMapper::Column>(c)) {
            case VisitRowMapper::Name:
                return tr("客户姓名");
            case VisitRowMapper::Phone:
                return tr("电话");
            case VisitRowMapper::Plate:
                return tr("车牌号");
            case VisitRowMapper::Vin:
                return tr("车架号");
            case VisitRowMapper::Model:
                return tr("车型");
            case VisitRowMapper::PurchaseDate:
                return tr("购车日期");
            case VisitRowMapper::Region:
                return tr("地区");
            case VisitRowMapper::VisitDate:
                return tr("进厂日期");
            case VisitRowMapper::Mileage:
                return tr("里程");
            case VisitRowMapper::Category:
                return tr("维修类别");
            case VisitRowMapper::WorkOrder:
                return tr("工单号");
            case VisitRowMapper::Amount:
                return tr("实收金额(元)");
            case VisitRowMapper::ColumnCount:
                break;
        }
        return QString();
    };
    mappingTable_->setRowCount(static_cast<int>(table_.header.size()));
    for (int i = 0; i < table_.header.size(); ++i) {
        mappingTable_->setItem(i, 0, new QTableWidgetItem(table_.header.at(i)));
        auto* combo = new QComboBox(mappingTable_);
        combo->setObjectName(QStringLiteral("importFieldCombo%1").arg(i));
        combo->addItem(tr("(不导入)"), QString());
        if (customers) {
            for (int c = 0; c < CustomerRowMapper::ColumnCount; ++c) {
                combo->addItem(
                    ImportColumns::customerLabel(c),
                    CustomerRowMapper::columnKey(static_cast<CustomerRowMapper::Column>(c)));
            }
        } else {
            for (int c = 0; c < VisitRowMapper::ColumnCount; ++c) {
                combo->addItem(labels(c),
                               VisitRowMapper::columnKey(static_cast<VisitRowMapper::Column>(c)));
            }
        }
        combo->setCurrentIndex(ImportColumns::autoField(table_.header.at(i), customers) + 1);
        mappingTable_->setCellWidget(i, 1, combo);
        QString sample;
        for (const auto& r : table_.records) {
            if (i < r.fields.size() && !r.fields.at(i).trimmed().isEmpty()) {
                sample = r.fields.at(i);
                break;
            }
        }
        mappingTable_->setItem(i, 2, new QTableWidgetItem(sample));
    }
    mappingTable_->resizeColumnToContents(0);
    mappingTable_->setColumnWidth(1, 200);
    loadProfiles();
}

void ImportWizard::loadProfiles() {
    profileCombo_->clear();
    profileCombo_->addItem(tr("(按列标题自动识别)"));
    if (context_.importProfiles == nullptr) {
        return;
    }
    // Only the profiles made for what is being imported (visits or a customer list).
    const auto profiles =
        context_.importProfiles->profiles(customerList() ? services::ImportProfileKind::Customers
                                                         : services::ImportProfileKind::Visits);
    if (!profiles) {
        mappingNote_->setText(profiles.error().message);
        return;
    }
    for (const auto& [name, mapping] : profiles.value()) {
        profileCombo_->addItem(name, QString::fromUtf8(mapping.toJson()));
    }
}

void ImportWizard::applyProfile(int index) {
    services::ImportMapping mapping;
    if (index > 0) {
        const auto parsed =
            services::ImportMapping::fromJson(profileCombo_->itemData(index).toString().toUtf8());
        if (parsed) {
            mapping = parsed.value();
        }
        profileName_->setText(profileCombo_->itemText(index));
    }
    for (int i = 0; i < mappingTable_->rowCount(); ++i) {
        auto* combo = qobject_cast<QComboBox*>(mappingTable_->cellWidget(i, 1));
        const QString header = table_.header.value(i).trimmed();
        const auto it = mapping.columnToField.find(header);
        const int found = it != mapping.columnToField.end() ? combo->findData(it->second) : -1;
        combo->setCurrentIndex(found >= 0 ? found
                                          : ImportColumns::autoField(header, customerList()) + 1);
    }
}

services::ImportMapping ImportWizard::mapping() const {
    services::ImportMapping out;
    for (int i = 0; i < mappingTable_->rowCount(); ++i) {
        const auto* combo = qobject_cast<QComboBox*>(mappingTable_->cellWidget(i, 1));
        const QString header = table_.header.value(i).trimmed();
        if (combo != nullptr && !header.isEmpty()) {
            out.columnToField[header] = combo->currentData().toString();
        }
    }
    return out;
}

void ImportWizard::saveProfile() {
    if (context_.importProfiles == nullptr) {
        return;
    }
    const QString name = profileName_->text().trimmed();
    const auto saved =
        context_.importProfiles->save(context_.user, name,
                                      customerList() ? services::ImportProfileKind::Customers
                                                     : services::ImportProfileKind::Visits,
                                      mapping());
    if (!saved) {
        mappingNote_->setText(saved.error().message);
        return;
    }
    loadProfiles();
    profileCombo_->setCurrentIndex(std::max(0, profileCombo_->findText(name)));
    mappingNote_->setText(tr("方案“%1”已保存。").arg(name));
}

void ImportWizard::fillPreview() {
    const int rows = std::min<int>(kPreviewRows, static_cast<int>(table_.records.size()));
    preview_->clear();
    preview_->setColumnCount(static_cast<int>(table_.header.size()));
    preview_->setHorizontalHeaderLabels(table_.header);
    preview_->setRowCount(rows);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const auto& record = table_.records.at(static_cast<std::size_t>(r));
        lines << QString::number(record.line);
        for (int c = 0; c < table_.header.size(); ++c) {
            preview_->setItem(r, c, new QTableWidgetItem(record.fields.value(c)));
        }
    }
    preview_->setVerticalHeaderLabels(lines);
    problems_->clear();
    previewNote_->setText(tr("正在检查…"));
}

void ImportWizard::showRejectsInPreview(const services::ImportSummary& summary) {
    std::map<int, int> rowOfLine;
    for (int r = 0; r < preview_->rowCount(); ++r) {
        rowOfLine[table_.records.at(static_cast<std::size_t>(r)).line] = r;
    }
    // The mapper names a column by its header after the mapping: the field key.
    const QStringList applied = mapping().apply(table_.header);
    const QColor bad(255, 205, 210);
    for (const auto& reject : summary.rejects) {
        const auto it = rowOfLine.find(reject.line);
        if (it == rowOfLine.end()) {
            continue;
        }
        const int row = it->second;
        int column = static_cast<int>(applied.indexOf(reject.column));
        if (column < 0) {
            column = static_cast<int>(table_.header.indexOf(reject.column));
        }
        const auto mark = [&](int c) {
            if (auto* item = preview_->item(row, c)) {
                item->setBackground(bad);
                const QString tip = item->toolTip();
                item->setToolTip(tip.isEmpty() ? reject.reason
                                               : tip + QLatin1Char('\n') + reject.reason);
            }
        };
        if (column >= 0) {
            mark(column);
        } else {
            for (int c = 0; c < preview_->columnCount(); ++c) {
                mark(c);
            }
        }
        const QString where = column >= 0 ? table_.header.value(column) : tr("整行");
        auto* item = new QListWidgetItem(
            tr("第 %1 行 · %2:%3").arg(reject.line).arg(where, reject.reason), problems_);
        item->setData(Qt::UserRole, row);
        item->setData(Qt::UserRole + 1, column);
    }
    previewNote_->setText(problems_->count() == 0
                              ? tr("前 %1 行没有发现问题。").arg(preview_->rowCount())
                              : tr("前 %1 行中有 %2 个问题;有问题的行不会导入,其余照常导入。")
                                    .arg(preview_->rowCount())
                                    .arg(problems_->count()));
}

void ImportWizard::initializePage(int id) {
    QWizard::initializePage(id);
    if (id == MappingPage) {
        fillMapping();
    } else if (id == PreviewPage) {
        fillPreview();
        start(Run::Preview);
    } else if (id == DryRunPage) {
        dryRunDone_ = false;
        dryRunText_->setText(tr("正在试运行…"));
        start(Run::DryRun);
    } else if (id == ResultPage) {
        imported_.reset();
        rejectsFile_.clear();
        openRejects_->setEnabled(false);
        cancelImport_->setEnabled(true);
        resultText_->setText(tr("正在导入…"));
        start(Run::Import);
    }
}

bool ImportWizard::validateCurrentPage() {
    if (isRunning() && currentId() != ResultPage) {
        return false;  // wait for the check in progress
    }
    switch (currentId()) {
        case FilePage:
            return readFile();
        case MappingPage: {
            QString error;
            const QStringList mapped = mapping().apply(table_.header);
            const bool ok =
                customerList()
                    ? CustomerRowMapper::fromHeader(mapped, table_.header,
                                                    domain::MessageLanguage::Zh, &error)
                          .has_value()
                    : VisitRowMapper::fromHeader(mapped, domain::MessageLanguage::Zh, &error)
                          .has_value();
            if (!ok) {
                mappingNote_->setText(error);
                return false;
            }
            return true;
        }
        case DryRunPage:
            return dryRunDone_;
        case ResultPage:
            return !isRunning();
        default:
            return true;
    }
}

void ImportWizard::start(Run run) {
    const bool customers = customerList();
    if ((customers ? context_.customerImports == nullptr : context_.visitImports == nullptr) ||
        isRunning()) {
        return;
    }
    cancel_ = false;
    result_.reset();
    services::ImportTable table = table_;
    if (run == Run::Preview && table.records.size() > static_cast<std::size_t>(kPreviewRows)) {
        table.records.resize(static_cast<std::size_t>(kPreviewRows));
    }
    services::ImportOptions options;
    options.mapping = mapping();
    options.dryRun = run != Run::Import;
    options.progress = [this](int done, int total) {
        if (cancel_) {
            return false;
        }
        bool go = true;
        // Blocking: the bar moves with the work, and a cancel is seen at once.
        QMetaObject::invokeMethod(
            this,
            [this, done, total, &go] {
                Q_EMIT progressed(done, total);
                go = !cancel_;
            },
            Qt::BlockingQueuedConnection);
        return go;
    };
    services::VisitImportService* visits = customers ? nullptr : context_.visitImports;
    services::CustomerImportService* list = customers ? context_.customerImports : nullptr;
    const services::ActingUser user = context_.user;
    thread_.reset(QThread::create([this, visits, list, user, table = std::move(table), options] {
        // The second connection is opened, used and closed on this thread.
        const auto noConnection = [] {
            return services::ServiceError{
                services::ServiceError::Code::Failed,
                QCoreApplication::translate("hc::ui::ImportWizard", "无法打开第二个数据库连接。"),
                {},
                {}};
        };
        if (list != nullptr) {
            auto sibling = list->openSibling();
            if (!sibling) {
                result_.emplace(noConnection());
                return;
            }
            result_.emplace(sibling->importCustomers(user, table, options));
            return;
        }
        auto sibling = visits->openSibling();
        if (!sibling) {
            result_.emplace(noConnection());
            return;
        }
        result_.emplace(sibling->importVisits(user, table, options));
    }));
    thread_->setObjectName(QStringLiteral("hc-import"));
    connect(thread_.get(), &QThread::finished, this, [this, run] {
        if (thread_) {
            thread_->wait();  // finished() is queued here: let the thread end fully
            thread_.reset();
        }
        if (result_) {
            finished(run, *result_);
        }
    });
    thread_->start();
}

void ImportWizard::cancelRun() {
    cancel_ = true;
}

void ImportWizard::waitForRun() {
    if (!thread_) {
        return;
    }
    cancel_ = true;
    // The worker may wait for a progress call on this thread: keep serving it.
    while (!thread_->wait(QDeadlineTimer(20))) {
        QCoreApplication::processEvents();
    }
    thread_.reset();
}

void ImportWizard::reject() {
    waitForRun();
    QWizard::reject();
}

QString ImportWizard::summaryText(const services::ImportSummary& s) const {
    return tr("共 %1 行:导入 %2 行,有问题 %3 行,重复跳过 %4 行;新建客户 %5 位,车辆 %6 辆。")
        .arg(s.rows)
        .arg(s.imported)
        .arg(s.rejected)
        .arg(s.duplicatesSkipped)
        .arg(s.customersCreated)
        .arg(s.vehiclesCreated);
}

void ImportWizard::finished(Run run, const services::Result<services::ImportSummary>& result) {
    const bool ok = result.ok();
    if (run == Run::Preview) {
        if (ok) {
            showRejectsInPreview(result.value());
        } else {
            previewNote_->setText(result.error().message);
        }
    } else if (run == Run::DryRun) {
        dryRunDone_ = ok;
        dryRunText_->setText(ok ? tr("试运行完成,没有写入任何数据。") + QLatin1Char('\n') +
                                      summaryText(result.value()) + QLatin1Char('\n') +
                                      tr("按“导入”开始导入。")
                                : result.error().message);
    } else {
        cancelImport_->setEnabled(false);
        if (ok) {
            imported_ = result.value();
            DirtyTracker::of(this)->markClean();  // imported: nothing is lost on 关闭
            writeRejects(result.value());
            QString text = tr("导入完成。") + QLatin1Char('\n') + summaryText(result.value());
            if (!rejectsFile_.isEmpty()) {
                text += QLatin1Char('\n') +
                        tr("有问题的行已保存到:%1").arg(QDir::toNativeSeparators(rejectsFile_));
            }
            resultText_->setText(text);
        } else {
            resultText_->setText(result.error().message);
        }
    }
    Q_EMIT runFinished(ok);
}

void ImportWizard::writeRejects(const services::ImportSummary& summary) {
    if (summary.rejects.empty()) {
        return;
    }
    const QFileInfo source(fileEdit_->text().trimmed());
    const QString path =
        source.dir().filePath(source.completeBaseName() + QStringLiteral("-rejects.csv"));
    QSaveFile file(path);
    const QByteArray bytes = services::VisitImportService::rejectsCsv(summary);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        resultText_->setText(tr("无法保存有问题的行:%1").arg(file.errorString()));
        return;
    }
    rejectsFile_ = path;
    openRejects_->setEnabled(true);
}

}  // namespace hc::ui
