#pragma once

#include "hc/domain/AbcAnalysis.h"
#include "hc/domain/AnalysisSettings.h"
#include "hc/domain/CustomerClass.h"
#include "hc/domain/LoyaltyMatrix.h"
#include "hc/domain/RfmAnalysis.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace hc::ui {

class BadgeLabel;

/// Where a customer stands: class, new, stage, ABC grade, matrix cell and RFM segment as coloured
/// badges, and below them the service strategy for each (domain.md §4–6).
class CustomerBadgePanel : public QWidget {
    Q_OBJECT
public:
    struct Segments {
        domain::CustomerClass cls = domain::CustomerClass::NoVisit;
        bool isNew = false;
        std::optional<domain::Stage> stage;
        std::optional<domain::AbcGrade> abc;
        std::optional<domain::MatrixCell> cell;
        std::optional<domain::RfmSegment> rfm;
        /// The stored lifecycle settings: the stage text then shows its range ("6–8个月");
        /// without them only the stage's action is shown (never numbers from defaults).
        std::optional<domain::LifecycleSettings> lifecycle;
    };

    explicit CustomerBadgePanel(QWidget* parent = nullptr);

    void setSegments(const Segments& segments);
    [[nodiscard]] const Segments& segments() const { return segments_; }

    [[nodiscard]] BadgeLabel* classBadge() const { return classBadge_; }
    [[nodiscard]] BadgeLabel* stageBadge() const { return stageBadge_; }
    [[nodiscard]] BadgeLabel* abcBadge() const { return abcBadge_; }
    [[nodiscard]] BadgeLabel* matrixBadge() const { return matrixBadge_; }
    [[nodiscard]] BadgeLabel* rfmBadge() const { return rfmBadge_; }
    [[nodiscard]] QLabel* strategyLabel() const { return strategy_; }

    [[nodiscard]] static QString className(domain::CustomerClass cls);
    [[nodiscard]] static QString stageName(domain::Stage stage);
    [[nodiscard]] static QString abcName(domain::AbcGrade grade);
    [[nodiscard]] static QString rfmName(domain::RfmSegment segment);

private:
    Segments segments_;
    BadgeLabel* classBadge_ = nullptr;
    BadgeLabel* newBadge_ = nullptr;
    BadgeLabel* stageBadge_ = nullptr;
    BadgeLabel* abcBadge_ = nullptr;
    BadgeLabel* matrixBadge_ = nullptr;
    BadgeLabel* rfmBadge_ = nullptr;
    QLabel* strategy_ = nullptr;
};

}  // namespace hc::ui
