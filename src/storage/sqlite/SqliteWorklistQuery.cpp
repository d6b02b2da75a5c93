// SQL for the worklist's facts: one statement per table, each reading only
// the analyst's accounts through the accounts_analyst index and each
// table's account index.
#include "storage/sqlite/SqliteWorklistQuery.h"

#include "duedesk/domain/Document.h"
#include "storage/sqlite/Sqlite.h"

#include <algorithm>
#include <unordered_map>

namespace duedesk {
namespace {

// Days past due in the four age bands: 1-30, 31-60, 61-90, over 90.
std::size_t ageBand(int daysPastDue) {
    if (daysPastDue <= 30) return 0;
    if (daysPastDue <= 60) return 1;
    if (daysPastDue <= 90) return 2;
    return 3;
}

} // namespace

std::vector<WorklistAccountFacts> SqliteWorklistQuery::forAnalyst(UserId analyst, Date on) {
    sqlite::Connection& c = database_.connection();
    std::vector<WorklistAccountFacts> facts;
    std::unordered_map<AccountId, std::size_t> index;
    {
        // An account referred to an agency or a solicitor on the day is out
        // of the worklist altogether (docs/escalations.md): one probe of
        // the referrals_account index per account. Every later statement
        // skips the accounts not read here.
        sqlite::Statement s(c, "SELECT a.id, a.number, a.name, a.risk_class, a.customer_type FROM accounts a "
                               "WHERE a.analyst_id = ?1 AND NOT EXISTS (SELECT 1 FROM referrals r "
                               "WHERE r.account_id = a.id AND r.referred_on <= ?2 "
                               "AND (r.closed_on IS NULL OR r.closed_on > ?2)) ORDER BY a.number");
        s.bind(1, analyst).bind(2, on.dayNumber());
        while (s.step()) {
            WorklistAccountFacts f;
            f.id = s.int64(0);
            f.number = s.string(1);
            f.name = s.string(2);
            f.riskClass = s.string(3);
            f.customerType = s.string(4);
            index.emplace(f.id, facts.size());
            facts.push_back(std::move(f));
        }
    }
    const auto factsOf = [&](AccountId id) -> WorklistAccountFacts* {
        const auto it = index.find(id);
        return it == index.end() ? nullptr : &facts[it->second];
    };
    // What disputes active on the day withhold on each invoice.
    std::unordered_map<DocumentId, std::int64_t> disputed;
    {
        sqlite::Statement s(
            c, "SELECT dd.document_id, sum(dd.amount) FROM accounts a "
               "JOIN disputes s ON s.account_id = a.id "
               "JOIN dispute_documents dd ON dd.dispute_id = s.id "
               "WHERE a.analyst_id = ?1 AND s.raised_on <= ?2 AND (s.closed_on IS NULL OR s.closed_on > ?2) "
               "GROUP BY dd.document_id");
        s.bind(1, analyst).bind(2, on.dayNumber());
        while (s.step()) disputed.emplace(s.int64(0), s.int64(1));
    }
    {
        // Open invoices already due, from the partial index
        // documents_open_items alone (it holds only open documents, with
        // every column read here; the id is the row id every index holds).
        sqlite::Statement s(c, "SELECT d.account_id, d.currency, d.due_date, d.open_amount, d.id FROM accounts a "
                               "JOIN documents d ON d.account_id = a.id AND d.open_amount <> 0 "
                               "WHERE a.analyst_id = ? AND d.type = 1 AND d.due_date < ?");
        s.bind(1, analyst).bind(2, on.dayNumber());
        while (s.step()) {
            WorklistAccountFacts* f = factsOf(s.int64(0));
            const auto currency = Currency::fromCode(s.text(1));
            if (!f || !currency) continue;
            const Date due = Date::fromDayNumber(s.int32(2));
            std::int64_t open = s.int64(3);
            if (const auto held = disputed.find(s.int64(4)); held != disputed.end())
                open = std::max<std::int64_t>(0, open - held->second);
            if (open <= 0) {
                // Every unit disputed: it stays out until the dispute closes.
                if (f->overdue.empty()) f->overdueAllDisputed = true;
                continue;
            }
            f->overdueAllDisputed = false;
            auto it = std::ranges::find(f->overdue, *currency, &OverdueByAge::currency);
            if (it == f->overdue.end()) {
                f->overdue.push_back({*currency, {}});
                it = f->overdue.end() - 1;
            }
            it->minor[ageBand(on - due)] += open;
            if (!f->oldestOverdueDue || due < *f->oldestOverdueDue) f->oldestOverdueDue = due;
        }
    }
    {
        sqlite::Statement s(c, "SELECT e.id, e.account_id, e.due_on, e.action, e.owner_id, e.note, e.from_contact_id, "
                               "e.created_by, e.created_on FROM accounts a "
                               "JOIN diary_entries e ON e.account_id = a.id AND e.done_on IS NULL "
                               "WHERE a.analyst_id = ? ORDER BY e.due_on, e.id");
        s.bind(1, analyst);
        while (s.step()) {
            WorklistAccountFacts* f = factsOf(s.int64(1));
            if (!f) continue;
            const Date due = Date::fromDayNumber(s.int32(2));
            if (!f->nextEntryDue) f->nextEntryDue = due;
            if (due > on) continue;
            DiaryEntry e;
            e.id = s.int64(0);
            e.accountId = f->id;
            e.dueOn = due;
            e.action = diaryActionFromName(s.text(3)).value_or(DiaryAction::Call);
            e.ownerId = s.optionalInt64(4);
            e.note = s.string(5);
            e.fromContactId = s.optionalInt64(6);
            e.createdBy = s.optionalInt64(7);
            e.createdOn = Date::fromDayNumber(s.int32(8));
            f->dueEntries.push_back(std::move(e));
        }
    }
    {
        sqlite::Statement s(c, "SELECT h.id, h.account_id, h.placed_on, h.until_on, h.reason FROM accounts a "
                               "JOIN holds h ON h.account_id = a.id "
                               "WHERE a.analyst_id = ? AND h.placed_on <= ? AND h.until_on > ? "
                               "AND (h.released_on IS NULL OR h.released_on > ?)");
        s.bind(1, analyst).bind(2, on.dayNumber()).bind(3, on.dayNumber()).bind(4, on.dayNumber());
        while (s.step()) {
            WorklistAccountFacts* f = factsOf(s.int64(1));
            if (!f) continue;
            Hold h;
            h.id = s.int64(0);
            h.accountId = f->id;
            h.placedOn = Date::fromDayNumber(s.int32(2));
            h.untilOn = Date::fromDayNumber(s.int32(3));
            h.reason = s.string(4);
            f->hold = std::move(h);
        }
    }
    {
        sqlite::Statement s(c, "SELECT l.account_id, max(l.contacted_on) FROM accounts a "
                               "JOIN contact_log l ON l.account_id = a.id "
                               "WHERE a.analyst_id = ? AND l.contacted_on <= ? GROUP BY l.account_id");
        s.bind(1, analyst).bind(2, on.dayNumber());
        while (s.step())
            if (WorklistAccountFacts* f = factsOf(s.int64(0))) f->lastContact = Date::fromDayNumber(s.int32(1));
    }
    return facts;
}

int SqliteWorklistQuery::accountsWorked(UserId analyst, Date on) {
    sqlite::Statement s(
        database_.connection(),
        "SELECT count(DISTINCT account_id) FROM contact_log WHERE recorded_by = ? AND contacted_on = ?");
    s.bind(1, analyst).bind(2, on.dayNumber());
    return s.step() ? s.int32(0) : 0;
}

} // namespace duedesk
