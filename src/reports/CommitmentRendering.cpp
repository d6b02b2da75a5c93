// Text and JSON of an account's promises and payment plans.
#include "duedesk/reports/CommitmentRendering.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace duedesk {
namespace {
using json = nlohmann::ordered_json;

// Columns padded to their widest cell, two spaces apart, without trailing
// blanks; the columns marked in `right` are amounts and line up on the right.
std::string table(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right,
                  const std::string& indent) {
    std::vector<std::size_t> widths(right.size(), 0);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    std::string out;
    for (const auto& row : rows) {
        std::string line = indent;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string pad(widths[i] - row[i].size(), ' ');
            line += right[i] ? pad + row[i] : row[i] + pad;
            if (i + 1 < row.size()) line += "  ";
        }
        // An empty last cell (a promise for no invoice in particular)
        // leaves no trailing blanks.
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + "\n";
    }
    return out;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::vector<std::string> numbers(const CommitmentListing& l, const std::vector<DocumentId>& documents) {
    std::vector<std::string> out;
    for (const DocumentId d : documents) {
        const auto it = l.documentNumbers.find(d);
        out.push_back(it != l.documentNumbers.end() ? it->second : "#" + std::to_string(d));
    }
    return out;
}

std::string nameOf(const CommitmentListing& l, const std::optional<UserId>& user) {
    if (!user) return "";
    const auto it = l.userNames.find(*user);
    return it != l.userNames.end() ? it->second : "#" + std::to_string(*user);
}

json optionalDay(const std::optional<Date>& d) { return d ? json(d->toIso()) : json(nullptr); }

std::string heading(const CommitmentListing& l, const std::string& what) {
    return what + " of " + l.account.number + " " + l.account.name + " as of " + l.asOf.toIso() + " (grace " +
           std::to_string(l.terms.graceDays) + (l.terms.graceDays == 1 ? " day" : " days") + ", tolerance " +
           std::to_string(l.terms.toleranceMinor) + " minor units)";
}

json headingJson(const CommitmentListing& l) {
    json doc;
    doc["account"] = l.account.number;
    doc["as_of"] = l.asOf.toIso();
    doc["grace_days"] = l.terms.graceDays;
    doc["tolerance_minor"] = l.terms.toleranceMinor;
    return doc;
}

std::string promiseState(const PromiseOnDay& p) {
    return p.withdrawn ? "withdrawn " + p.promise.withdrawnOn->toIso()
                       : std::string(commitmentStateName(p.status.state));
}

std::string planStanding(const PlanOnDay& p) {
    if (p.cancelled) return "cancelled " + p.plan.cancelledOn->toIso();
    if (p.status.completed) return "completed";
    if (p.status.firstMissedOn) return "in arrears since " + p.status.firstMissedOn->toIso();
    return "in good standing";
}

Money planTotal(const PaymentPlan& plan) {
    Money total = Money::zero(plan.currency);
    for (const Instalment& i : plan.instalments) total += i.amount;
    return total;
}

} // namespace

std::string renderPromisesText(const CommitmentListing& l) {
    const auto& promises = l.commitments.promises;
    std::string out = heading(l, "Promises") + ":\n";
    if (promises.empty()) return out + "No promises.\n";
    std::vector<std::vector<std::string>> rows = {
        {"ID", "PROMISED", "DEADLINE", "AMOUNT", "PAID", "STATE", "TAKEN", "BY", "INVOICES"}};
    for (const PromiseOnDay& p : promises)
        rows.push_back({std::to_string(p.promise.id), p.promise.promisedFor.toIso(), p.status.deadline.toIso(),
                        std::string(p.promise.amount.currency().code()) + " " + p.promise.amount.toGroupedString(),
                        p.status.paid.toGroupedString(), promiseState(p), p.promise.takenOn.toIso(),
                        nameOf(l, p.promise.takenBy), joined(numbers(l, p.promise.documents))});
    return out + table(rows, {false, false, false, true, true, false, false, false, false}, "");
}

