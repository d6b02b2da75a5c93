// SQL for collection strategies, their rules, assignments and steps done.
#include "storage/sqlite/SqliteStrategyRepository.h"

#include <string>

namespace duedesk {
namespace {

// The columns of an assignment, in the order readAssignment takes them.
constexpr const char* kAssignmentColumns =
    "s.id, s.account_id, s.strategy_id, s.rule_id, s.is_challenger, s.assigned_on, s.ended_on";

StrategyAssignment readAssignment(const sqlite::Statement& s) {
    StrategyAssignment a;
    a.id = s.int64(0);
    a.accountId = s.int64(1);
    a.strategyId = s.int64(2);
    a.ruleId = s.optionalInt64(3);
    a.challenger = s.int64(4) != 0;
    a.assignedOn = Date::fromDayNumber(s.int32(5));
    if (!s.isNull(6)) a.endedOn = Date::fromDayNumber(s.int32(6));
    return a;
}

DiaryAction readAction(const sqlite::Statement& s, int column) {
    const auto action = diaryActionFromName(s.text(column));
    if (!action) throw StorageError("the ledger holds a strategy step with an unknown action: " + s.string(column));
    return *action;
}

// Ranks are unique: while rules are rewritten, those kept are parked on
// ranks no caller can give (below any int) so that two rules trading
// ranks never collide midway.
constexpr std::int64_t kParkedRank = -(std::int64_t{1} << 40);

} // namespace

SqliteStrategyRepository::SqliteStrategyRepository(SqliteLedgerDatabase& database)
    : database_(database),
      insertAssignment_(database.connection(),
                        "INSERT INTO strategy_assignments (account_id, strategy_id, rule_id, is_challenger, "
                        "assigned_on) VALUES (?, ?, ?, ?, ?)"),
      endAssignment_(database.connection(),
                     "UPDATE strategy_assignments SET ended_on = ? WHERE account_id = ? AND ended_on IS NULL") {}

std::vector<Strategy> SqliteStrategyRepository::readStrategies(std::string_view where,
                                                               const std::function<void(sqlite::Statement&)>& bind) {
    // One query: each strategy's row repeats beside each of its steps.
    sqlite::Statement s(database_.connection(),
                        "SELECT s.id, s.name, s.description, s.active, t.days_past_due, t.action, t.label "
                        "FROM strategies s LEFT JOIN strategy_steps t ON t.strategy_id = s.id " +
                            std::string(where) + " ORDER BY s.name, s.id, t.days_past_due");
    bind(s);
    std::vector<Strategy> out;
    while (s.step()) {
        if (out.empty() || out.back().id != s.int64(0)) {
            Strategy strategy;
            strategy.id = s.int64(0);
            strategy.name = s.string(1);
            strategy.description = s.string(2);
            strategy.active = s.int64(3) != 0;
            out.push_back(std::move(strategy));
        }
        if (!s.isNull(4)) out.back().steps.push_back({s.int32(4), readAction(s, 5), s.string(6)});
    }
    return out;
}

std::vector<Strategy> SqliteStrategyRepository::strategies() {
    return readStrategies("", [](sqlite::Statement&) {});
}

std::optional<Strategy> SqliteStrategyRepository::find(StrategyId id) {
    auto found = readStrategies("WHERE s.id = ?", [id](sqlite::Statement& s) { s.bind(1, id); });
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::optional<Strategy> SqliteStrategyRepository::findByName(std::string_view name) {
    // The column's NOCASE collation makes the comparison ignore case.
    auto found = readStrategies("WHERE s.name = ?", [name](sqlite::Statement& s) { s.bind(1, name); });
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

StrategyId SqliteStrategyRepository::save(const Strategy& strategy) {
    sqlite::Connection& c = database_.connection();
    StrategyId id = strategy.id;
    if (id == 0) {
        sqlite::Statement s(c, "INSERT INTO strategies (name, description, active) VALUES (?, ?, ?)");
        s.bind(1, strategy.name).bind(2, strategy.description).bind(3, strategy.active ? 1 : 0).run();
        id = c.lastInsertId();
    } else {
        sqlite::Statement s(c, "UPDATE strategies SET name = ?, description = ?, active = ? WHERE id = ?");
        s.bind(1, strategy.name).bind(2, strategy.description).bind(3, strategy.active ? 1 : 0).bind(4, id).run();
        if (c.changes() == 0) throw StorageError("no strategy with id " + std::to_string(id));
        sqlite::Statement clear(c, "DELETE FROM strategy_steps WHERE strategy_id = ?");
        clear.bind(1, id).run();
    }
    sqlite::Statement step(
        c, "INSERT INTO strategy_steps (strategy_id, days_past_due, action, label) VALUES (?, ?, ?, ?)");
    for (const StrategyStep& st : strategy.steps)
        step.bind(1, id).bind(2, st.daysPastDue).bind(3, diaryActionName(st.action)).bind(4, st.label).run();
    return id;
}

void SqliteStrategyRepository::deactivate(StrategyId id) {
    sqlite::Statement s(database_.connection(), "UPDATE strategies SET active = 0 WHERE id = ?");
    s.bind(1, id).run();
}

std::vector<StrategyRule> SqliteStrategyRepository::rules() {
    sqlite::Statement s(database_.connection(),
                        "SELECT id, rank, strategy_id, challenger_id, challenger_percent, risk_class, customer_type, "
                        "min_overdue, max_overdue FROM strategy_rules ORDER BY rank");
    std::vector<StrategyRule> out;
    while (s.step()) {
        StrategyRule r;
        r.id = s.int64(0);
        r.rank = s.int32(1);
        r.strategyId = s.int64(2);
        r.challengerId = s.optionalInt64(3);
        r.challengerPercent = s.int32(4);
        r.riskClass = s.string(5);
        r.customerType = s.string(6);
        r.minOverdue = s.optionalInt64(7);
        r.maxOverdue = s.optionalInt64(8);
        out.push_back(std::move(r));
    }
    return out;
}

void SqliteStrategyRepository::replaceRules(std::span<const StrategyRule> rules) {
    sqlite::Connection& c = database_.connection();
    std::string kept;
    for (const StrategyRule& r : rules)
        if (r.id != 0) kept += (kept.empty() ? "" : ",") + std::to_string(r.id);
    const std::string notKept = kept.empty() ? "" : " WHERE id NOT IN (" + kept + ")";
    const std::string ruleNotKept = kept.empty() ? "" : " AND rule_id NOT IN (" + kept + ")";
    c.exec("UPDATE strategy_assignments SET rule_id = NULL WHERE rule_id IS NOT NULL" + ruleNotKept);
    c.exec("DELETE FROM strategy_rules" + notKept);
    c.exec("UPDATE strategy_rules SET rank = " + std::to_string(kParkedRank) + " - id");

    sqlite::Statement update(c, "UPDATE strategy_rules SET rank = ?, strategy_id = ?, challenger_id = ?, "
                                "challenger_percent = ?, risk_class = ?, customer_type = ?, min_overdue = ?, "
                                "max_overdue = ? WHERE id = ?");
    sqlite::Statement insert(c, "INSERT INTO strategy_rules (rank, strategy_id, challenger_id, challenger_percent, "
                                "risk_class, customer_type, min_overdue, max_overdue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const StrategyRule& r : rules) {
        sqlite::Statement& s = r.id != 0 ? update : insert;
        s.bind(1, r.rank).bind(2, r.strategyId).bind(3, r.challengerId).bind(4, r.challengerPercent);
        s.bind(5, r.riskClass).bind(6, r.customerType).bind(7, r.minOverdue).bind(8, r.maxOverdue);
        if (r.id != 0) s.bind(9, r.id);
        s.run();
        if (r.id != 0 && c.changes() == 0) throw StorageError("no strategy rule with id " + std::to_string(r.id));
    }
}

std::optional<StrategyAssignment> SqliteStrategyRepository::currentAssignment(AccountId account) {
    sqlite::Statement s(database_.connection(), std::string("SELECT ") + kAssignmentColumns +
                                                    " FROM strategy_assignments s "
                                                    "WHERE s.account_id = ? AND s.ended_on IS NULL");
    s.bind(1, account);
    if (!s.step()) return std::nullopt;
    return readAssignment(s);
}

std::vector<StrategyAssignment> SqliteStrategyRepository::currentAssignments(std::optional<UserId> analyst) {
    // Through the analyst's index on accounts, then each account's current
    // assignment by the partial unique index.
    const std::string sql =
        analyst ? std::string("SELECT ") + kAssignmentColumns +
                      " FROM accounts a JOIN strategy_assignments s ON s.account_id = a.id AND s.ended_on IS NULL "
                      "WHERE a.analyst_id = ? ORDER BY s.account_id"
                : std::string("SELECT ") + kAssignmentColumns +
                      " FROM strategy_assignments s WHERE s.ended_on IS NULL ORDER BY s.account_id";
    sqlite::Statement s(database_.connection(), sql);
    if (analyst) s.bind(1, *analyst);
    std::vector<StrategyAssignment> out;
    while (s.step()) out.push_back(readAssignment(s));
    return out;
}

std::int64_t SqliteStrategyRepository::assign(const StrategyAssignment& a) {
    insertAssignment_.bind(1, a.accountId).bind(2, a.strategyId).bind(3, a.ruleId).bind(4, a.challenger ? 1 : 0);
    insertAssignment_.bind(5, a.assignedOn.dayNumber()).run();
    return database_.connection().lastInsertId();
}

bool SqliteStrategyRepository::endAssignment(AccountId account, Date endedOn) {
    endAssignment_.bind(1, endedOn.dayNumber()).bind(2, account).run();
    return database_.connection().changes() > 0;
}

std::int64_t SqliteStrategyRepository::recordStepDone(const StrategyStepDone& d) {
    sqlite::Statement s(database_.connection(),
                        "INSERT INTO strategy_steps_done (account_id, strategy_id, days_past_due, done_on, done_by, "
                        "contact_log_id) VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, d.accountId).bind(2, d.strategyId).bind(3, d.daysPastDue).bind(4, d.doneOn.dayNumber());
    s.bind(5, d.doneBy).bind(6, d.contactLogId).run();
    return database_.connection().lastInsertId();
}

std::vector<StrategyStepDone> SqliteStrategyRepository::stepsDone(std::optional<UserId> analyst, Date from) {
    const char* columns =
        "SELECT d.account_id, d.strategy_id, d.days_past_due, d.done_on, d.done_by, d.contact_log_id ";
    const std::string sql =
        analyst ? std::string(columns) +
                      "FROM accounts a JOIN strategy_steps_done d ON d.account_id = a.id "
                      "WHERE a.analyst_id = ?2 AND d.done_on >= ?1 ORDER BY d.account_id, d.done_on, d.id"
                : std::string(columns) + "FROM strategy_steps_done d WHERE d.done_on >= ?1 "
                                         "ORDER BY d.account_id, d.done_on, d.id";
    sqlite::Statement s(database_.connection(), sql);
    s.bind(1, from.dayNumber());
    if (analyst) s.bind(2, *analyst);
    std::vector<StrategyStepDone> out;
    while (s.step()) {
        StrategyStepDone d;
        d.accountId = s.int64(0);
        d.strategyId = s.int64(1);
        d.daysPastDue = s.int32(2);
        d.doneOn = Date::fromDayNumber(s.int32(3));
        d.doneBy = s.optionalInt64(4);
        d.contactLogId = s.optionalInt64(5);
        out.push_back(d);
    }
    return out;
}

} // namespace duedesk
