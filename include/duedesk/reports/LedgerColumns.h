// LedgerColumns: the ledger list's columns, in the order they show: each
// one's heading, the raw value it sorts on and whether it is a number. One
// table for the core's LedgerSelection (which sorts on it) and the
// workstation's ledger model (which shows it), so the two cannot drift.
#pragma once

#include "duedesk/reports/LedgerList.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

namespace duedesk {

enum class LedgerColumn {
    Number,
    Name,
    Analyst,
    Currency,
    Balance,
    Unapplied,
    Overdue,
    NetOverdue,
    NetOverdueConverted,
    Disputed,
    OldestDays,
    CreditLimit,
    CreditUse,
    Risk,
    LastContact,
    NextFollowUp
};

// What a column sorts on: its text byte for byte, its text ignoring ASCII
// case, or a whole number (minor units, days, a percentage, a day number).
enum class LedgerSortKind { Text, FoldedText, Integer };

struct LedgerColumnSpec {
    LedgerColumn column;
    std::string_view heading; // in English; the workstation translates it
    LedgerSortKind sortKind;
    bool numeric; // an amount, a count or a percentage: shown right-aligned
};

inline constexpr std::array<LedgerColumnSpec, 16> kLedgerColumns{{
    {LedgerColumn::Number, "Account", LedgerSortKind::Text, false},
    {LedgerColumn::Name, "Name", LedgerSortKind::FoldedText, false},
    {LedgerColumn::Analyst, "Analyst", LedgerSortKind::Text, false},
    {LedgerColumn::Currency, "Currency", LedgerSortKind::Text, false},
    {LedgerColumn::Balance, "Balance", LedgerSortKind::Integer, true},
    {LedgerColumn::Unapplied, "Unapplied", LedgerSortKind::Integer, true},
    {LedgerColumn::Overdue, "Overdue", LedgerSortKind::Integer, true},
    {LedgerColumn::NetOverdue, "Net overdue", LedgerSortKind::Integer, true},
    // The workstation names the reporting currency: "Net overdue in GBP".
    {LedgerColumn::NetOverdueConverted, "Net overdue converted", LedgerSortKind::Integer, true},
    {LedgerColumn::Disputed, "Disputed", LedgerSortKind::Integer, true},
    {LedgerColumn::OldestDays, "Oldest days", LedgerSortKind::Integer, true},
    {LedgerColumn::CreditLimit, "Credit limit", LedgerSortKind::Integer, true},
    {LedgerColumn::CreditUse, "Use", LedgerSortKind::Integer, true},
    {LedgerColumn::Risk, "Risk", LedgerSortKind::Text, false},
    {LedgerColumn::LastContact, "Last contact", LedgerSortKind::Integer, false},
    {LedgerColumn::NextFollowUp, "Follow-up", LedgerSortKind::Integer, false},
}};

inline constexpr std::size_t kLedgerColumnCount = kLedgerColumns.size();

constexpr const LedgerColumnSpec& ledgerColumnSpec(LedgerColumn column) {
    return kLedgerColumns[static_cast<std::size_t>(column)];
}

namespace detail {
constexpr bool ledgerColumnsInOrder() {
    for (std::size_t i = 0; i < kLedgerColumns.size(); ++i)
        if (static_cast<std::size_t>(kLedgerColumns[i].column) != i) return false;
    return ledgerColumnSpec(LedgerColumn::NextFollowUp).column == LedgerColumn::NextFollowUp;
}
static_assert(ledgerColumnsInOrder(), "kLedgerColumns lists every LedgerColumn once, in declaration order");
} // namespace detail

// The text a Text or FoldedText column sorts on (before folding); empty for
// the other columns.
inline std::string_view ledgerSortText(const LedgerRow& row, LedgerColumn column) {
    switch (column) {
    case LedgerColumn::Number: return row.number;
    case LedgerColumn::Name: return row.name;
    case LedgerColumn::Analyst: return row.analyst; // "" (unassigned) first
    case LedgerColumn::Currency: return row.currency.code();
    case LedgerColumn::Risk: return row.riskClass;
    default: return {};
    }
}

// The number an Integer column sorts on. Amounts sort on their value in
// the reporting currency, so USD, EUR and GBP rows rank together; a row
// without a rate sorts below every converted amount (it is never guessed).
// An absent limit or use sorts below every present one; an account never
// contacted, or without a follow-up, below every date. 0 for text columns.
inline std::int64_t ledgerSortInteger(const LedgerRow& row, LedgerColumn column) {
    constexpr std::int64_t noDate = std::numeric_limits<std::int32_t>::min();
    constexpr std::int64_t noRate = std::numeric_limits<std::int64_t>::min();
    switch (column) {
    case LedgerColumn::Balance: return row.balanceConverted.value_or(noRate);
    case LedgerColumn::Unapplied: return row.unappliedConverted.value_or(noRate);
    case LedgerColumn::Overdue: return row.overdueConverted.value_or(noRate);
    case LedgerColumn::NetOverdue:
    case LedgerColumn::NetOverdueConverted: return row.netOverdueConverted.value_or(noRate);
    case LedgerColumn::Disputed: return row.disputedConverted.value_or(noRate);
    case LedgerColumn::OldestDays: return row.oldestDaysPastDue;
    case LedgerColumn::CreditLimit: return row.creditLimit ? row.creditLimitConverted.value_or(noRate + 1) : noRate;
    case LedgerColumn::CreditUse: return row.creditUsePercent.value_or(-1);
    case LedgerColumn::LastContact: return row.lastContact ? row.lastContact->dayNumber() : noDate;
    case LedgerColumn::NextFollowUp: return row.nextFollowUp ? row.nextFollowUp->dayNumber() : noDate;
    default: return 0;
    }
}

} // namespace duedesk
