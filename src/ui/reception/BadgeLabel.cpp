#include "hc/ui/BadgeLabel.h"

namespace hc::ui {

namespace {

struct Colours {
    const char* background;
    const char* foreground;
};

Colours coloursOf(BadgeLabel::Tone tone) {
    switch (tone) {
        case BadgeLabel::Tone::Green:
            return {"#e6f4ea", "#137333"};
        case BadgeLabel::Tone::Blue:
            return {"#e8f0fe", "#1967d2"};
        case BadgeLabel::Tone::Amber:
            return {"#fef7e0", "#b06000"};
        case BadgeLabel::Tone::Red:
            return {"#fce8e6", "#c5221f"};
        case BadgeLabel::Tone::Purple:
            return {"#f3e8fd", "#8430ce"};
        case BadgeLabel::Tone::Gold:
            return {"#fdf3d0", "#8a6100"};
        case BadgeLabel::Tone::Grey:
            break;
    }
    return {"#f1f3f4", "#5f6368"};
}

}  // namespace

BadgeLabel::BadgeLabel(QWidget* parent) : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BadgeLabel::setBadge(const QString& text, Tone tone, const QString& strategy) {
    tone_ = tone;
    const Colours c = coloursOf(tone);
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %2; "
                                 "border-radius: 10px; padding: 2px 10px; font-weight: 600; }")
                      .arg(QString::fromLatin1(c.background), QString::fromLatin1(c.foreground)));
    setText(text);
    setToolTip(strategy);
    setVisible(!text.isEmpty());
}

}  // namespace hc::ui
