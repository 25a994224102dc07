#include "hc/storage/SearchRepository.h"

#include "Query.h"
#include "hc/domain/PlateValidator.h"
#include "hc/domain/TextNormalizer.h"
#include "hc/storage/Database.h"
#include "hc/storage/PinyinTransliterator.h"
#include "hc/storage/StorageError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <utility>

namespace hc::storage {

namespace {

/// Upper bound of a prefix range: every text starting with q sorts below q + U+10FFFF.
QString upperBound(const QString& q) {
    static const char32_t kMax[] = {U'\U0010FFFF'};
    return q + QString::fromUcs4(kMax, 1);
}

bool allOf(const QString& s, bool (*pred)(QChar)) {
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), pred);
}
bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}
bool isAsciiLetter(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiAlnum(QChar c) {
    return isAsciiDigit(c) || isAsciiLetter(c);
}

/// From this many letters on, a query that already matched the beginning of a pinyin skips the
/// trigram substring pass (see search()).
constexpr qsizetype kTypedOutPinyin = 10;

/// The phones column of search_customer_fts (same expression as the triggers of 0002_search.sql).
const char* const kPhonesExpr =
    "trim(coalesce(phone, '') || ' ' || coalesce(phone2, '') || ' ' || "
    "replace(coalesce(phone, ''), '-', ''))";

/// FTS5 phrase for a substring query: "text" with inner quotes doubled.
QString ftsPhrase(const QString& q) {
    QString escaped = q;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void execRaw(sqlite3* db, const char* sql) {
    Query s(db, sql);
    while (s.step()) {
    }
}

}  // namespace

struct SearchRepository::Private {
    explicit Private(Database& database) : db(database) {}
    Database& db;
    std::optional<PinyinTransliterator> pinyin;

    /// Prepared once, re-executed for every keystroke.
    std::map<const char*, std::unique_ptr<Query>> queries;
    Query& query(const char* sql) {
        auto& q = queries[sql];
        if (!q) {
            q = std::make_unique<Query>(db, QString::fromUtf8(sql));
        }
        return *q;
    }

    PinyinTransliterator& transliterator() {
        if (!pinyin) {
            pinyin.emplace();
        }
        return *pinyin;
    }
};

SearchRepository::SearchRepository(Database& db) : d_(std::make_unique<Private>(db)) {}

SearchRepository::~SearchRepository() = default;

namespace {

const QString kPlate = QStringLiteral("plate");
const QString kPhone = QStringLiteral("phone");
const QString kName = QStringLiteral("name");
const QString kPinyin = QStringLiteral("pinyin");

/// The typed text in the forms the lookups need.
struct SearchText {
    QString raw;    ///< half-width, no whitespace
    QString plate;  ///< upper, no separators
    QString upper;
    QString lower;
    QString digits;
    bool isDigits = false;
    bool isLetters = false;
    bool isAlnum = false;
    bool hasAscii = false;

    static SearchText of(const QString& text) {
        using domain::TextNormalizer;
        SearchText t;
        t.raw = TextNormalizer::removeWhitespace(TextNormalizer::toHalfWidth(text));
        t.plate = domain::PlateValidator::normalize(t.raw);
        t.upper = t.raw.toUpper();
        t.lower = t.raw.toLower();
        t.digits = TextNormalizer::digitsOnly(t.raw);
        t.isDigits = allOf(t.raw, isAsciiDigit);
        t.isLetters = allOf(t.raw, isAsciiLetter);
        t.isAlnum = allOf(t.raw, isAsciiAlnum);
        t.hasAscii = std::any_of(t.raw.cbegin(), t.raw.cend(), isAsciiAlnum);
        return t;
    }
};

/// The customers found so far: one row per customer in the order found, at most `limit`.
class SearchHits {
public:
    using QueryFor = std::function<Query&(const char*)>;
    SearchHits(QueryFor queryFor, int limit) : queryFor_(std::move(queryFor)), limit_(limit) {}

    [[nodiscard]] int remaining() const { return limit_ - static_cast<int>(rows_.size()); }
    [[nodiscard]] std::size_t size() const { return rows_.size(); }
    [[nodiscard]] Query& query(const char* sql) const { return queryFor_(sql); }

    void add(std::int64_t id, const QString& field, const QString& matched) {
        if (seen_.contains(id) || remaining() <= 0) {
            return;
        }
        seen_.insert(id, rows_.size());
        SearchRow row;
        row.customerId = id;
        row.matchedField = field;
        row.matchedText = matched;
        rows_.push_back(std::move(row));
    }

    /// Runs one bounded lookup; column 0 is the customer id, column 1 (optional) the matched text.
    void lookup(const char* sql, const QString& field, const QString& key, bool prefix,
                bool withText) {
        if (remaining() <= 0 || key.isEmpty()) {
            return;
        }
        Query& q = query(sql);
        if (prefix) {
            q.bindText(QStringLiteral(":lo"), key).bindText(QStringLiteral(":hi"), upperBound(key));
        } else {
            q.bindText(QStringLiteral(":key"), key);
        }
        q.bindInt(QStringLiteral(":n"), remaining()).exec();
        while (q.next()) {
            add(q.integer(0), field, withText ? q.text(1) : QString());
        }
        q.finish();
    }

    [[nodiscard]] std::vector<SearchRow>& rows() { return rows_; }
    [[nodiscard]] const QHash<std::int64_t, std::size_t>& seen() const { return seen_; }

private:
    QueryFor queryFor_;
    int limit_;
    std::vector<SearchRow> rows_;
    QHash<std::int64_t, std::size_t> seen_;
};

/// 1. Plates: whole plate, without province (A12345), without province and letter (12345).
void lookupPlates(SearchHits& hits, const SearchText& t) {
    hits.lookup(
        "SELECT customer_id, plate FROM vehicles WHERE plate >= :lo AND plate < :hi LIMIT :n",
        kPlate, t.plate, true, true);
    if (t.hasAscii) {
        hits.lookup(
            "SELECT customer_id, plate FROM vehicles "
            "WHERE substr(plate, 2) >= :lo AND substr(plate, 2) < :hi LIMIT :n",
            kPlate, t.plate, true, true);
        hits.lookup(
            "SELECT customer_id, plate FROM vehicles "
            "WHERE substr(plate, 3) >= :lo AND substr(plate, 3) < :hi LIMIT :n",
            kPlate, t.plate, true, true);
    }
}

/// 2. Phones: the last 4 digits (尾号), then the number's beginning.
void lookupPhones(SearchHits& hits, const SearchText& t) {
    if (t.isDigits && t.raw.size() == 4) {
        hits.lookup("SELECT id FROM customers WHERE substr(phone, -4) = :key LIMIT :n", kPhone,
                    t.raw, false, false);
        hits.lookup("SELECT id FROM customers WHERE substr(phone2, -4) = :key LIMIT :n", kPhone,
                    t.raw, false, false);
    }
    if (t.isDigits && t.raw.size() >= 3) {
        hits.lookup("SELECT id FROM customers WHERE phone >= :lo AND phone < :hi LIMIT :n", kPhone,
                    t.raw, true, false);
        hits.lookup("SELECT id FROM customers WHERE phone2 >= :lo AND phone2 < :hi LIMIT :n",
                    kPhone, t.raw, true, false);
    }
}

/// 3. Names: the beginning, then the given name (without the surname).
void lookupNames(SearchHits& hits, const SearchText& t) {
    if (t.isDigits) {
        return;
    }
    hits.lookup("SELECT id FROM customers WHERE name >= :lo AND name < :hi LIMIT :n", kName, t.raw,
                true, false);
    if (!t.isAlnum) {
        hits.lookup(
            "SELECT id FROM customers "
            "WHERE substr(name, 2) >= :lo AND substr(name, 2) < :hi LIMIT :n",
            kName, t.raw, true, false);
    }
}

/// 4. Pinyin initials (lcj) and full pinyin (liuchunjiang).
void lookupPinyin(SearchHits& hits, const SearchText& t) {
    if (!t.isLetters) {
        return;
    }
    hits.lookup(
        "SELECT customer_id FROM search_pinyin "
        "WHERE initials >= :lo AND initials < :hi LIMIT :n",
        kPinyin, t.lower, true, false);
    hits.lookup(
        "SELECT customer_id FROM search_pinyin "
        "WHERE pinyin >= :lo AND pinyin < :hi LIMIT :n",
        kPinyin, t.lower, true, false);
}

/// 5. VIN and work-order number beginnings.
void lookupCodes(SearchHits& hits, const SearchText& t) {
    if (t.isAlnum && t.raw.size() >= 3) {
        hits.lookup("SELECT customer_id, vin FROM vehicles WHERE vin >= :lo AND vin < :hi LIMIT :n",
                    QStringLiteral("vin"), t.upper, true, true);
    }
    if (t.hasAscii && t.raw.size() >= 2) {
        hits.lookup(
            "SELECT customer_id, work_order FROM visits "
            "WHERE work_order >= :lo AND work_order < :hi AND voided_at IS NULL LIMIT :n",
            QStringLiteral("work_order"), t.upper, true, true);
        if (t.upper != t.raw) {
            hits.lookup(
                "SELECT customer_id, work_order FROM visits "
                "WHERE work_order >= :lo AND work_order < :hi AND voided_at IS NULL LIMIT :n",
                QStringLiteral("work_order"), t.raw, true, true);
        }
    }
}

/// 6. Substrings anywhere (3 characters or more): FTS5 trigram. `beforePinyin` is the number of
/// hits before the pinyin lookups.
void lookupSubstrings(SearchHits& hits, const SearchText& t, std::size_t beforePinyin) {
    if (t.raw.size() < 3) {
        return;
    }
    const QString phrase = ftsPhrase(t.raw);
    if (hits.remaining() > 0) {
        // Plate or VIN anywhere: show the VIN when the plate does not contain the text.
        Query& q = hits.query(
            "SELECT v.customer_id, v.plate, v.vin FROM search_vehicle_fts f "
            "JOIN vehicles v ON v.id = f.rowid WHERE search_vehicle_fts MATCH :key LIMIT :n");
        q.bindText(QStringLiteral(":key"), phrase)
            .bindInt(QStringLiteral(":n"), hits.remaining())
            .exec();
        while (q.next()) {
            const QString plateText = q.text(1);
            if (plateText.contains(t.upper, Qt::CaseInsensitive)) {
                hits.add(q.integer(0), kPlate, plateText);
            } else {
                hits.add(q.integer(0), QStringLiteral("vin"), q.text(2));
            }
        }
        q.finish();
    }
    // A long run of letters that already starts some name's pinyin is that name being typed
    // out in full ("shangluolilinjianshe…"): its trigram phrase would intersect dozens of
    // very common pinyin trigrams for no better hit, so the substring pass is skipped.
    const bool typedOutPinyin =
        t.isLetters && t.raw.size() >= kTypedOutPinyin && hits.size() > beforePinyin;
    if (!typedOutPinyin) {
        hits.lookup(
            "SELECT rowid FROM search_customer_fts WHERE search_customer_fts MATCH :key "
            "LIMIT :n",
            t.isDigits ? kPhone : kName, phrase, false, false);
    }
}

/// "138-1234" or "138 1234 5678": the phone's digits.
void lookupPhoneDigits(SearchHits& hits, const SearchText& t) {
    if (t.digits.size() >= 3 && t.digits != t.raw && hits.remaining() > 0) {
        hits.lookup("SELECT id FROM customers WHERE phone >= :lo AND phone < :hi LIMIT :n", kPhone,
                    t.digits, true, false);
    }
}

/// Fills name, phones, plates and visit dates of the (at most `limit`) customers found; drops a
/// customer deleted between the lookups and this query.
void fillDetails(SearchHits& hits) {
    auto& rows = hits.rows();
    QJsonArray ids;
    for (const SearchRow& r : rows) {
        ids.append(static_cast<qint64>(r.customerId));
    }
    Query& q = hits.query(
        "SELECT c.id, c.name, c.phone, c.phone2, c.invalid_reason IS NOT NULL, "
        "(SELECT group_concat(plate, ' ') FROM (SELECT plate FROM vehicles "
        "  WHERE customer_id = c.id AND plate IS NOT NULL ORDER BY id)), "
        "(SELECT min(visit_date) FROM visits WHERE customer_id = c.id AND voided_at IS NULL), "
        "(SELECT max(visit_date) FROM visits WHERE customer_id = c.id AND voided_at IS NULL) "
        "FROM customers c WHERE c.id IN (SELECT value FROM json_each(:ids))");
    q.bindText(QStringLiteral(":ids"),
               QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))
        .exec();
    while (q.next()) {
        const auto it = hits.seen().constFind(q.integer(0));
        if (it == hits.seen().constEnd()) {
            continue;
        }
        SearchRow& r = rows[*it];
        r.name = q.text(1);
        r.phone = q.text(2);
        r.phone2 = q.text(3);
        r.invalid = q.integer(4) != 0;
        const QString plates = q.text(5);
        r.plates = plates.isEmpty() ? QStringList() : plates.split(QLatin1Char(' '));
        r.firstVisit = q.date(6);
        r.lastVisit = q.date(7);
        if (r.matchedField == kPlate && r.plates.contains(r.matchedText)) {
            r.matchedText.clear();  // already visible in the plates column
        }
    }
    q.finish();
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const SearchRow& r) { return r.name.isEmpty(); }),
               rows.end());
}

}  // namespace

