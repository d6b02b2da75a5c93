// Header binding and per-value validation of import records.
#include "duedesk/importing/RecordMapper.h"

#include "domain/TrimBlanks.h"

#include "duedesk/domain/Money.h"

#include <algorithm>

namespace duedesk {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

std::string quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::size_t slot(ImportField f) { return static_cast<std::size_t>(f); }

std::string_view part(std::string_view value, ColumnPart p) {
    if (p == ColumnPart::Whole) return value;
    const std::size_t space = value.find(' ');
    if (p == ColumnPart::FirstWord) return space == std::string_view::npos ? value : value.substr(0, space);
    return space == std::string_view::npos ? std::string_view{} : trimBlanks(value.substr(space + 1));
}

} // namespace

RecordMapper::RecordMapper(ImportMapping mapping) : mapping_(std::move(mapping)) { columnIndex_.fill(-1); }

int RecordMapper::findColumn(const CsvRecord& header, const ColumnSpec& spec, std::string& label,
                             ImportProblems& problems) const {
    // The first of the accepted names (in the mapping's order of
    // preference) that the header has wins; that name twice is an error.
    for (const std::string& accepted : spec.headerNames) {
        int found = -1;
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            std::string_view name = trimBlanks(header.fields[i]);
            if (i == 0 && name.starts_with("\xEF\xBB\xBF")) name.remove_prefix(3);
            if (!equalsIgnoreCase(accepted, name)) continue;
            if (found >= 0) {
                problems.add(header.line, std::string(name), "column appears more than once");
                return found;
            }
            found = static_cast<int>(i);
            label = std::string(name);
        }
        if (found >= 0) return found;
    }
    return -1;
}

bool RecordMapper::bindHeader(const CsvRecord& header, ImportProblems& problems) {
    const std::size_t before = problems.total();
    columnIndex_.fill(-1);
    headerWidth_ = header.fields.size();
    for (const ColumnSpec& spec : mapping_.columns) {
        const std::size_t s = slot(spec.field);
        columnPart_[s] = spec.part;
        columnIndex_[s] = findColumn(header, spec, headerLabel_[s], problems);
    }
    bindFallbackColumns(header, problems);
    for (const ColumnSpec& spec : mapping_.columns) {
        const std::size_t s = slot(spec.field);
        if (columnIndex_[s] < 0) headerLabel_[s] = spec.headerNames.front();
        if (isRequiredField(spec.field) && columnIndex_[s] < 0)
            problems.add(header.line, spec.headerNames.front(), "required column is missing");
    }
    return problems.total() == before;
}

void RecordMapper::bindFallbackColumns(const CsvRecord& header, ImportProblems& problems) {
    // The fallback columns stand in together or not at all: an amount in
    // local currency is only meaningful with the local currency's code.
    const auto& fallbacks = mapping_.fallbackColumns;
    if (fallbacks.empty() ||
        std::ranges::all_of(fallbacks, [&](const ColumnSpec& spec) { return columnIndex_[slot(spec.field)] >= 0; }))
        return;
    ImportProblems found;
    std::array<int, kImportFieldCount> index{};
    std::array<std::string, kImportFieldCount> label;
    for (const ColumnSpec& spec : fallbacks) {
        index[slot(spec.field)] = findColumn(header, spec, label[slot(spec.field)], found);
        if (index[slot(spec.field)] < 0) return; // not all there: the usual columns stay
    }
    for (const ImportProblem& p : found.kept()) problems.add(p.line, p.column, p.reason);
    for (const ColumnSpec& spec : fallbacks) {
        const std::size_t s = slot(spec.field);
        columnIndex_[s] = index[s];
        headerLabel_[s] = label[s];
        columnPart_[s] = spec.part;
    }
}

std::string RecordMapper::columnLabel(ImportField field) const {
    const std::string& label = headerLabel_[slot(field)];
    return label.empty() ? std::string(importFieldName(field)) : label;
}

std::string_view RecordMapper::value(const CsvRecord& record, ImportField field) const {
    const int index = columnIndex_[slot(field)];
    if (index < 0 || static_cast<std::size_t>(index) >= record.fields.size()) return {};
    return part(trimBlanks(record.fields[static_cast<std::size_t>(index)]), columnPart_[slot(field)]);
}

