#include "JsonOut.h"

#include "hc/domain/Percent.h"

#include <nlohmann/json.hpp>

namespace hc::report {

void JsonOut::indent() {
    out_ += '\n';
    out_ += QByteArray(static_cast<qsizetype>(stack_.size()) * 2, ' ');
}

void JsonOut::value(const QByteArray& token) {
    if (afterKey_) {
        afterKey_ = false;
    } else if (!stack_.empty()) {
        Level& level = stack_.back();
        if (!level.empty) {
            out_ += ',';
        }
        if (token.startsWith('{')) {
            level.multiline = true;
            indent();
        } else if (!level.empty) {
            out_ += ' ';
        }
        level.empty = false;
    }
    out_ += token;
}

void JsonOut::open(char bracket, bool isObject) {
    value(QByteArray(1, bracket));
    stack_.push_back(Level{isObject, true, isObject});
}

void JsonOut::close(char bracket) {
    const Level level = stack_.back();
    stack_.pop_back();
    if (level.multiline && !level.empty) {
        indent();
    }
    out_ += bracket;
}

JsonOut& JsonOut::beginObject() {
    open('{', true);
    return *this;
}

JsonOut& JsonOut::endObject() {
    close('}');
    return *this;
}

JsonOut& JsonOut::beginArray() {
    open('[', false);
    return *this;
}

JsonOut& JsonOut::endArray() {
    close(']');
    return *this;
}

JsonOut& JsonOut::key(const char* name) {
    Level& level = stack_.back();
    if (!level.empty) {
        out_ += ',';
    }
    level.empty = false;
    indent();
    out_ += '"';
    out_ += name;
    out_ += "\": ";
    afterKey_ = true;
    return *this;
}

JsonOut& JsonOut::str(const QString& text) {
    value(QByteArray::fromStdString(nlohmann::json(text.toStdString()).dump()));
    return *this;
}

JsonOut& JsonOut::integer(std::int64_t v) {
    value(QByteArray::number(static_cast<qlonglong>(v)));
    return *this;
}

JsonOut& JsonOut::boolean(bool v) {
    value(v ? QByteArray("true") : QByteArray("false"));
    return *this;
}

JsonOut& JsonOut::null() {
    value(QByteArray("null"));
    return *this;
}

JsonOut& JsonOut::pct(int bp) {
    value(domain::formatPercent(bp).toLatin1());
    return *this;
}

JsonOut& JsonOut::tenThousandths(long long v) {
    const char* sign = v < 0 ? "-" : "";
    const long long a = v < 0 ? -v : v;
    value(QStringLiteral("%1%2.%3")
              .arg(QLatin1String(sign))
              .arg(a / 10000)
              .arg(a % 10000, 4, 10, QLatin1Char('0'))
              .toLatin1());
    return *this;
}

JsonOut& JsonOut::hundredths(long long v) {
    value(domain::formatHundredths(v).toLatin1());
    return *this;
}

}  // namespace hc::report