std::vector<SearchRow> SearchRepository::search(const QString& text, int limit) {
    const SearchText t = SearchText::of(text);
    if (t.raw.isEmpty() || limit <= 0) {
        return {};
    }
    SearchHits hits([this](const char* sql) -> Query& { return d_->query(sql); }, limit);
    lookupPlates(hits, t);
    lookupPhones(hits, t);
    lookupNames(hits, t);
    const std::size_t beforePinyin = hits.size();
    lookupPinyin(hits, t);
    lookupCodes(hits, t);
    lookupSubstrings(hits, t, beforePinyin);
    lookupPhoneDigits(hits, t);
    if (hits.size() == 0) {
        return {};
    }
    fillDetails(hits);
    return std::move(hits.rows());
}

void SearchRepository::reindexCustomer(std::int64_t customerId) {
    sqlite3* h = d_->db.handle();
    QString name;
    bool exists = false;
    {
        Query s(h, "SELECT name FROM customers WHERE id = ?1");
        s.bindInt(1, customerId);
        if (s.step()) {
            exists = true;
            name = s.text(0);
        }
    }
    {
        Query del(h, "DELETE FROM search_customer_fts WHERE rowid = ?1");
        del.bindInt(1, customerId);
        del.step();
    }
    {
        Query del(h,
                  "DELETE FROM search_vehicle_fts WHERE rowid IN "
                  "(SELECT id FROM vehicles WHERE customer_id = ?1)");
        del.bindInt(1, customerId);
        del.step();
    }
    if (!exists) {
        Query del(h, "DELETE FROM search_pinyin WHERE customer_id = ?1");
        del.bindInt(1, customerId);
        del.step();
        return;
    }
    const auto py = d_->transliterator().convert(name);
    {
        Query up(h,
                 "INSERT INTO search_pinyin (customer_id, name_src, pinyin, initials) "
                 "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (customer_id) DO UPDATE SET "
                 "name_src = excluded.name_src, pinyin = excluded.pinyin, "
                 "initials = excluded.initials");
        up.bindInt(1, customerId);
        up.bindUtf8(2, name.toUtf8());
        up.bindUtf8(3, py.full.toUtf8());
        up.bindUtf8(4, py.initials.toUtf8());
        up.step();
    }
    {
        const QByteArray sql = QByteArray(
                                   "INSERT INTO search_customer_fts (rowid, name, pinyin, phones) "
                                   "SELECT id, name, ?2, ") +
                               kPhonesExpr + " FROM customers WHERE id = ?1";
        Query ins(h, sql.constData());
        ins.bindInt(1, customerId);
        ins.bindUtf8(2, (py.full + QLatin1Char(' ') + py.initials).toUtf8());
        ins.step();
    }
    {
        Query ins(h,
                  "INSERT INTO search_vehicle_fts (rowid, plate, vin) "
                  "SELECT id, coalesce(plate, ''), coalesce(vin, '') FROM vehicles "
                  "WHERE customer_id = ?1");
        ins.bindInt(1, customerId);
        ins.step();
    }
}

