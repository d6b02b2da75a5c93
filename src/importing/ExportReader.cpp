// Header search and row clean-up for export files.
#include "duedesk/importing/ExportReader.h"

#include "domain/TrimBlanks.h"

#include <algorithm>

namespace duedesk {
namespace {

constexpr char kSeparatorCandidates[] = {'\t', ';', '|', ','};

// Rule lines of printed lists: "-----", "|----|----|", "=====".
bool isRuleOrBlank(std::string_view field) {
    return std::ranges::all_of(
        field, [](char c) { return c == '-' || c == '=' || c == '+' || c == '|' || c == ' ' || c == '\t'; });
}

} // namespace

ExportReader::ExportReader(TextSource& source, const ImportMapping& mapping, RecordMapper& mapper,
                           std::size_t bufferSize)
    : source_(source), mapping_(mapping), mapper_(mapper), reader_(source, ',', bufferSize) {}

bool ExportReader::unframe(CsvRecord& record) const {
    if (!mapping_.framed || record.fields.size() < 2) return false;
    if (!trimBlanks(record.fields.front()).empty() || !trimBlanks(record.fields.back()).empty()) return false;
    record.fields.pop_back();
    record.fields.erase(record.fields.begin());
    return true;
}

bool ExportReader::isHeaderAgain(const CsvRecord& record) const {
    return record.fields.size() == headerNames_.size() &&
           std::ranges::equal(record.fields, headerNames_, [](std::string_view field, const std::string& name) {
               return std::ranges::equal(trimBlanks(field), name, [](char a, char b) {
                   const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
                   return lower(a) == lower(b);
               });
           });
}

ExportReader::Recognised ExportReader::recognise(const CsvRecord& record, bool framed) const {
    if (std::ranges::all_of(record.fields, isRuleOrBlank)) return {LineKind::Rule};
    for (std::string_view field : record.fields) {
        const std::string_view t = trimBlanks(field);
        if (t.empty()) continue;
        for (const std::string& prefix : mapping_.skipRowsStartingWith) {
            if (!t.starts_with(prefix)) continue;
            if (!mapping_.checkTotals) return {LineKind::Skipped};
            // The level is how often the marker repeats: "*", "**", "***".
            const std::size_t level = std::min(t.find_first_not_of(prefix.front()), t.size());
            return {LineKind::Total, level};
        }
        break;
    }
    if (isHeaderAgain(record)) return {LineKind::RepeatedHeader};
    // Between the blocks of a printed list SAP repeats its title lines
    // ("Customer Line Item Display", "Company Code 1000"); in a framed list
    // a row is always framed, and a line with no separator at all is text.
    if (headerFramed_ && !framed && record.fields.size() == 1) return {LineKind::Text};
    return {LineKind::Data};
}

bool ExportReader::tryHeaderAt(std::size_t offset, std::size_t line, char separator, ImportProblems& problems) {
    reader_.restart(offset, line, separator);
    CsvRecord record;
    try {
        if (!reader_.next(record) || record.line != line) return false;
    } catch (const CsvSyntaxError&) {
        return false;
    }
    headerFramed_ = unframe(record);
    if (!mapper_.bindHeader(record, problems)) return false;
    reader_.keepTextFromStart(false);
    // In an unconverted list a quote is text: `5" pipe`, `"ACME" order`.
    reader_.setQuotesAreText(headerFramed_);
    headerLine_ = line;
    separator_ = separator;
    headerNames_.clear();
    for (std::string_view name : record.fields) headerNames_.emplace_back(trimBlanks(name));
    if (mapping_.checkTotals) totals_.emplace(mapper_);
    return true;
}

bool ExportReader::readHeader(ImportProblems& problems) {
    // Each line is tried from the start of the text, kept until the header is found.
    reader_.keepTextFromStart(true);
    std::size_t offset = 0;
    std::size_t line = 1;
    const auto nextLine = [&] {
        offset = reader_.nextLineStart(offset);
        ++line;
    };

    if (mapping_.headerLine > 0) {
        while (line < static_cast<std::size_t>(mapping_.headerLine) && reader_.hasTextAt(offset)) nextLine();
        if (!reader_.hasTextAt(offset)) {
            problems.add(line, "header", "the file is empty");
            return false;
        }
        if (mapping_.separator) {
            // A fixed header line reports exactly what is wrong with it.
            if (tryHeaderAt(offset, line, *mapping_.separator, problems)) return true;
            if (problems.empty()) problems.add(line, "header", "the file is empty");
            return false;
        }
        for (char candidate : kSeparatorCandidates) {
            ImportProblems scratch;
            if (tryHeaderAt(offset, line, candidate, scratch)) return true;
        }
    } else {
        for (; line <= kHeaderSearchLines && reader_.hasTextAt(offset); nextLine()) {
            if (mapping_.separator) {
                ImportProblems scratch;
                if (tryHeaderAt(offset, line, *mapping_.separator, scratch)) return true;
                continue;
            }
            for (char candidate : kSeparatorCandidates) {
                ImportProblems scratch;
                if (tryHeaderAt(offset, line, candidate, scratch)) return true;
            }
        }
    }
    if (!reader_.hasTextAt(0)) {
        problems.add(1, "header", "the file is empty");
        return false;
    }
    std::string names;
    for (const ColumnSpec& spec : mapping_.columns)
        if (isRequiredField(spec.field)) names += (names.empty() ? "" : ", ") + spec.headerNames.front();
    problems.add(mapping_.headerLine > 0 ? static_cast<std::size_t>(mapping_.headerLine) : 1, "header",
                 "no header line naming the " + mapping_.profileName + " columns (" + names + ") was found" +
                     (mapping_.headerLine > 0 ? "" : " in the first " + std::to_string(kHeaderSearchLines) + " lines"));
    return false;
}

bool ExportReader::next(CsvRecord& record, ImportProblems& problems) {
    while (reader_.next(record)) {
        const bool framed = unframe(record);
        const Recognised line = recognise(record, framed);
        if (line.kind == LineKind::Data) {
            if (totals_) totals_->addRow(record, problems);
            return true;
        }
        if (line.kind == LineKind::Total && totals_) totals_->checkTotal(record, line.totalLevel, problems);
    }
    if (totals_) totals_->finish(problems);
    return false;
}

} // namespace duedesk
