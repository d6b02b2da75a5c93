// Writing the write-off journal. libxlsxwriter reports errors only when
// the workbook is closed, so every path ends in workbook_close.
#include "duedesk/reports/WriteOffJournal.h"

#include "duedesk/reports/AgingXlsx.h"
#include "duedesk/reports/CsvWriter.h"

#include <xlsxwriter.h>

#include <array>
#include <map>

namespace duedesk {
namespace {

constexpr std::array<const char*, 11> kHeadings{"write_off",    "account",  "account_name", "document",
                                                "amount",       "currency", "reason",       "requester",
                                                "requested_on", "approver", "approved_on"};

double majorUnits(const Money& m) {
    return static_cast<double>(m.minorUnits()) / static_cast<double>(m.currency().minorPerMajor());
}

std::string numberFormat(const Currency& c) {
    return c.minorDigits() == 0 ? "#,##0" : "#,##0." + std::string(static_cast<std::size_t>(c.minorDigits()), '0');
}

} // namespace

std::string renderWriteOffJournalCsv(const std::vector<WriteOffJournalLine>& lines) {
    std::string out;
    CsvWriter csv(out, CsvReader::Spreadsheet);
    for (const char* h : kHeadings) csv.field(h);
    csv.endRow();
    for (const WriteOffJournalLine& l : lines) {
        csv.number(std::to_string(l.writeOff));
        csv.field(l.accountNumber).field(l.accountName).field(l.document);
        csv.number(l.amount.toDecimalString()).field(l.amount.currency().code());
        csv.field(writeOffReasonLabel(l.reason)).field(l.requester).field(l.requestedOn.toIso());
        csv.field(l.approver).field(l.approvedOn.toIso());
        csv.endRow();
    }
    return out;
}

void writeWriteOffJournalXlsx(const std::vector<WriteOffJournalLine>& lines, const std::string& path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    if (!book) throw ExportError(path + ": the workbook could not be created");
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Write-offs");
    lxw_format* heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_bottom(heading, LXW_BORDER_THIN);
    std::map<std::string, lxw_format*> amountFormats;
    const auto amountFormat = [&](const Currency& c) {
        auto [it, added] = amountFormats.try_emplace(std::string(c.code()));
        if (added) {
            it->second = workbook_add_format(book);
            format_set_num_format(it->second, numberFormat(c).c_str());
        }
        return it->second;
    };
    worksheet_set_column(sheet, 0, 1, 12, nullptr);
    worksheet_set_column(sheet, 2, 2, 32, nullptr);
    worksheet_set_column(sheet, 3, 10, 14, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    for (std::size_t c = 0; c < kHeadings.size(); ++c)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), kHeadings[c], heading);
    lxw_row_t row = 1;
    for (const WriteOffJournalLine& l : lines) {
        lxw_col_t col = 0;
        worksheet_write_number(sheet, row, col++, static_cast<double>(l.writeOff), nullptr);
        worksheet_write_string(sheet, row, col++, l.accountNumber.c_str(), nullptr);
        worksheet_write_string(sheet, row, col++, l.accountName.c_str(), nullptr);
        worksheet_write_string(sheet, row, col++, l.document.c_str(), nullptr);
        worksheet_write_number(sheet, row, col++, majorUnits(l.amount), amountFormat(l.amount.currency()));
        worksheet_write_string(sheet, row, col++, std::string(l.amount.currency().code()).c_str(), nullptr);
        worksheet_write_string(sheet, row, col++, std::string(writeOffReasonLabel(l.reason)).c_str(), nullptr);
        worksheet_write_string(sheet, row, col++, l.requester.c_str(), nullptr);
        worksheet_write_string(sheet, row, col++, l.requestedOn.toIso().c_str(), nullptr);
        worksheet_write_string(sheet, row, col++, l.approver.c_str(), nullptr);
        worksheet_write_string(sheet, row, col++, l.approvedOn.toIso().c_str(), nullptr);
        ++row;
    }
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
        throw ExportError(path + ": " + lxw_strerror(error));
}

} // namespace duedesk
