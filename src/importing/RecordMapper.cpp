// Header binding and per-value validation of import records.
#include "duedesk/importing/RecordMapper.h"

#include "duedesk/domain/Money.h"

#include <algorithm>

namespace duedesk {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

std::string quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::size_t fieldSlot(ImportField f) { return static_cast<std::size_t>(f); }

} // namespace

RecordMapper::RecordMapper(ImportMapping mapping) : mapping_(std::move(mapping)) { columnIndex_.fill(-1); }

bool RecordMapper::bindHeader(const CsvRecord& header, ImportProblems& problems) {
    columnIndex_.fill(-1);
    headerWidth_ = header.fields.size();
    bool ok = true;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        std::string_view name = trim(header.fields[i]);
        // A UTF-8 byte order mark is removed before parsing; an Excel-style
        // one left inside quotes is removed here.
        if (i == 0 && name.starts_with("\xEF\xBB\xBF")) name.remove_prefix(3);
        for (const ColumnSpec& spec : mapping_.columns) {
            const bool matches = std::ranges::any_of(spec.headerNames, [&](const std::string& accepted) {
                return equalsIgnoreCase(accepted, name);
            });
            if (!matches) continue;
            const std::size_t slot = fieldSlot(spec.field);
            if (columnIndex_[slot] >= 0) {
                problems.add(header.line, std::string(name), "column appears more than once");
                ok = false;
            } else {
                columnIndex_[slot] = static_cast<int>(i);
                headerLabel_[slot] = std::string(name);
            }
        }
    }
    for (const ColumnSpec& spec : mapping_.columns) {
        const std::size_t slot = fieldSlot(spec.field);
        if (headerLabel_[slot].empty()) headerLabel_[slot] = spec.headerNames.front();
        if (spec.required && columnIndex_[slot] < 0) {
            problems.add(header.line, spec.headerNames.front(), "required column is missing");
            ok = false;
        }
    }
    return ok;
}

std::string RecordMapper::columnLabel(ImportField field) const { return headerLabel_[fieldSlot(field)]; }

std::string_view RecordMapper::value(const CsvRecord& record, ImportField field) const {
    const int index = columnIndex_[fieldSlot(field)];
    if (index < 0 || static_cast<std::size_t>(index) >= record.fields.size()) return {};
    return trim(record.fields[static_cast<std::size_t>(index)]);
}

std::optional<Date> RecordMapper::parseDate(std::string_view text) const {
    switch (mapping_.dateFormat) {
    case DateFormat::IsoYmd: return Date::parseIso(text);
    }
    return std::nullopt;
}

bool RecordMapper::map(const CsvRecord& record, ImportRow& row, ImportProblems& problems) const {
    const std::size_t before = problems.total();
    const std::size_t line = record.line;
    const auto problem = [&](ImportField f, std::string reason) { problems.add(line, columnLabel(f), std::move(reason)); };

    if (record.fields.size() != headerWidth_) {
        problems.add(line, "row", "has " + std::to_string(record.fields.size()) + " fields, the header has " +
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
    if (std::string_view code = required(ImportField::Type); !code.empty()) {
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

    bool documentDateOk = false;
    if (std::string_view text = required(ImportField::DocumentDate); !text.empty()) {
        if (auto d = parseDate(text)) {
            row.documentDate = *d;
            documentDateOk = true;
        } else {
            problem(ImportField::DocumentDate, quote(text) + " is not a valid date (YYYY-MM-DD)");
        }
    }

    if (std::string_view text = value(record, ImportField::DueDate); !text.empty()) {
        if (auto d = parseDate(text)) {
            row.dueDate = *d;
            if (documentDateOk && row.dueDate < row.documentDate)
                problem(ImportField::DueDate,
                        row.dueDate.toIso() + " is before the document date " + row.documentDate.toIso());
        } else {
            problem(ImportField::DueDate, quote(text) + " is not a valid date (YYYY-MM-DD)");
        }
    } else if (typeKnown && row.type == DocumentType::Invoice) {
        problem(ImportField::DueDate, "is required for invoices");
    } else {
        row.dueDate = row.documentDate;
    }

    std::optional<Currency> currency;
    if (std::string_view code = required(ImportField::Currency); !code.empty()) {
        std::string upper(code);
        for (char& c : upper)
            if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        currency = Currency::fromCode(upper);
        if (currency)
            row.currency = *currency;
        else
            problem(ImportField::Currency, quote(code) + " is not an ISO 4217 currency code");
    }

    if (std::string_view text = required(ImportField::Amount); !text.empty() && currency) {
        std::string reason;
        if (auto amount = Money::parse(text, *currency, &reason)) {
            if (!amount->isPositive())
                problem(ImportField::Amount, "must be positive: " + quote(text));
            else
                row.amount = amount->minorUnits();
        } else {
            problem(ImportField::Amount, reason);
        }
    }

    row.openAmount = row.amount;
    if (std::string_view text = value(record, ImportField::OpenAmount); !text.empty() && currency) {
        std::string reason;
        if (auto open = Money::parse(text, *currency, &reason)) {
            if (open->isNegative())
                problem(ImportField::OpenAmount, "must not be negative: " + quote(text));
            else if (row.amount > 0 && open->minorUnits() > row.amount)
                problem(ImportField::OpenAmount,
                        quote(text) + " is more than the amount " + quote(Money(row.amount, *currency).toDecimalString()));
            else
                row.openAmount = open->minorUnits();
        } else {
            problem(ImportField::OpenAmount, reason);
        }
    }
    return problems.total() == before;
}

} // namespace duedesk