void SearchRepository::rebuildAll() {
    sqlite3* h = d_->db.handle();
    execRaw(h, "DELETE FROM search_customer_fts");
    execRaw(h, "DELETE FROM search_vehicle_fts");
    execRaw(h, "DELETE FROM search_pinyin");
    {
        Query names(h, "SELECT id, name FROM customers");
        Query ins(h,
                  "INSERT INTO search_pinyin (customer_id, name_src, pinyin, initials) "
                  "VALUES (?1, ?2, ?3, ?4)");
        auto& tr = d_->transliterator();
        while (names.step()) {
            const QString name = names.text(1);
            const auto py = tr.convert(name);
            ins.bindInt(1, names.integer(0));
            ins.bindUtf8(2, name.toUtf8());
            ins.bindUtf8(3, py.full.toUtf8());
            ins.bindUtf8(4, py.initials.toUtf8());
            ins.step();
            ins.reset();
        }
    }
    const QByteArray sql =
        QByteArray(
            "INSERT INTO search_customer_fts (rowid, name, pinyin, phones) "
            "SELECT c.id, c.name, coalesce(p.pinyin || ' ' || p.initials, ''), ") +
        QByteArray(kPhonesExpr).replace("phone", "c.phone") +
        " FROM customers c LEFT JOIN search_pinyin p ON p.customer_id = c.id"
        " WHERE c.erased_at IS NULL";  // erased (PIPL) customers are not searched
    execRaw(h, sql.constData());
    execRaw(h,
            "INSERT INTO search_vehicle_fts (rowid, plate, vin) "
            "SELECT id, coalesce(plate, ''), coalesce(vin, '') FROM vehicles");
}

