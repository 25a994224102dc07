// libFuzzer target: the CSV import path without a database — decoding (UTF-8 / BOM / GB18030),
// CsvReader, VisitRowMapper on every record (Chinese and English messages) and the rejects file.
// Invariants: a record written back with formatRecord() reads back the same; the rejects CSV reads
// back one record per reject with the original row intact.
#include "FuzzSupport.h"
#include "hc/services/CsvReader.h"
#include "hc/services/VisitImportService.h"
#include "hc/services/VisitRowMapper.h"

#include <QByteArray>
#include <QDate>

using hc::services::CsvReader;
using hc::services::CsvRecord;
using hc::services::VisitRowMapper;

namespace {

/// Reads `record` back after a header line (so a leading U+FEFF in the record is not a BOM).
std::vector<CsvRecord> reread(const QString& record) {
    return CsvReader::parseAll(QStringLiteral("h\n") + record);
}

void checkRoundTrip(const CsvRecord& r) {
    if (r.unterminatedQuote) {
        return;
    }
    const auto fromFields = reread(CsvReader::formatRecord(r.fields));
    const bool blank = r.fields.size() == 1 && r.fields.front().isEmpty();
    if (!blank) {
        hc::fuzz::check(fromFields.size() == 2 && fromFields[1].fields == r.fields,
                        "formatRecord() does not read back", r.raw);
    }
    const auto fromRaw = reread(r.raw);
    hc::fuzz::check(fromRaw.size() == 2 && fromRaw[1].fields == r.fields,
                    "the raw record does not read back", r.raw);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    CsvReader::Encoding encoding{};
    const QString plain = CsvReader::decode(bytes, &encoding);
    const auto decoded = CsvReader::decodeChecked(bytes);
    hc::fuzz::check(decoded.ok == decoded.message.isEmpty(), "decode message and status disagree");
    if (!decoded.ok) {
        hc::fuzz::check(decoded.offset >= 0 && decoded.offset < bytes.size(),
                        "decode error offset outside the file");
        hc::fuzz::check(static_cast<unsigned char>(bytes.at(decoded.offset)) == decoded.byte,
                        "decode error names the wrong byte");
    }
    (void)CsvReader::encodingName(decoded.encoding);

    const auto records = CsvReader::parseAll(decoded.ok ? decoded.text : plain);
    int lastLine = 0;
    for (const auto& r : records) {
        hc::fuzz::check(r.line > lastLine, "record lines do not increase", r.raw);
        lastLine = r.line;
        checkRoundTrip(r);
    }
    if (records.empty()) {
        return 0;
    }

    const QDate today(2026, 6, 15);
    for (const auto language : {hc::domain::MessageLanguage::Zh, hc::domain::MessageLanguage::En}) {
        QString error;
        const auto mapper = VisitRowMapper::fromHeader(records.front().fields, language, &error);
        hc::fuzz::check(mapper.has_value() == error.isEmpty(), "header error and mapper disagree");
        if (!mapper) {
            continue;
        }
        hc::services::ImportSummary summary;
        for (std::size_t i = 1; i < records.size(); ++i) {
            const std::size_t before = summary.rejects.size();
            const auto row = mapper->map(records[i], today, summary.rejects);
            ++summary.rows;
            if (row) {
                hc::fuzz::check(summary.rejects.size() == before, "a mapped row has problems");
                hc::fuzz::check(row->visitDate.isValid() && row->visitDate <= today,
                                "visit date missing or in the future", records[i].raw);
                hc::fuzz::check(row->amountFen >= 0, "negative amount", records[i].raw);
                hc::fuzz::check(!row->plate.isEmpty() || !row->phone.isEmpty(),
                                "row without plate and phone", records[i].raw);
                hc::fuzz::check(VisitRowMapper::categoryKey(row->category).has_value(),
                                "unknown category key", row->category);
                ++summary.imported;
            } else {
                hc::fuzz::check(summary.rejects.size() > before, "a refused row has no problem");
                ++summary.rejected;
            }
        }
        for (int c = 0; c < VisitRowMapper::ColumnCount; ++c) {
            (void)mapper->headerOf(static_cast<VisitRowMapper::Column>(c));
        }
        // The rejects file reads back: UTF-8 with BOM, a header, one record per reject.
        const QByteArray rejects = hc::services::VisitImportService::rejectsCsv(summary);
        const auto back = CsvReader::decodeChecked(rejects);
        hc::fuzz::check(back.ok && back.encoding == CsvReader::Encoding::Utf8Bom,
                        "rejects file is not UTF-8 with BOM");
        const auto backRecords = CsvReader::parseAll(back.text);
        hc::fuzz::check(backRecords.size() == summary.rejects.size() + 1,
                        "rejects file has the wrong number of records");
        for (std::size_t i = 0; i < summary.rejects.size(); ++i) {
            hc::fuzz::check(backRecords[i + 1].fields.size() == 4,
                            "rejects record has not 4 fields", backRecords[i + 1].raw);
        }
    }
    return 0;
}