std::string renderPromisesJson(const CommitmentListing& l) {
    json doc = headingJson(l);
    doc["promises"] = json::array();
    for (const PromiseOnDay& p : l.commitments.promises) {
        json j;
        j["id"] = p.promise.id;
        j["promised_for"] = p.promise.promisedFor.toIso();
        j["deadline"] = p.status.deadline.toIso();
        j["currency"] = std::string(p.promise.amount.currency().code());
        j["amount"] = p.promise.amount.toDecimalString();
        j["paid"] = p.status.paid.toDecimalString();
        j["state"] = p.withdrawn ? "withdrawn" : std::string(commitmentStateName(p.status.state));
        j["taken_on"] = p.promise.takenOn.toIso();
        j["taken_by"] = nameOf(l, p.promise.takenBy);
        j["withdrawn_on"] = optionalDay(p.withdrawn ? p.promise.withdrawnOn : std::nullopt);
        j["invoices"] = numbers(l, p.promise.documents);
        j["note"] = p.promise.note;
        doc["promises"].push_back(std::move(j));
    }
    return doc.dump(2) + "\n";
}

std::string renderPlansText(const CommitmentListing& l) {
    const auto& plans = l.commitments.plans;
    std::string out = heading(l, "Payment plans") + ":\n";
    if (plans.empty()) return out + "No payment plans.\n";
    for (const PlanOnDay& p : plans) {
        const std::size_t n = p.plan.instalments.size();
        const std::vector<std::string> invoices = numbers(l, p.plan.documents);
        out += "Plan " + std::to_string(p.plan.id) + ": " + std::string(p.plan.currency.code()) + " " +
               planTotal(p.plan).toGroupedString() + " in " + std::to_string(n) +
               (n == 1 ? " instalment" : " instalments") + ", agreed " + p.plan.agreedOn.toIso() + " by " +
               nameOf(l, p.plan.agreedBy) + (invoices.empty() ? "" : ", for " + joined(invoices)) + ": " +
               planStanding(p) + "\n";
        std::vector<std::vector<std::string>> rows = {{"#", "DUE", "DEADLINE", "AMOUNT", "PAID", "STATE"}};
        for (const InstalmentStatus& i : p.status.instalments)
            rows.push_back({std::to_string(i.instalment.seq), i.instalment.dueOn.toIso(), i.status.deadline.toIso(),
                            i.instalment.amount.toGroupedString(), i.status.paid.toGroupedString(),
                            p.cancelled ? "" : std::string(commitmentStateName(i.status.state))});
        out += table(rows, {true, false, false, true, true, false}, "  ");
    }
    return out;
}

std::string renderPlansJson(const CommitmentListing& l) {
    json doc = headingJson(l);
    doc["plans"] = json::array();
    for (const PlanOnDay& p : l.commitments.plans) {
        json j;
        j["id"] = p.plan.id;
        j["currency"] = std::string(p.plan.currency.code());
        j["total"] = planTotal(p.plan).toDecimalString();
        j["agreed_on"] = p.plan.agreedOn.toIso();
        j["agreed_by"] = nameOf(l, p.plan.agreedBy);
        j["invoices"] = numbers(l, p.plan.documents);
        j["cancelled_on"] = optionalDay(p.cancelled ? p.plan.cancelledOn : std::nullopt);
        j["in_good_standing"] = p.status.inGoodStanding;
        j["completed"] = p.status.completed;
        j["first_missed_on"] = optionalDay(p.status.firstMissedOn);
        j["instalments"] = json::array();
        for (const InstalmentStatus& i : p.status.instalments) {
            json k;
            k["seq"] = i.instalment.seq;
            k["due_on"] = i.instalment.dueOn.toIso();
            k["deadline"] = i.status.deadline.toIso();
            k["amount"] = i.instalment.amount.toDecimalString();
            k["paid"] = i.status.paid.toDecimalString();
            k["state"] = p.cancelled ? "cancelled" : std::string(commitmentStateName(i.status.state));
            j["instalments"].push_back(std::move(k));
        }
        j["note"] = p.plan.note;
        doc["plans"].push_back(std::move(j));
    }
    return doc.dump(2) + "\n";
}

} // namespace duedesk
