#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace hc::services {

/// A minimal pull scanner for the two large parts of an .xlsx — the sheet and the shared string
/// table — over their UTF-8 bytes (services-private, used by XlsxReader). QXmlStreamReader spent
/// most of a 200 000-row read in tokenising these parts (docs/performance.md); what SpreadsheetML
/// writers put there is a small subset of XML: elements with attributes, text, character and the
/// five predefined entity references, comments, processing instructions and CDATA. That is what
/// this reads; element names lose their namespace prefix. A DOCTYPE, an unknown entity, an
/// unterminated tag, comment or attribute, or a mismatched end tag throws XlsxScanner::Error.
class XlsxScanner {
public:
    enum class Token { Start, End, Text, Done };
    struct Error {
        QString what;
    };

    explicit XlsxScanner(QByteArray data);

    /// The next token; Start of a self-closing element is followed by its End.
    Token next();
    /// Start / End: the element's local name (no prefix).
    [[nodiscard]] QByteArrayView name() const { return name_; }
    /// Start: an attribute's raw value (entities not yet decoded), empty when absent.
    [[nodiscard]] QByteArrayView attribute(QByteArrayView name) const;
    /// Start: an attribute's decoded value.
    [[nodiscard]] QString attributeText(QByteArrayView name) const;
    /// Text: the decoded text.
    [[nodiscard]] QString text() const;
    /// After a Start: the decoded text of the element (nested elements' text included), leaving
    /// the scanner at its End.
    QString elementText();
    /// After a Start: skips to the element's End.
    void skipElement();

    /// `raw` with entity and character references decoded (UTF-8 to UTF-16).
    [[nodiscard]] static QString decode(QByteArrayView raw);

private:
    [[noreturn]] void fail(const char* what) const;
    qsizetype find(const char* needle, qsizetype from) const;

    QByteArray data_;
    qsizetype pos_ = 0;
    QByteArrayView name_;
    QByteArrayView text_;
    bool cdata_ = false;
    bool pendingEnd_ = false;
    std::vector<std::pair<QByteArrayView, QByteArrayView>> attributes_;
    std::vector<QByteArrayView> open_;  // element names from the root, for the end tag check
};

}  // namespace hc::services
