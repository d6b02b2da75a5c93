// SQL for referrals, their amounts and events, and attention requests.
#include "storage/sqlite/SqliteEscalationRepository.h"

#include "storage/sqlite/CurrencyColumn.h"

#include <unordered_map>

namespace duedesk {
namespace {

ReferralState storedState(std::string_view name) {
    const auto state = referralStateFromName(name);
    if (!state) throw StorageError("the ledger holds an unknown referral state " + std::string(name));
    return *state;
}

std::optional<std::int64_t> dayOrNull(const std::optional<Date>& day) {
    return day ? std::optional<std::int64_t>(day->dayNumber()) : std::nullopt;
}

} // namespace

ReferralId SqliteEscalationRepository::addReferral(const Referral& r) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement insert(c, "INSERT INTO referrals (account_id, recommendation, state, party, note, referred_on, "
                                "referred_by, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, r.accountId).bind(2, referralRecommendationName(r.recommendation));
    insert.bind(3, referralStateName(r.state)).bind(4, r.party).bind(5, r.note).bind(6, r.referredOn.dayNumber());
    insert.bind(7, r.referredBy).bind(8, dayOrNull(r.closedOn)).run();
    const ReferralId id = c.lastInsertId();
    sqlite::Statement amount(c, "INSERT INTO referral_amounts (referral_id, currency, amount) VALUES (?, ?, ?)");
    for (const Money& m : r.amounts) amount.bind(1, id).bind(2, m.currency().code()).bind(3, m.minorUnits()).run();
    return id;
}

void SqliteEscalationRepository::addReferralEvent(const ReferralEvent& e) {
    sqlite::Statement s(database_.connection(), "INSERT INTO referral_events (referral_id, state, note, recorded_by, "
                                                "recorded_on) VALUES (?, ?, ?, ?, ?)");
    s.bind(1, e.referralId).bind(2, referralStateName(e.state)).bind(3, e.note).bind(4, e.recordedBy);
    s.bind(5, e.recordedOn.dayNumber()).run();
}

void SqliteEscalationRepository::updateReferral(ReferralId id, ReferralState state, std::optional<Date> closedOn) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "UPDATE referrals SET state = ?, closed_on = ? WHERE id = ?");
    s.bind(1, referralStateName(state)).bind(2, dayOrNull(closedOn)).bind(3, id).run();
    if (c.changes() == 0) throw StorageError("referral " + std::to_string(id) + " does not exist");
}

std::vector<Referral> SqliteEscalationRepository::selectReferrals(const std::string& where,
                                                                  const std::vector<std::int64_t>& keys) {
    sqlite::Connection& c = database_.connection();
    const std::string tables = " FROM referrals r JOIN accounts a ON a.id = r.account_id";
    const auto bindAll = [&](sqlite::Statement& s) {
        int i = 1;
        for (const std::int64_t k : keys) s.bind(i++, k);
    };
    sqlite::Statement s(c, "SELECT r.id, r.account_id, r.recommendation, r.state, r.party, r.note, r.referred_on, "
                           "r.referred_by, r.closed_on, a.number, a.name" +
                               tables + " WHERE " + where + " ORDER BY a.number, r.referred_on, r.id");
    bindAll(s);
    std::vector<Referral> out;
    std::unordered_map<ReferralId, std::size_t> byId;
    while (s.step()) {
        Referral r;
        r.id = s.int64(0);
        r.accountId = s.int64(1);
        const auto recommendation = referralRecommendationFromName(s.text(2));
        if (!recommendation) throw StorageError("the ledger holds an unknown referral recommendation " + s.string(2));
        r.recommendation = *recommendation;
        r.state = storedState(s.text(3));
        r.party = s.string(4);
        r.note = s.string(5);
        r.referredOn = Date::fromDayNumber(s.int32(6));
        r.referredBy = s.optionalInt64(7);
        if (!s.isNull(8)) r.closedOn = Date::fromDayNumber(s.int32(8));
        r.accountNumber = s.string(9);
        r.accountName = s.string(10);
        byId.emplace(r.id, out.size());
        out.push_back(std::move(r));
    }
    if (out.empty()) return out;
    {
        sqlite::Statement m(c, "SELECT m.referral_id, m.currency, m.amount" + tables +
                                   " JOIN referral_amounts m ON m.referral_id = r.id WHERE " + where +
                                   " ORDER BY m.referral_id, m.currency");
        bindAll(m);
        CurrencyColumn currency;
        while (m.step()) out[byId.at(m.int64(0))].amounts.emplace_back(m.int64(2), currency.read(m.text(1)));
    }
    {
        sqlite::Statement e(c, "SELECT e.id, e.referral_id, e.state, e.note, e.recorded_by, e.recorded_on" + tables +
                                   " JOIN referral_events e ON e.referral_id = r.id WHERE " + where +
                                   " ORDER BY e.referral_id, e.id");
        bindAll(e);
        while (e.step()) {
            ReferralEvent ev;
            ev.id = e.int64(0);
            ev.referralId = e.int64(1);
            ev.state = storedState(e.text(2));
            ev.note = e.string(3);
            ev.recordedBy = e.optionalInt64(4);
            ev.recordedOn = Date::fromDayNumber(e.int32(5));
            out[byId.at(ev.referralId)].events.push_back(std::move(ev));
        }
    }
    return out;
}

