#pragma once

// The check of the English audit on the demo data (tests/ui/EnglishDemoAuditTest.cpp): which
// Chinese a shown text may contain — only whole data values of the database.
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace hc::test {

/// CJK characters: Han, CJK punctuation and full-width forms (as WidgetAudit's English check).
inline const QRegularExpression& cjk() {
    static const QRegularExpression re(QStringLiteral(
        "[\\x{3000}-\\x{303F}\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]"));
    return re;
}

/// The data values of the database that contain CJK characters (names, plates, models, regions,
/// addresses, free text, the shop profile, templates…), and the check of a shown text against
/// them: each CJK character of the text must lie inside a whole data value that the text
/// contains; what is left once those values are taken out is UI text and must not be Chinese.
class DemoDataTexts {
public:
    void add(const QString& value) {
        const QString v = value.trimmed();
        // A value of punctuation alone would let that punctuation pass everywhere.
        static const QRegularExpression han(
            QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}]"));
        if (!v.isEmpty() && v.contains(han)) {
            values_.insert(v);
            // A multi-line value is shown line by line as often as whole.
            if (v.contains(QLatin1Char('\n'))) {
                for (const QString& line : v.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    add(line);
                }
            }
        }
    }
    /// Builds the index (CJK character → the values containing it, longest first).
    void finish() {
        index_.clear();
        for (const QString& v : values_) {
            std::set<char16_t> seen;
            for (const QChar ch : v) {
                if (cjk().match(QString(ch)).hasMatch() && seen.insert(ch.unicode()).second) {
                    index_[ch.unicode()].push_back(v);
                }
            }
        }
        for (auto& [ch, list] : index_) {
            std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) {
                return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
        }
    }
    /// The text with every data value that covers one of its CJK characters replaced by a space;
    /// stops at the first CJK character no data value covers (the text then still contains it).
    [[nodiscard]] QString without(QString text) const {
        for (;;) {
            const auto m = cjk().match(text);
            if (!m.hasMatch()) {
                return text;
            }
            const qsizetype at = m.capturedStart();
            const auto it = index_.find(text.at(at).unicode());
            bool removed = false;
            if (it != index_.end()) {
                for (const QString& v : it->second) {
                    for (qsizetype pos = text.indexOf(v, std::max<qsizetype>(0, at - v.size() + 1));
                         pos >= 0 && pos <= at; pos = text.indexOf(v, pos + 1)) {
                        text.replace(pos, v.size(), QStringLiteral(" "));
                        removed = true;
                        break;
                    }
                    if (removed) {
                        break;
                    }
                }
            }
            if (!removed) {
                return text;
            }
        }
    }
    [[nodiscard]] std::size_t size() const { return values_.size(); }
    [[nodiscard]] bool contains(const QString& v) const { return values_.count(v) > 0; }

private:
    std::set<QString> values_;
    std::map<char16_t, std::vector<QString>> index_;
};

}  // namespace hc::test