int SearchRepository::refreshStale(int maxRows) {
    sqlite3* h = d_->db.handle();
    std::vector<std::pair<std::int64_t, QString>> stale;
    {
        Query s(h,
                "SELECT p.customer_id, c.name FROM search_pinyin p "
                "JOIN customers c ON c.id = p.customer_id WHERE p.name_src IS NULL LIMIT ?1");
        s.bindInt(1, maxRows < 0 ? -1 : maxRows);
        while (s.step()) {
            stale.emplace_back(s.integer(0), s.text(1));
        }
    }
    if (stale.empty()) {
        return 0;
    }
    Query up(h,
             "UPDATE search_pinyin SET name_src = ?2, pinyin = ?3, initials = ?4 "
             "WHERE customer_id = ?1");
    Query fts(h, "UPDATE search_customer_fts SET pinyin = ?2 WHERE rowid = ?1");
    auto& tr = d_->transliterator();
    for (const auto& [id, name] : stale) {
        const auto py = tr.convert(name);
        up.bindInt(1, id);
        up.bindUtf8(2, name.toUtf8());
        up.bindUtf8(3, py.full.toUtf8());
        up.bindUtf8(4, py.initials.toUtf8());
        up.step();
        up.reset();
        fts.bindInt(1, id);
        fts.bindUtf8(2, (py.full + QLatin1Char(' ') + py.initials).toUtf8());
        fts.step();
        fts.reset();
    }
    return static_cast<int>(stale.size());
}

int SearchRepository::staleCount() const {
    Query s(d_->db.handle(),
            "SELECT (SELECT count(*) FROM search_pinyin WHERE name_src IS NULL) + "
            "max(0, (SELECT count(*) FROM customers) - (SELECT count(*) FROM search_pinyin))");
    return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

bool SearchRepository::hasStalePinyin() const {
    Query s(d_->db.handle(), "SELECT EXISTS (SELECT 1 FROM search_pinyin WHERE name_src IS NULL)");
    return s.step() && s.integer(0) != 0;
}

}  // namespace hc::storage
