// Generic CSV export, streamed: rows are formatted into a buffer written
// out in large blocks, so a two-million-row ledger needs little memory.
#include "duedesk/services/LedgerExport.h"

#include "duedesk/domain/Currency.h"
#include "duedesk/domain/Money.h"
#include "duedesk/importing/TextDecoding.h"
#include "duedesk/reports/CsvWriter.h"
#include "duedesk/storage/LedgerExportQuery.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace duedesk {

ExportSummary exportGenericCsv(LedgerDatabase& database, const std::string& path,
                               const std::function<void(std::int64_t, std::int64_t)>& progress) {
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "wb"), &std::fclose);
    if (!file) throw ImportFileError("cannot write " + path + ": " + std::strerror(errno));
    std::string buffer;
    buffer.reserve(1 << 20);
    const auto flush = [&] {
        if (std::fwrite(buffer.data(), 1, buffer.size(), file.get()) != buffer.size())
            throw ImportFileError("cannot write " + path + ": " + std::strerror(errno));
        buffer.clear();
    };

    // Read back by an import: every value exactly as stored, never neutralised.
    CsvWriter csv(buffer, CsvReader::Program);
    for (const char* h : {"account", "account_name", "document", "type", "document_date", "due_date", "currency",
                          "amount", "open_amount", "reference", "analyst"})
        csv.field(h);
    csv.endRow();

    LedgerExportQuery& query = database.ledgerExport();
    const std::int64_t total = query.count();
    ExportSummary summary;
    std::string lastCode;
    int digits = 2;
    query.forEach([&](const ExportedDocument& d) {
        if (d.currency != lastCode) {
            lastCode = d.currency;
            digits = Currency::fromCode(d.currency).value_or(Currency::of("EUR")).minorDigits();
        }
        csv.field(d.accountNumber).field(d.accountName).field(d.number).field(documentTypeName(d.type));
        csv.field(d.documentDate.toIso()).field(d.dueDate.toIso()).field(d.currency);
        csv.number(formatMinorUnits(d.amount, digits)).number(formatMinorUnits(d.openAmount, digits));
        csv.field(d.reference).field(d.analyst);
        csv.endRow();
        ++summary.documents;
        if (buffer.size() > (1 << 20) - 4096) flush();
        if (progress && summary.documents % 65536 == 0) progress(summary.documents, total);
    });
    flush();
    if (std::fflush(file.get()) != 0) throw ImportFileError("cannot write " + path + ": " + std::strerror(errno));
    if (progress) progress(summary.documents, total);
    return summary;
}

} // namespace duedesk