bool RecordMapper::map(const CsvRecord& record, ImportRow& row, ImportProblems& problems) const {
    const std::size_t before = problems.total();
    const std::size_t line = record.line;
    const auto problem = [&](ImportField f, std::string reason) {
        problems.add(line, columnLabel(f), std::move(reason));
    };

    if (mapping_.strictWidth
            ? record.fields.size() != headerWidth_
            : record.fields.size() > headerWidth_ &&
                  std::any_of(record.fields.begin() + static_cast<std::ptrdiff_t>(headerWidth_), record.fields.end(),
                              [](std::string_view f) { return !trimBlanks(f).empty(); })) {
        problems.add(line, "row",
                     "has " + std::to_string(record.fields.size()) + " fields, the header has " +
                         std::to_string(headerWidth_));
        return false;
    }
    row = ImportRow{};
    row.line = line;

    const auto required = [&](ImportField f) {
        std::string_view v = value(record, f);
        if (v.empty()) problem(f, "is empty");
        return v;
    };
    row.account = required(ImportField::Account);
    row.accountName = value(record, ImportField::AccountName);
    row.document = required(ImportField::Document);
    row.reference = value(record, ImportField::Reference);
    row.analyst = value(record, ImportField::Analyst);

    bool typeKnown = false;
    const std::string_view code = required(ImportField::Type);
    if (!code.empty()) {
        for (const auto& [name, type] : mapping_.typeCodes) {
            if (equalsIgnoreCase(name, code)) {
                row.type = type;
                typeKnown = true;
                break;
            }
        }
        if (!typeKnown) {
            std::string allowed;
            for (const auto& entry : mapping_.typeCodes) allowed += (allowed.empty() ? "" : ", ") + entry.first;
            problem(ImportField::Type, quote(code) + " is not one of " + allowed);
        }
    }

    const std::string dateHint = " is not a valid date (" + mapping_.dates.pattern() + ")";
    bool documentDateOk = false;
    if (std::string_view text = required(ImportField::DocumentDate); !text.empty()) {
        if (auto d = mapping_.dates.read(text)) {
            row.documentDate = *d;
            documentDateOk = true;
        } else {
            problem(ImportField::DocumentDate, quote(text) + dateHint);
        }
    }

    if (std::string_view text = value(record, ImportField::DueDate); !text.empty()) {
        if (auto d = mapping_.dates.read(text)) {
            row.dueDate = *d;
            if (documentDateOk && row.dueDate < row.documentDate)
                problem(ImportField::DueDate,
                        row.dueDate.toIso() + " is before the document date " + row.documentDate.toIso());
        } else {
            problem(ImportField::DueDate, quote(text) + dateHint);
        }
    } else if (typeKnown && isDebit(row.type)) {
        problem(ImportField::DueDate, "is required for invoices");
    } else {
        row.dueDate = row.documentDate;
    }

    readAmounts(record, row, code, typeKnown, problems);
    return problems.total() == before;
}

bool RecordMapper::readAmounts(const CsvRecord& record, ImportRow& row, std::string_view typeCode, bool typeKnown,
                               ImportProblems& problems) const {
    const auto problem = [&](ImportField f, std::string reason) {
        problems.add(row.line, columnLabel(f), std::move(reason));
    };
    std::string_view currencyText = value(record, ImportField::Currency);
    if (currencyText.empty()) {
        problem(ImportField::Currency, "is empty");
        return false;
    }
    // Codes are almost always upper case already: only copy when not.
    std::optional<Currency> currency = Currency::fromCode(currencyText);
    if (!currency && currencyText.size() == 3) {
        std::string upper(currencyText);
        for (char& c : upper)
            if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        currency = Currency::fromCode(upper);
    }
    if (!currency) {
        problem(ImportField::Currency, quote(currencyText) + " is not an ISO 4217 currency code");
        // Amounts cannot be checked without knowing their decimals.
        if (value(record, ImportField::Amount).empty()) problem(ImportField::Amount, "is empty");
        return false;
    }
    row.currency = *currency;

    const std::string_view amountText = value(record, ImportField::Amount);
    if (amountText.empty()) {
        problem(ImportField::Amount, "is empty");
        return false;
    }
    std::string reason;
    const auto amount = mapping_.amounts.read(amountText, *currency, &reason);
    if (!amount) {
        problem(ImportField::Amount, reason);
        return false;
    }
    std::int64_t magnitude = *amount;
    if (!mapping_.signedAmounts) {
        if (*amount <= 0) {
            problem(ImportField::Amount, "must be positive: " + quote(amountText));
            return false;
        }
    } else {
        // Signed exports write credits negative: the sign must agree with
        // the type, and Duedesk keeps the magnitude.
        if (*amount == 0) {
            problem(ImportField::Amount, "must not be zero: " + quote(amountText));
            return false;
        }
        if (typeKnown && (*amount > 0) != isDebit(row.type)) {
            problem(ImportField::Amount, quote(amountText) + " is " + (*amount > 0 ? "positive" : "negative") +
                                             ", but " + quote(typeCode) + " is " +
                                             (isDebit(row.type) ? "an invoice type" : "a credit type"));
            return false;
        }
        magnitude = *amount < 0 ? -*amount : *amount;
    }
    row.amount = magnitude;
    row.openAmount = magnitude;

    const std::string_view openText = value(record, ImportField::OpenAmount);
    if (openText.empty()) return true;
    const auto open = mapping_.amounts.read(openText, *currency, &reason);
    if (!open) {
        problem(ImportField::OpenAmount, reason);
        return false;
    }
    std::int64_t openMagnitude = *open;
    if (mapping_.signedAmounts && *open != 0) {
        if ((*open < 0) != (*amount < 0)) {
            problem(ImportField::OpenAmount,
                    quote(openText) + " has the opposite sign of the amount " + quote(amountText));
            return false;
        }
        openMagnitude = *open < 0 ? -*open : *open;
    } else if (*open < 0) {
        problem(ImportField::OpenAmount, "must not be negative: " + quote(openText));
        return false;
    }
    if (openMagnitude > magnitude) {
        problem(ImportField::OpenAmount,
                quote(openText) + " is more than the amount " +
                    quote(mapping_.signedAmounts ? std::string(amountText)
                                                 : Money(magnitude, *currency).toDecimalString()));
        return false;
    }
    row.openAmount = openMagnitude;
    return true;
}

} // namespace duedesk
