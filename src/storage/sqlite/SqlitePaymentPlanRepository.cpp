// SQL for payment plans, their instalments and the documents they settle.
#include "storage/sqlite/SqlitePaymentPlanRepository.h"

#include "storage/sqlite/CurrencyColumn.h"

#include <string>
#include <unordered_map>

namespace duedesk {

SqlitePaymentPlanRepository::SqlitePaymentPlanRepository(SqliteLedgerDatabase& database) : database_(database) {}

std::int64_t SqlitePaymentPlanRepository::add(const PaymentPlan& p) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement insert(c,
                             "INSERT INTO payment_plans (account_id, currency, agreed_on, agreed_by, contact_log_id, "
                             "note) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, p.accountId).bind(2, p.currency.code()).bind(3, p.agreedOn.dayNumber()).bind(4, p.agreedBy);
    insert.bind(5, p.contactLogId).bind(6, p.note).run();
    const std::int64_t id = c.lastInsertId();
    sqlite::Statement instalment(c, "INSERT INTO plan_instalments (plan_id, seq, due_on, amount) VALUES (?, ?, ?, ?)");
    for (const Instalment& i : p.instalments)
        instalment.bind(1, id).bind(2, i.seq).bind(3, i.dueOn.dayNumber()).bind(4, i.amount.minorUnits()).run();
    sqlite::Statement document(c, "INSERT INTO plan_documents (plan_id, document_id) VALUES (?, ?)");
    for (const DocumentId d : p.documents) document.bind(1, id).bind(2, d).run();
    return id;
}

std::vector<PaymentPlan> SqlitePaymentPlanRepository::select(std::string_view where, std::int64_t key) {
    const std::string from = " FROM payment_plans p JOIN accounts a ON a.id = p.account_id ";
    const std::string filter = " WHERE " + std::string(where);
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(c, "SELECT p.id, p.account_id, p.currency, p.agreed_on, p.agreed_by, p.contact_log_id, p.note, "
                           "p.cancelled_on, p.cancelled_by" +
                               from + filter + " ORDER BY p.account_id, p.agreed_on, p.id");
    s.bind(1, key);
    std::vector<PaymentPlan> out;
    std::unordered_map<std::int64_t, std::size_t> byId;
    CurrencyColumn currency;
    while (s.step()) {
        PaymentPlan p;
        p.id = s.int64(0);
        p.accountId = s.int64(1);
        p.currency = currency.read(s.text(2));
        p.agreedOn = Date::fromDayNumber(s.int32(3));
        p.agreedBy = s.optionalInt64(4);
        p.contactLogId = s.optionalInt64(5);
        p.note = s.string(6);
        if (!s.isNull(7)) p.cancelledOn = Date::fromDayNumber(s.int32(7));
        p.cancelledBy = s.optionalInt64(8);
        byId.emplace(p.id, out.size());
        out.push_back(std::move(p));
    }
    if (out.empty()) return out;
    sqlite::Statement i(c, "SELECT i.plan_id, i.seq, i.due_on, i.amount" + from +
                               "JOIN plan_instalments i ON i.plan_id = p.id" + filter + " ORDER BY i.plan_id, i.seq");
    i.bind(1, key);
    while (i.step()) {
        PaymentPlan& plan = out[byId.at(i.int64(0))];
        plan.instalments.push_back({i.int32(1), Date::fromDayNumber(i.int32(2)), Money(i.int64(3), plan.currency)});
    }
    sqlite::Statement d(c, "SELECT pd.plan_id, pd.document_id" + from + "JOIN plan_documents pd ON pd.plan_id = p.id" +
                               filter + " ORDER BY pd.plan_id, pd.document_id");
    d.bind(1, key);
    while (d.step()) out[byId.at(d.int64(0))].documents.push_back(d.int64(1));
    return out;
}

std::optional<PaymentPlan> SqlitePaymentPlanRepository::findById(std::int64_t id) {
    auto found = select("p.id = ?", id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<PaymentPlan> SqlitePaymentPlanRepository::forAccount(AccountId account) {
    return select("p.account_id = ?", account);
}

std::vector<PaymentPlan> SqlitePaymentPlanRepository::forAnalyst(UserId analyst) {
    return select("a.analyst_id = ?", analyst);
}

void SqlitePaymentPlanRepository::cancel(std::int64_t id, Date on, std::optional<UserId> by) {
    sqlite::Connection& c = database_.connection();
    sqlite::Statement s(
        c, "UPDATE payment_plans SET cancelled_on = ?, cancelled_by = ? WHERE id = ? AND cancelled_on IS NULL");
    s.bind(1, on.dayNumber()).bind(2, by).bind(3, id).run();
    if (c.changes() == 0) throw StorageError("payment plan " + std::to_string(id) + " does not exist or was cancelled");
}

} // namespace duedesk