std::optional<Referral> SqliteEscalationRepository::findReferral(ReferralId id) {
    auto found = selectReferrals("r.id = ?", {id});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::optional<Referral> SqliteEscalationRepository::openReferralOf(AccountId account) {
    auto found = selectReferrals("r.account_id = ? AND r.closed_on IS NULL", {account});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Referral> SqliteEscalationRepository::referrals(const ReferralFilter& filter) {
    std::string where = "1";
    std::vector<std::int64_t> keys;
    if (filter.account) {
        where += " AND r.account_id = ?";
        keys.push_back(*filter.account);
    }
    if (filter.openOnly) where += " AND r.closed_on IS NULL";
    return selectReferrals(where, keys);
}

AttentionId SqliteEscalationRepository::addAttention(const AttentionRequest& a) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "INSERT INTO attention_requests (account_id, team_leader_id, reason, raised_by, raised_on) "
                           "VALUES (?, ?, ?, ?, ?)");
    s.bind(1, a.accountId).bind(2, a.teamLeader).bind(3, a.reason).bind(4, a.raisedBy);
    s.bind(5, a.raisedOn.dayNumber()).run();
    return c.lastInsertId();
}

void SqliteEscalationRepository::resolveAttention(AttentionId id, std::optional<UserId> by, Date on,
                                                  const std::string& resolution) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "UPDATE attention_requests SET resolved_by = ?, resolved_on = ?, resolution = ? "
                           "WHERE id = ?");
    s.bind(1, by).bind(2, on.dayNumber()).bind(3, resolution).bind(4, id).run();
    if (c.changes() == 0) throw StorageError("attention request " + std::to_string(id) + " does not exist");
}

std::vector<AttentionRequest> SqliteEscalationRepository::selectAttention(const std::string& where,
                                                                          const std::vector<std::int64_t>& keys) {
    sqlite::Statement s(database_.connection(),
                        "SELECT q.id, q.account_id, q.team_leader_id, q.reason, q.raised_by, q.raised_on, "
                        "q.resolved_by, q.resolved_on, q.resolution, a.number, a.name, coalesce(rb.name, ''), "
                        "tl.name FROM attention_requests q JOIN accounts a ON a.id = q.account_id "
                        "JOIN users tl ON tl.id = q.team_leader_id LEFT JOIN users rb ON rb.id = q.raised_by WHERE " +
                            where + " ORDER BY q.raised_on, q.id");
    int i = 1;
    for (const std::int64_t k : keys) s.bind(i++, k);
    std::vector<AttentionRequest> out;
    while (s.step()) {
        AttentionRequest a;
        a.id = s.int64(0);
        a.accountId = s.int64(1);
        a.teamLeader = s.int64(2);
        a.reason = s.string(3);
        a.raisedBy = s.optionalInt64(4);
        a.raisedOn = Date::fromDayNumber(s.int32(5));
        a.resolvedBy = s.optionalInt64(6);
        if (!s.isNull(7)) a.resolvedOn = Date::fromDayNumber(s.int32(7));
        a.resolution = s.string(8);
        a.accountNumber = s.string(9);
        a.accountName = s.string(10);
        a.raisedByName = s.string(11);
        a.teamLeaderName = s.string(12);
        out.push_back(std::move(a));
    }
    return out;
}

std::optional<AttentionRequest> SqliteEscalationRepository::findAttention(AttentionId id) {
    auto found = selectAttention("q.id = ?", {id});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<AttentionRequest> SqliteEscalationRepository::attentionRequests(const AttentionFilter& filter) {
    std::string where = "1";
    std::vector<std::int64_t> keys;
    if (filter.account) {
        where += " AND q.account_id = ?";
        keys.push_back(*filter.account);
    }
    if (filter.teamLeader) {
        where += " AND q.team_leader_id = ?";
        keys.push_back(*filter.teamLeader);
    }
    if (filter.openOnly) where += " AND q.resolved_on IS NULL";
    return selectAttention(where, keys);
}

std::vector<AttentionRequest> SqliteEscalationRepository::attentionFor(UserId teamLeader, Date on) {
    return selectAttention("q.team_leader_id = ? AND q.raised_on <= ? AND (q.resolved_on IS NULL OR q.resolved_on > ?)",
                           {teamLeader, on.dayNumber(), on.dayNumber()});
}

} // namespace duedesk
