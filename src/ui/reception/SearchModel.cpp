#include "hc/ui/SearchModel.h"

#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/Classification.h"
#include "hc/domain/CustomerFacts.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/services/SettingsNotifier.h"
#include "hc/services/SettingsService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace hc::ui {

namespace {
constexpr int kLimit = 50;
constexpr int kDebounceMs = 120;

std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("ui");
    return l ? l : spdlog::default_logger();
}
}  // namespace

SearchModel::SearchModel(services::SearchService* search, domain::Role role, QObject* parent)
    : QAbstractTableModel(parent), search_(search), role_(role) {
    debounce_.setSingleShot(true);
    debounce_.setInterval(kDebounceMs);
    connect(&debounce_, &QTimer::timeout, this, &SearchModel::run);
}

int SearchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(hits_.size());
}

int SearchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 SearchModel::customerIdAt(int row) const {
    return row >= 0 && row < rowCount() ? hits_[static_cast<std::size_t>(row)].customerId : 0;
}

QString SearchModel::displayPhone(const QString& phone) const {
    if (phone.isEmpty() || domain::roleSeesFullPhone(role_)) {
        return phone;
    }
    return domain::PhoneValidator::maskPhone(phone);
}

void SearchModel::useSettings(services::SettingsService* settings,
                              services::SettingsNotifier* notifier) {
    settings_ = settings;
    reloadSettings();
    if (notifier != nullptr) {
        connect(notifier, &services::SettingsNotifier::analysisChanged, this,
                &SearchModel::reloadSettings);
    }
}

void SearchModel::reloadSettings() {
    lifecycle_.reset();
    badgeError_.clear();
    if (settings_ != nullptr) {
        if (auto stored = settings_->analysis()) {
            lifecycle_ = stored.value().lifecycle;
        } else {
            // No class guessed from defaults: the badges say they are unavailable, and why.
            badgeError_ = stored.error().message;
            logger()->warn("search badges: analysis settings unreadable: {}",
                           badgeError_.toStdString());
        }
    }
    Q_EMIT badgeSettingsFailed(badgeError_);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, ClassColumn), index(rowCount() - 1, ClassColumn));
    }
}

QString SearchModel::badge(const services::SearchHit& hit) const {
    if (hit.invalid) {
        return tr("无效");
    }
    if (!hit.lastVisit.isValid()) {
        return tr("未进厂");
    }
    if (!lifecycle_) {
        return badgeError_.isEmpty() ? QString() : tr("分类不可用");
    }
    // Recency class by the stored lifecycle thresholds (domain.md §2).
    domain::CustomerFacts facts;
    facts.id = hit.customerId;
    facts.name = hit.name;
    facts.phone = hit.phone;
    facts.firstVisit = hit.firstVisit;
    facts.lastVisit = hit.lastVisit;
    const QDate asOf = today_ ? today_() : QDate::currentDate();
    const auto result = domain::classify(facts, asOf, *lifecycle_);
    QString text;
    switch (result.cls) {
        case domain::CustomerClass::Loyal:
            text = tr("忠诚");
            break;
        case domain::CustomerClass::Swing:
            text = tr("摇摆");
            break;
        case domain::CustomerClass::Lost:
            text = tr("流失");
            break;
        case domain::CustomerClass::Invalid:
            text = tr("无效");
            break;
        case domain::CustomerClass::NoVisit:
            text = tr("未进厂");
            break;
    }
    if (result.isNew) {
        text = tr("%1 · 新").arg(text);
    }
    return text;
}

QVariant SearchModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& hit = hits_[static_cast<std::size_t>(index.row())];
    if (role == CustomerIdRole) {
        return QVariant::fromValue<qint64>(hit.customerId);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case NameColumn:
                return hit.name;
            case PhoneColumn: {
                QString text = displayPhone(hit.phone);
                if (!hit.phone2.isEmpty()) {
                    text += QStringLiteral(" / ") + displayPhone(hit.phone2);
                }
                return text;
            }
            case PlatesColumn: {
                QString text = hit.plates.join(QStringLiteral(" "));
                if (!hit.matchedText.isEmpty()) {
                    const QString label = hit.matchedField == QLatin1String("work_order")
                                              ? tr("工单 %1").arg(hit.matchedText)
                                          : hit.matchedField == QLatin1String("vin")
                                              ? tr("VIN %1").arg(hit.matchedText)
                                              : hit.matchedText;
                    text = text.isEmpty() ? label
                                          : text + QStringLiteral("  (") + label + QLatin1Char(')');
                }
                return text;
            }
            case ClassColumn:
                return badge(hit);
            case LastVisitColumn:
                return hit.lastVisit.isValid() ? hit.lastVisit.toString(Qt::ISODate) : QString();
            default:
                return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ClassColumn) {
        if (hit.invalid || !hit.lastVisit.isValid()) {
            return QBrush(QColor(0x75, 0x75, 0x75));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == PhoneColumn &&
        !domain::roleSeesFullPhone(role_)) {
        return tr("号码已隐藏；客户卡片中可查看完整号码。");
    }
    return {};
}

QVariant SearchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case NameColumn:
            return tr("姓名");
        case PhoneColumn:
            return tr("电话");
        case PlatesColumn:
            return tr("车牌");
        case ClassColumn:
            return tr("分类");
        case LastVisitColumn:
            return tr("最近进厂");
        default:
            return {};
    }
}

void SearchModel::setQuery(const QString& text) {
    query_ = text;
    if (text.trimmed().isEmpty()) {
        debounce_.stop();
        clear();
        return;
    }
    debounce_.start();
}

void SearchModel::runNow() {
    if (debounce_.isActive()) {
        debounce_.stop();
        run();
    }
}

void SearchModel::clear() {
    debounce_.stop();
    if (!hits_.empty()) {
        beginResetModel();
        hits_.clear();
        endResetModel();
    }
    Q_EMIT searched(query_, 0);
}

void SearchModel::run() {
    if (search_ == nullptr) {
        return;
    }
    auto result = search_->search(query_, kLimit);
    beginResetModel();
    if (result) {
        hits_ = std::move(result.value());
    } else {
        hits_.clear();
    }
    endResetModel();
    if (!result) {
        logger()->warn("search '{}' failed: {}", query_.toStdString(),
                       result.error().detail.toStdString());
        Q_EMIT searchFailed(result.error().message);
        return;
    }
    Q_EMIT searched(query_, static_cast<int>(hits_.size()));
}

}  // namespace hc::ui
