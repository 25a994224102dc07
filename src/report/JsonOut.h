#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace hc::report {

/// A small streaming JSON writer (hc_report-private) that can emit raw number tokens, so that
/// percentages are written exactly from basis points ("24.67", never a binary double). Objects
/// put one member per line; arrays of scalars stay on one line.
class JsonOut {
public:
    JsonOut& beginObject();
    JsonOut& endObject();
    JsonOut& beginArray();
    JsonOut& endArray();
    JsonOut& key(const char* name);

    JsonOut& str(const QString& text);
    JsonOut& integer(std::int64_t value);
    JsonOut& boolean(bool value);
    JsonOut& null();
    /// A percentage from basis points as a number token with two decimals: 2467 → 24.67.
    JsonOut& pct(int bp);
    /// A fixed-point ×100 value as a number token: 437 → 4.37.
    JsonOut& hundredths(long long value);
    /// value / 10000 with four decimals (a fraction kept in basis points: 6667 → 0.6667).
    JsonOut& tenThousandths(long long value);

    /// key + value shorthands
    JsonOut& field(const char* name, const QString& text) { return key(name).str(text); }
    JsonOut& field(const char* name, std::int64_t value) { return key(name).integer(value); }
    JsonOut& fieldInt(const char* name, int value) { return key(name).integer(value); }
    JsonOut& fieldBool(const char* name, bool value) { return key(name).boolean(value); }
    JsonOut& fieldPct(const char* name, int bp) { return key(name).pct(bp); }

    [[nodiscard]] QByteArray bytes() const { return out_ + '\n'; }

private:
    void value(const QByteArray& token);
    void open(char bracket, bool isObject);
    void close(char bracket);
    void indent();

    struct Level {
        bool isObject = false;
        bool empty = true;
        bool multiline = false;
    };
    QByteArray out_;
    std::vector<Level> stack_;
    bool afterKey_ = false;
};

}  // namespace hc::report
