// Counting the disputes active on a day, and their text, CSV and JSON.
#include "duedesk/reports/DisputeReport.h"

#include "duedesk/domain/DisputeRules.h"
#include "duedesk/reports/CsvWriter.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/UserRepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

namespace duedesk {
namespace {
using json = nlohmann::ordered_json;

constexpr std::array<int, 4> kAgeBandEnds{7, 15, 30, 60};

std::size_t ageBandIndex(int days) {
    for (std::size_t i = 0; i < kAgeBandEnds.size(); ++i)
        if (days <= kAgeBandEnds[i]) return i;
    return kAgeBandEnds.size();
}

// Lines of one grouping, kept in the order their keys rank.
class Lines {
public:
    void add(int rank, const std::string& key, const Currency& currency, std::int64_t amount, bool late) {
        auto [it, inserted] = lines_.try_emplace({rank, key, currency});
        DisputeReportLine& line = it->second;
        if (inserted) {
            line.key = key;
            line.currency = currency;
        }
        ++line.disputes;
        line.amount += amount;
        if (late) ++line.pastServiceLevel;
    }
    std::vector<DisputeReportLine> take() {
        std::vector<DisputeReportLine> out;
        for (auto& entry : lines_) out.push_back(std::move(entry.second));
        return out;
    }

private:
    std::map<std::tuple<int, std::string, Currency>, DisputeReportLine> lines_;
};

std::string amount(std::int64_t minor, const Currency& c, bool grouped) {
    return formatMinorUnits(minor, c.minorDigits(), grouped ? ',' : '\0');
}

std::string padded(const std::vector<std::vector<std::string>>& rows, std::size_t textColumns) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string pad(widths[i] - row[i].size(), ' ');
            line += i < textColumns ? row[i] + pad : pad + row[i];
            if (i + 1 < row.size()) line += "  ";
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + "\n";
    }
    return out;
}

struct Section {
    const char* title;
    const char* csvName;
    const std::vector<DisputeReportLine>* lines;
};

std::array<Section, 4> sections(const DisputeReport& r) {
    return {{{"By reason", "reason", &r.byReason},
             {"By owner", "owner", &r.byOwner},
             {"By age", "age", &r.byAge},
             {"Total", "total", &r.totals}}};
}

std::string nameIn(const std::map<UserId, std::string>& names, const std::optional<UserId>& id) {
    if (!id) return "-";
    const auto it = names.find(*id);
    return it != names.end() ? it->second : "#" + std::to_string(*id);
}

std::string accountIn(const DisputeListing& l, AccountId id) {
    const auto it = l.accountNumbers.find(id);
    return it != l.accountNumbers.end() ? it->second : "#" + std::to_string(id);
}

} // namespace

std::string disputeAgeBand(int days) {
    const std::size_t band = ageBandIndex(days);
    if (band == 0) return "0-7 days";
    if (band == kAgeBandEnds.size()) return "over " + std::to_string(kAgeBandEnds.back()) + " days";
    return std::to_string(kAgeBandEnds[band - 1] + 1) + "-" + std::to_string(kAgeBandEnds[band]) + " days";
}

DisputeReport buildDisputeReport(std::span<const Dispute> disputes, Date asOf) {
    DisputeReport report;
    report.asOf = asOf;
    Lines reasons, owners, ages, totals;
    for (const Dispute& d : disputes) {
        if (!d.activeOn(asOf)) continue;
        const bool late = pastServiceLevel(d, asOf);
        std::map<Currency, std::int64_t> byCurrency;
        for (const DisputedInvoice& i : d.invoices) byCurrency[i.amount.currency()] += i.amount.minorUnits();
        const int age = disputeAgeDays(d, asOf);
        for (const auto& [currency, minor] : byCurrency) {
            reasons.add(static_cast<int>(d.reason), std::string(disputeReasonLabel(d.reason)), currency, minor, late);
            owners.add(0, d.owner, currency, minor, late);
            ages.add(static_cast<int>(ageBandIndex(age)), disputeAgeBand(age), currency, minor, late);
            totals.add(0, "Total", currency, minor, late);
        }
    }
    report.byReason = reasons.take();
    report.byOwner = owners.take();
    report.byAge = ages.take();
    report.totals = totals.take();
    return report;
}

DisputeReport loadDisputeReport(LedgerDatabase& database, Date asOf) {
    const std::vector<Dispute> all = database.disputes().list({});
    return buildDisputeReport(all, asOf);
}

std::string renderDisputeReportText(const DisputeReport& r) {
    std::string out = "Disputes active on " + r.asOf.toIso() + "\n";
    if (r.totals.empty()) return out + "\nNo disputes.\n";
    for (const Section& s : sections(r)) {
        std::vector<std::vector<std::string>> rows{{s.title, "Currency", "Disputes", "Amount", "Past service level"}};
        for (const DisputeReportLine& l : *s.lines)
            rows.push_back({l.key, std::string(l.currency.code()), std::to_string(l.disputes),
                            amount(l.amount, l.currency, true), std::to_string(l.pastServiceLevel)});
        out += "\n" + padded(rows, 2);
    }
    return out;
}

