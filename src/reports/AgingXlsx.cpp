// Writing the aging workbook. libxlsxwriter reports errors only when the
// workbook is closed, so every path ends in workbook_close.
#include "duedesk/reports/AgingXlsx.h"

#include "duedesk/reports/AgingRendering.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <map>

namespace duedesk {
namespace {

// "#,##0.00" for two decimals, "#,##0" for none, "#,##0.000" for three.
std::string numberFormat(const Currency& c) {
    return c.minorDigits() == 0 ? "#,##0" : "#,##0." + std::string(static_cast<std::size_t>(c.minorDigits()), '0');
}

double majorUnits(std::int64_t minor, const Currency& c) {
    return static_cast<double>(minor) / static_cast<double>(c.minorPerMajor());
}

} // namespace

void writeAgingXlsx(const AgingTable& table, const std::string& path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are written in order; no table of all cells in memory
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    if (!book) throw ExportError(path + ": the workbook could not be created");
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Aging");

    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* heading = workbook_add_format(book);
    format_set_bold(heading);
    format_set_bottom(heading, LXW_BORDER_THIN);
    lxw_format* headingRight = workbook_add_format(book);
    format_set_bold(headingRight);
    format_set_bottom(headingRight, LXW_BORDER_THIN);
    format_set_align(headingRight, LXW_ALIGN_RIGHT);
    // One number format per currency, plain and bold (for the totals).
    std::map<std::string, std::pair<lxw_format*, lxw_format*>> amountFormats;
    const auto amountFormat = [&](const Currency& c, bool total) {
        auto [it, added] = amountFormats.try_emplace(std::string(c.code()));
        if (added) {
            const std::string pattern = numberFormat(c);
            it->second.first = workbook_add_format(book);
            format_set_num_format(it->second.first, pattern.c_str());
            it->second.second = workbook_add_format(book);
            format_set_num_format(it->second.second, pattern.c_str());
            format_set_bold(it->second.second);
        }
        return total ? it->second.second : it->second.first;
    };

    const std::vector<std::string> headings = agingColumnHeadings(table);
    const auto textColumns = static_cast<lxw_col_t>(headings.size() - table.options.buckets.count() - 3);
    const bool byAccount = table.options.grouping == OpenItemGrouping::Account;
    worksheet_set_column(sheet, 0, 0, byAccount ? 12 : 16, nullptr);
    if (textColumns > 1)
        worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(textColumns - 1), byAccount ? 32 : 10, nullptr);
    worksheet_set_column(sheet, textColumns, static_cast<lxw_col_t>(headings.size() - 1), 15, nullptr);
    worksheet_freeze_panes(sheet, 3, 0);
    worksheet_write_string(sheet, 0, 0, agingTitle(table).c_str(), bold);
    for (std::size_t c = 0; c < headings.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(sheet, 2, col, headings[c].c_str(), col < textColumns ? heading : headingRight);
    }
    lxw_row_t row = 3;
    const auto writeRow = [&](const AgingRow& r, bool total) {
        lxw_col_t col = 0;
        lxw_format* text = total ? bold : nullptr;
        worksheet_write_string(sheet, row, col++, r.key.c_str(), text);
        if (byAccount) worksheet_write_string(sheet, row, col++, r.label.c_str(), text);
        if (table.options.grouping != OpenItemGrouping::Currency)
            worksheet_write_string(sheet, row, col++, std::string(r.currency.code()).c_str(), text);
        for (std::int64_t v : r.buckets)
            worksheet_write_number(sheet, row, col++, majorUnits(v, r.currency), amountFormat(r.currency, total));
        worksheet_write_number(sheet, row, col++, majorUnits(r.unapplied, r.currency), amountFormat(r.currency, total));
        worksheet_write_number(sheet, row, col++, majorUnits(r.total, r.currency), amountFormat(r.currency, total));
        worksheet_write_number(sheet, row, col++, majorUnits(r.disputed, r.currency), amountFormat(r.currency, total));
        ++row;
    };
    for (const AgingRow& r : table.rows) writeRow(r, false);
    for (const AgingRow& r : table.totals) writeRow(r, true);

    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
        throw ExportError(path + ": " + lxw_strerror(error));
}

} // namespace duedesk
