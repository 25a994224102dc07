#include "hc/ui/CustomerBadgePanel.h"

#include "hc/domain/SegmentStrategy.h"
#include "hc/ui/BadgeLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace hc::ui {

using domain::AbcGrade;
using domain::CustomerClass;
using domain::MatrixCell;
using domain::RfmSegment;
using domain::Stage;
using Tone = BadgeLabel::Tone;

namespace {

Tone classTone(CustomerClass cls) {
    switch (cls) {
        case CustomerClass::Loyal:
            return Tone::Green;
        case CustomerClass::Swing:
            return Tone::Amber;
        case CustomerClass::Lost:
            return Tone::Red;
        case CustomerClass::Invalid:
        case CustomerClass::NoVisit:
            break;
    }
    return Tone::Grey;
}

Tone stageTone(Stage stage) {
    switch (stage) {
        case Stage::Active:
            return Tone::Green;
        case Stage::NotLost:
        case Stage::QuasiLost:
            return Tone::Amber;
        case Stage::Lost:
        case Stage::TrendingLost:
        case Stage::CompletelyLost:
            break;
    }
    return Tone::Red;
}

Tone abcTone(AbcGrade grade) {
    switch (grade) {
        case AbcGrade::A:
            return Tone::Gold;
        case AbcGrade::B:
            return Tone::Blue;
        case AbcGrade::C:
            break;
    }
    return Tone::Grey;
}

}  // namespace

CustomerBadgePanel::CustomerBadgePanel(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(6);
    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    for (BadgeLabel** badge :
         {&classBadge_, &newBadge_, &stageBadge_, &abcBadge_, &matrixBadge_, &rfmBadge_}) {
        *badge = new BadgeLabel(this);
        (*badge)->setVisible(false);
        row->addWidget(*badge);
    }
    row->addStretch(1);
    outer->addLayout(row);

    strategy_ = new QLabel(this);
    strategy_->setObjectName(QStringLiteral("strategyPanel"));
    strategy_->setWordWrap(true);
    strategy_->setTextFormat(Qt::RichText);
    strategy_->setStyleSheet(
        QStringLiteral("QLabel#strategyPanel { background: #f8f9fa; border: 1px solid #dadce0; "
                       "border-radius: 4px; padding: 6px 8px; color: #202124; }"));
    outer->addWidget(strategy_);
    setSegments(segments_);
}

QString CustomerBadgePanel::className(CustomerClass cls) {
    switch (cls) {
        case CustomerClass::Loyal:
            return tr("忠诚客户");
        case CustomerClass::Swing:
            return tr("摇摆客户");
        case CustomerClass::Lost:
            return tr("流失客户");
        case CustomerClass::Invalid:
            return tr("无效客户");
        case CustomerClass::NoVisit:
            break;
    }
    return tr("未进厂");
}

QString CustomerBadgePanel::stageName(Stage stage) {
    switch (stage) {
        case Stage::Active:
            return tr("活跃");
        case Stage::NotLost:
            return tr("非流失");
        case Stage::QuasiLost:
            return tr("准流失");
        case Stage::Lost:
            return tr("流失");
        case Stage::TrendingLost:
            return tr("趋向彻底流失");
        case Stage::CompletelyLost:
            break;
    }
    return tr("彻底流失");
}

QString CustomerBadgePanel::abcName(AbcGrade grade) {
    switch (grade) {
        case AbcGrade::A:
            return tr("A 金牌客户");
        case AbcGrade::B:
            return tr("B 重要客户");
        case AbcGrade::C:
            break;
    }
    return tr("C 一般客户");
}

QString CustomerBadgePanel::rfmName(RfmSegment segment) {
    switch (segment) {
        case RfmSegment::ImportantValue:
            return tr("重要价值");
        case RfmSegment::ImportantDevelop:
            return tr("重要发展");
        case RfmSegment::ImportantKeep:
            return tr("重要保持");
        case RfmSegment::ImportantRetain:
            return tr("重要挽留");
        case RfmSegment::GeneralValue:
            return tr("一般价值");
        case RfmSegment::GeneralDevelop:
            return tr("一般发展");
        case RfmSegment::GeneralKeep:
            return tr("一般保持");
        case RfmSegment::GeneralRetain:
            break;
    }
    return tr("一般挽留");
}

void CustomerBadgePanel::setSegments(const Segments& s) {
    segments_ = s;
    QStringList lines;
    auto addLine = [&lines](const QString& title, const QString& text) {
        if (!text.isEmpty()) {
            // Title and advice joined through tr(): English reads "Lost: Start…", not "Lost：".
            lines << tr("<b>%1</b>：%2").arg(title.toHtmlEscaped(), text.toHtmlEscaped());
        }
    };

    const QString clsStrategy = domain::classStrategy(s.cls);
    classBadge_->setBadge(className(s.cls), classTone(s.cls), clsStrategy);
    classBadge_->setKey(domain::toKey(s.cls));
    addLine(className(s.cls), clsStrategy);

    newBadge_->setKey(s.isNew ? QStringLiteral("new") : QString());
    newBadge_->setBadge(s.isNew ? tr("新增客户") : QString(), Tone::Blue,
                        s.isNew ? domain::newCustomerStrategy() : QString());
    if (s.isNew) {
        addLine(tr("新增客户"), domain::newCustomerStrategy());
    }

    if (s.stage) {
        const QString text = s.lifecycle ? domain::stageStrategy(*s.stage, *s.lifecycle)
                                         : domain::stageAction(*s.stage);
        stageBadge_->setBadge(tr("阶段：%1").arg(stageName(*s.stage)), stageTone(*s.stage), text);
        stageBadge_->setKey(domain::toKey(*s.stage));
        if (*s.stage != Stage::Active) {
            addLine(stageName(*s.stage), text);
        }
    } else {
        stageBadge_->setBadge({}, Tone::Grey);
        stageBadge_->setKey({});
    }

    if (s.abc) {
        abcBadge_->setBadge(abcName(*s.abc), abcTone(*s.abc));
        abcBadge_->setKey(domain::toKey(*s.abc));
    } else {
        abcBadge_->setBadge({}, Tone::Grey);
        abcBadge_->setKey({});
    }

    if (s.cell) {
        const QString key = domain::toKey(*s.cell);
        const QString text = domain::matrixStrategy(*s.cell);
        const bool plus = key.endsWith(QLatin1Char('+'));
        matrixBadge_->setBadge(tr("矩阵 %1").arg(key), plus ? Tone::Green : Tone::Amber, text);
        matrixBadge_->setKey(key);
        addLine(tr("矩阵 %1").arg(key), text);
        abcBadge_->setToolTip(text);
    } else {
        matrixBadge_->setBadge({}, Tone::Grey);
        matrixBadge_->setKey({});
    }

    if (s.rfm) {
        const QString text = domain::rfmStrategy(*s.rfm);
        rfmBadge_->setBadge(tr("RFM %1").arg(rfmName(*s.rfm)), Tone::Purple, text);
        rfmBadge_->setKey(domain::toKey(*s.rfm));
        addLine(rfmName(*s.rfm), text);
    } else {
        rfmBadge_->setBadge({}, Tone::Grey);
        rfmBadge_->setKey({});
    }

    strategy_->setText(lines.join(QStringLiteral("<br>")));
    strategy_->setVisible(!lines.isEmpty());
}

}  // namespace hc::ui
