// Text, CSV and JSON forms of the aging table.
#include "duedesk/reports/AgingRendering.h"

#include "duedesk/domain/Money.h"
#include "duedesk/reports/CsvWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace duedesk {
namespace {

// The currency column repeats the group when grouping by currency.
bool showsCurrencyColumn(const AgingTable& t) { return t.options.grouping != OpenItemGrouping::Currency; }
bool showsNameColumn(const AgingTable& t) { return t.options.grouping == OpenItemGrouping::Account; }

std::string amount(std::int64_t minor, const Currency& c, bool grouped) {
    return formatMinorUnits(minor, c.minorDigits(), grouped ? ',' : '\0');
}

std::vector<std::string> cells(const AgingTable& t, const AgingRow& row, bool grouped) {
    std::vector<std::string> out{row.key};
    if (showsNameColumn(t)) out.push_back(row.label);
    if (showsCurrencyColumn(t)) out.emplace_back(row.currency.code());
    for (std::int64_t v : row.buckets) out.push_back(amount(v, row.currency, grouped));
    out.push_back(amount(row.unapplied, row.currency, grouped));
    out.push_back(amount(row.total, row.currency, grouped));
    out.push_back(amount(row.disputed, row.currency, grouped));
    return out;
}

std::vector<std::string> headings(const AgingTable& t, bool forCsv) {
    std::vector<std::string> out{forCsv ? std::string(groupingName(t.options.grouping))
                                        : std::string(groupingHeading(t.options.grouping))};
    if (showsNameColumn(t)) out.emplace_back(forCsv ? "name" : "Name");
    if (showsCurrencyColumn(t)) out.emplace_back(forCsv ? "currency" : "Currency");
    for (std::size_t i = 0; i < t.options.buckets.count(); ++i) out.push_back(t.options.buckets.label(i));
    out.emplace_back(forCsv ? "unapplied" : "Unapplied");
    out.emplace_back(forCsv ? "total" : "Total");
    // Part of the total, not added to it: what disputes withhold.
    out.emplace_back(forCsv ? "disputed" : "Disputed");
    return out;
}

// UTF-8 aware width, so names with accents line up.
std::size_t displayWidth(std::string_view s) {
    return static_cast<std::size_t>(std::ranges::count_if(s, [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string title(const AgingTable& t) {
    return "Aging as of " + t.options.asOf.toIso() + " by " + std::string(groupingName(t.options.grouping)) +
           (t.options.basis == AgingBasis::DueDate ? ", days past due date" : ", days past document date");
}

} // namespace

std::vector<std::string> agingColumnHeadings(const AgingTable& table) { return headings(table, false); }
std::string agingTitle(const AgingTable& table) { return title(table); }

std::string renderAgingText(const AgingTable& t) {
    const std::vector<std::string> head = headings(t, false);
    std::vector<std::vector<std::string>> body;
    for (const AgingRow& r : t.rows) body.push_back(cells(t, r, true));
    std::vector<std::vector<std::string>> foot;
    for (const AgingRow& r : t.totals) foot.push_back(cells(t, r, true));

    // Text columns (group, name, currency) align left, amounts right.
    const std::size_t textColumns = 1 + (showsNameColumn(t) ? 1 : 0) + (showsCurrencyColumn(t) ? 1 : 0);
    std::vector<std::size_t> width(head.size(), 0);
    for (const auto* block : {&body, &foot})
        for (const auto& row : *block)
            for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], displayWidth(row[i]));
    for (std::size_t i = 0; i < head.size(); ++i) width[i] = std::max(width[i], displayWidth(head[i]));

    std::string out = title(t) + "\n\n";
    const auto line = [&](const std::vector<std::string>& row) {
        std::string text;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) text += "  ";
            const std::string pad(width[i] - displayWidth(row[i]), ' ');
            text += i < textColumns ? row[i] + pad : pad + row[i];
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out += text + "\n";
    };
    line(head);
    std::size_t ruleWidth = 2 * (width.size() - 1);
    for (std::size_t w : width) ruleWidth += w;
    const std::string rule(ruleWidth, '-');
    out += rule + "\n";
    if (body.empty()) out += "No open items.\n";
    for (const auto& row : body) line(row);
    if (!foot.empty()) {
        out += rule + "\n";
        for (const auto& row : foot) line(row);
    }
    return out;
}

std::string renderAgingCsv(const AgingTable& t) {
    std::string out;
    CsvWriter csv(out, CsvReader::Spreadsheet);
    // The as-of date is a column, not a title line: every row says which
    // day it is for, and the file stays one table a spreadsheet or a
    // program reads by its header.
    const std::string asOf = t.options.asOf.toIso();
    csv.field("as_of");
    for (const std::string& h : headings(t, true)) csv.field(h);
    csv.endRow();
    // The first cells are text (group, name, currency); the rest amounts.
    const std::size_t textCells = 1 + (showsNameColumn(t) ? 1 : 0) + (showsCurrencyColumn(t) ? 1 : 0);
    for (const auto* rows : {&t.rows, &t.totals}) {
        for (const AgingRow& r : *rows) {
            const std::vector<std::string> row = cells(t, r, false);
            csv.field(asOf);
            for (std::size_t i = 0; i < row.size(); ++i) i < textCells ? csv.field(row[i]) : csv.number(row[i]);
            csv.endRow();
        }
    }
    return out;
}

std::string renderAgingJson(const AgingTable& t) {
    using json = nlohmann::ordered_json;
    const auto rowJson = [&](const AgingRow& r) {
        json j;
        j[std::string(groupingName(t.options.grouping))] = r.key;
        if (showsNameColumn(t)) j["name"] = r.label;
        j["currency"] = std::string(r.currency.code());
        json buckets = json::object();
        for (std::size_t i = 0; i < r.buckets.size(); ++i)
            buckets[t.options.buckets.label(i)] = amount(r.buckets[i], r.currency, false);
        j["buckets"] = std::move(buckets);
        j["unapplied"] = amount(r.unapplied, r.currency, false);
        j["total"] = amount(r.total, r.currency, false);
        j["disputed"] = amount(r.disputed, r.currency, false);
        return j;
    };
    json doc;
    doc["as_of"] = t.options.asOf.toIso();
    doc["by"] = std::string(groupingName(t.options.grouping));
    doc["basis"] = t.options.basis == AgingBasis::DueDate ? "due" : "document";
    json labels = json::array();
    for (std::size_t i = 0; i < t.options.buckets.count(); ++i) labels.push_back(t.options.buckets.label(i));
    doc["buckets"] = std::move(labels);
    doc["rows"] = json::array();
    for (const AgingRow& r : t.rows) doc["rows"].push_back(rowJson(r));
    doc["totals"] = json::array();
    for (const AgingRow& r : t.totals) doc["totals"].push_back(rowJson(r));
    return doc.dump(2) + "\n";
}

} // namespace duedesk