std::string renderDisputeReportCsv(const DisputeReport& r) {
    std::string out;
    CsvWriter csv(out, CsvReader::Spreadsheet);
    for (const char* h : {"as_of", "by", "key", "currency", "disputes", "amount", "past_service_level"}) csv.field(h);
    csv.endRow();
    for (const Section& s : sections(r))
        for (const DisputeReportLine& l : *s.lines) {
            csv.field(r.asOf.toIso()).field(s.csvName).field(l.key).field(l.currency.code());
            csv.number(std::to_string(l.disputes)).number(amount(l.amount, l.currency, false));
            csv.number(std::to_string(l.pastServiceLevel));
            csv.endRow();
        }
    return out;
}

std::string renderDisputeReportJson(const DisputeReport& r) {
    json doc;
    doc["as_of"] = r.asOf.toIso();
    for (const Section& s : sections(r)) {
        json lines = json::array();
        for (const DisputeReportLine& l : *s.lines)
            lines.push_back({{"key", l.key},
                             {"currency", std::string(l.currency.code())},
                             {"disputes", l.disputes},
                             {"amount", amount(l.amount, l.currency, false)},
                             {"past_service_level", l.pastServiceLevel}});
        doc[s.csvName] = std::move(lines);
    }
    return doc.dump(2) + "\n";
}

DisputeListing loadDisputeListing(LedgerDatabase& database, const DisputeFilter& filter, Date asOf) {
    DisputeListing listing;
    listing.asOf = asOf;
    listing.disputes = database.disputes().list(filter);
    for (const Dispute& d : listing.disputes)
        if (!listing.accountNumbers.contains(d.accountId))
            if (const auto a = database.accounts().findById(d.accountId)) {
                listing.accountNumbers[a->id] = a->number;
                listing.accountNames[a->id] = a->name;
            }
    for (const User& u : database.users().all()) listing.userNames.emplace(u.id, u.name);
    return listing;
}

std::string renderDisputeListText(const DisputeListing& l) {
    if (l.disputes.empty()) return "No disputes.\n";
    std::vector<std::vector<std::string>> rows{
        {"Id", "Account", "Reason", "State", "Owner", "Raised", "Due", "Invoices", "Amount"}};
    for (const Dispute& d : l.disputes) {
        std::string invoices, amounts;
        for (const DisputedInvoice& i : d.invoices) {
            invoices += (invoices.empty() ? "" : ", ") + i.number;
            amounts += (amounts.empty() ? "" : ", ") + std::string(i.amount.currency().code()) + " " +
                       i.amount.toGroupedString();
        }
        std::string due = d.dueOn.toIso();
        if (pastServiceLevel(d, l.asOf)) due += " (late)";
        std::string state(disputeStateName(d.state));
        if (d.closedOn) state += " " + d.closedOn->toIso();
        rows.push_back({std::to_string(d.id), accountIn(l, d.accountId), std::string(disputeReasonName(d.reason)),
                        state, d.owner, d.raisedOn.toIso(), due, invoices, amounts});
    }
    return padded(rows, 9);
}

std::string renderDisputeListJson(const DisputeListing& l) {
    json out = json::array();
    for (const Dispute& d : l.disputes) {
        json invoices = json::array();
        for (const DisputedInvoice& i : d.invoices)
            invoices.push_back({{"number", i.number},
                                {"currency", std::string(i.amount.currency().code())},
                                {"amount", i.amount.toDecimalString()}});
        json events = json::array();
        for (const DisputeEvent& e : d.events)
            events.push_back({{"on", e.recordedOn.toIso()},
                              {"by", nameIn(l.userNames, e.recordedBy)},
                              {"state", std::string(disputeStateName(e.state))},
                              {"owner", e.owner},
                              {"note", e.note}});
        out.push_back({{"id", d.id},
                       {"account", accountIn(l, d.accountId)},
                       {"reason", std::string(disputeReasonName(d.reason))},
                       {"state", std::string(disputeStateName(d.state))},
                       {"owner", d.owner},
                       {"raised_on", d.raisedOn.toIso()},
                       {"due_on", d.dueOn.toIso()},
                       {"closed_on", d.closedOn ? json(d.closedOn->toIso()) : json(nullptr)},
                       {"past_service_level", pastServiceLevel(d, l.asOf)},
                       {"raised_by", nameIn(l.userNames, d.raisedBy)},
                       {"note", d.note},
                       {"invoices", std::move(invoices)},
                       {"events", std::move(events)}});
    }
    return json{{"as_of", l.asOf.toIso()}, {"disputes", std::move(out)}}.dump(2) + "\n";
}

} // namespace duedesk
