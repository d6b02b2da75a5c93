// Cells of the account view's tables.
#include "app/account/AccountModels.h"

#include "app/account/AccountTexts.h"
#include "app/common/MoneyText.h"

#include <algorithm>
#include <limits>
#include <type_traits>

namespace duedesk::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString iso(Date d) { return q(d.toIso()); }
QVariant day(Date d) { return QVariant::fromValue<qint64>(d.dayNumber()); }
QVariant minor(const Money& m) { return QVariant::fromValue<qint64>(m.minorUnits()); }
QString money(const Money& m) { return moneyText(m.minorUnits(), m.currency()); }
// An absent date sorts before every date, or after it.
QVariant dayOrFirst(const std::optional<Date>& d) {
    return d ? day(*d) : QVariant::fromValue<qint64>(std::numeric_limits<std::int32_t>::min());
}
QVariant dayOrLast(const std::optional<Date>& d) {
    return d ? day(*d) : QVariant::fromValue<qint64>(std::numeric_limits<std::int32_t>::max());
}

// The user name behind a recording user's id; the id itself if the user is gone.
std::string userName(const AccountDetail& d, UserId user) {
    const auto name = d.recordedByNames.find(user);
    return name == d.recordedByNames.end() ? std::to_string(user) : name->second;
}

} // namespace

// ---- Open items ------------------------------------------------------------

QString OpenItemsModel::heading(OpenItemColumn column) const {
    switch (column) {
    case OpenItemColumn::Document: return tr("Document");
    case OpenItemColumn::Type: return tr("Type");
    case OpenItemColumn::Date: return tr("Date");
    case OpenItemColumn::Due: return tr("Due");
    case OpenItemColumn::Days: return tr("Days");
    case OpenItemColumn::Currency: return tr("Currency");
    case OpenItemColumn::Amount: return tr("Amount");
    case OpenItemColumn::Open: return tr("Open");
    case OpenItemColumn::RunningBalance: return tr("Running balance");
    case OpenItemColumn::Reference: return tr("Reference");
    case OpenItemColumn::Count: break;
    }
    return {};
}

QString OpenItemsModel::text(const OpenItemLine& row, OpenItemColumn column) const {
    const Document& doc = row.document;
    switch (column) {
    case OpenItemColumn::Document: return q(doc.number);
    case OpenItemColumn::Type: return documentTypeText(doc.type);
    case OpenItemColumn::Date: return iso(doc.documentDate);
    case OpenItemColumn::Due: return iso(doc.dueDate);
    case OpenItemColumn::Days: return row.daysPastDue ? QString::number(row.daysPastDue) : QString();
    case OpenItemColumn::Currency: return q(doc.amount.currency().code());
    case OpenItemColumn::Amount: return money(doc.amount);
    case OpenItemColumn::Open: return money(doc.signedOpen());
    case OpenItemColumn::RunningBalance: return money(row.runningBalance);
    case OpenItemColumn::Reference: return q(doc.reference);
    case OpenItemColumn::Count: break;
    }
    return {};
}

QVariant OpenItemsModel::rawValue(const OpenItemLine& row, OpenItemColumn column) const {
    const Document& doc = row.document;
    switch (column) {
    case OpenItemColumn::Document: return q(doc.number);
    case OpenItemColumn::Type: return static_cast<int>(doc.type);
    case OpenItemColumn::Date: return day(doc.documentDate);
    case OpenItemColumn::Due: return day(doc.dueDate);
    case OpenItemColumn::Days: return row.daysPastDue;
    case OpenItemColumn::Currency: return q(doc.amount.currency().code());
    case OpenItemColumn::Amount: return minor(doc.amount);
    case OpenItemColumn::Open: return minor(doc.signedOpen());
    case OpenItemColumn::RunningBalance: return minor(row.runningBalance);
    case OpenItemColumn::Reference: return q(doc.reference);
    case OpenItemColumn::Count: break;
    }
    return {};
}

bool OpenItemsModel::isNumeric(OpenItemColumn column) const {
    return column == OpenItemColumn::Days || column == OpenItemColumn::Amount || column == OpenItemColumn::Open ||
           column == OpenItemColumn::RunningBalance;
}

// ---- Closed items ----------------------------------------------------------

QString ClosedItemsModel::heading(ClosedItemColumn column) const {
    switch (column) {
    case ClosedItemColumn::Document: return tr("Document");
    case ClosedItemColumn::Type: return tr("Type");
    case ClosedItemColumn::Date: return tr("Date");
    case ClosedItemColumn::Due: return tr("Due");
    case ClosedItemColumn::Currency: return tr("Currency");
    case ClosedItemColumn::Amount: return tr("Amount");
    case ClosedItemColumn::Reference: return tr("Reference");
    case ClosedItemColumn::Count: break;
    }
    return {};
}

QString ClosedItemsModel::text(const Document& doc, ClosedItemColumn column) const {
    switch (column) {
    case ClosedItemColumn::Document: return q(doc.number);
    case ClosedItemColumn::Type: return documentTypeText(doc.type);
    case ClosedItemColumn::Date: return iso(doc.documentDate);
    case ClosedItemColumn::Due: return iso(doc.dueDate);
    case ClosedItemColumn::Currency: return q(doc.amount.currency().code());
    case ClosedItemColumn::Amount: return money(doc.amount);
    case ClosedItemColumn::Reference: return q(doc.reference);
    case ClosedItemColumn::Count: break;
    }
    return {};
}

QVariant ClosedItemsModel::rawValue(const Document& doc, ClosedItemColumn column) const {
    switch (column) {
    case ClosedItemColumn::Document: return q(doc.number);
    case ClosedItemColumn::Type: return static_cast<int>(doc.type);
    case ClosedItemColumn::Date: return day(doc.documentDate);
    case ClosedItemColumn::Due: return day(doc.dueDate);
    case ClosedItemColumn::Currency: return q(doc.amount.currency().code());
    case ClosedItemColumn::Amount: return minor(doc.amount);
    case ClosedItemColumn::Reference: return q(doc.reference);
    case ClosedItemColumn::Count: break;
    }
    return {};
}

bool ClosedItemsModel::isNumeric(ClosedItemColumn column) const { return column == ClosedItemColumn::Amount; }

// ---- Contacts and addresses ------------------------------------------------

std::vector<ContactOrAddress> contactsAndAddresses(const AccountDetail& d) {
    std::vector<ContactOrAddress> rows;
    rows.reserve(d.contacts.size() + d.addresses.size());
    const auto recordedBy = [&](const auto& record) -> std::optional<std::string> {
        if (!record.recordedBy || !record.recordedOn) return std::nullopt;
        return userName(d, *record.recordedBy);
    };
    for (const Contact& c : d.contacts) rows.push_back({c, recordedBy(c)});
    for (const Address& a : d.addresses) rows.push_back({a, recordedBy(a)});
    return rows;
}

QString ContactsAndAddressesModel::heading(ContactOrAddressColumn column) const {
    switch (column) {
    case ContactOrAddressColumn::Kind: return tr("Kind");
    case ContactOrAddressColumn::Details: return tr("Details");
    case ContactOrAddressColumn::ValidFrom: return tr("Valid from");
    case ContactOrAddressColumn::ValidTo: return tr("Valid to");
    case ContactOrAddressColumn::Recorded: return tr("Recorded");
    case ContactOrAddressColumn::Count: break;
    }
    return {};
}

QString ContactsAndAddressesModel::text(const ContactOrAddress& row, ContactOrAddressColumn column) const {
    return std::visit(
        [&](const auto& r) -> QString {
            switch (column) {
            case ContactOrAddressColumn::Kind:
                if constexpr (std::is_same_v<std::decay_t<decltype(r)>, Contact>)
                    return r.primary ? tr("Primary contact") : tr("Contact");
                else
                    return addressKindText(r.kind);
            case ContactOrAddressColumn::Details:
                if constexpr (std::is_same_v<std::decay_t<decltype(r)>, Contact>)
                    return contactDetailsText(r);
                else
                    return addressDetailsText(r);
            case ContactOrAddressColumn::ValidFrom: return iso(r.validFrom);
            case ContactOrAddressColumn::ValidTo: return r.validTo ? iso(*r.validTo) : tr("current");
            case ContactOrAddressColumn::Recorded:
                if (!row.recordedBy) return tr("imported");
                return tr("%1 on %2").arg(q(*row.recordedBy), iso(*r.recordedOn));
            case ContactOrAddressColumn::Count: break;
            }
            return {};
        },
        row.record);
}

QVariant ContactsAndAddressesModel::rawValue(const ContactOrAddress& row, ContactOrAddressColumn column) const {
    return std::visit(
        [&](const auto& r) -> QVariant {
            switch (column) {
            case ContactOrAddressColumn::Kind: return text(row, column);
            case ContactOrAddressColumn::Details: return text(row, column);
            case ContactOrAddressColumn::ValidFrom: return day(r.validFrom);
            case ContactOrAddressColumn::ValidTo: return dayOrLast(r.validTo); // current: after every end
            case ContactOrAddressColumn::Recorded: // imported: before everything recorded
                return dayOrFirst(row.recordedBy ? r.recordedOn : std::nullopt);
            case ContactOrAddressColumn::Count: break;
            }
            return {};
        },
        row.record);
}

// ---- Activity --------------------------------------------------------------

std::vector<ActivityLine> activityLines(const AccountDetail& d) {
    std::vector<ActivityLine> lines;
    lines.reserve(d.activity.size());
    for (const ActivityEntry& e : d.activity) {
        ActivityLine line{e, e.recordedBy ? userName(d, *e.recordedBy) : std::string(), {}};
        if (const auto* logged = std::get_if<ContactLogEntry>(&e.record); logged && logged->contactId)
            if (const auto c = std::ranges::find(d.contacts, *logged->contactId, &Contact::id); c != d.contacts.end())
                line.with = c->name;
        lines.push_back(std::move(line));
    }
    return lines;
}

namespace {

QString documentText(const std::optional<DocumentRef>& document) {
    return document ? documentTypeText(document->type) + QLatin1Char(' ') + q(document->number) : QString();
}

QString activityWhat(const ActivityEntry& e) {
    const Address* address = std::get_if<Address>(&e.record);
    const QString kind = address ? addressKindText(address->kind) : QString();
    switch (e.kind) {
    case ActivityKind::DocumentRecorded: return ActivityModel::tr("Recorded");
    case ActivityKind::OpenAmountChanged: return activityCauseText(e.cause.value_or(MovementCause::Import));
    case ActivityKind::Allocation: return ActivityModel::tr("Allocation");
    case ActivityKind::ContactLogged: return contactChannelText(std::get<ContactLogEntry>(e.record).channel);
    case ActivityKind::AddressAdded: return ActivityModel::tr("%1 added").arg(kind);
    case ActivityKind::AddressChanged: return ActivityModel::tr("%1 changed").arg(kind);
    case ActivityKind::AddressEnded: return ActivityModel::tr("%1 ended").arg(kind);
    case ActivityKind::ContactAdded: return ActivityModel::tr("Contact added");
    case ActivityKind::ContactChanged: return ActivityModel::tr("Contact changed");
    case ActivityKind::ContactEnded: return ActivityModel::tr("Contact ended");
    }
    return {};
}

QString activityDetails(const ActivityLine& row) {
    const ActivityEntry& e = row.entry;
    switch (e.kind) {
    case ActivityKind::DocumentRecorded: {
        QString text = e.dueDate ? ActivityModel::tr("Amount %1, due %2").arg(money(*e.amount), iso(*e.dueDate))
                                 : ActivityModel::tr("Amount %1").arg(money(*e.amount));
        // Imported part-settled: what was open then is what the balance took.
        const Money open = e.balanceChange->isNegative() ? -*e.balanceChange : *e.balanceChange;
        if (open != *e.amount) text += ActivityModel::tr("; %1 open when recorded").arg(money(open));
        return text;
    }
    case ActivityKind::OpenAmountChanged: return {};
    case ActivityKind::Allocation:
        return ActivityModel::tr("%1 applied to %2").arg(money(*e.amount), documentText(e.appliedTo));
    case ActivityKind::ContactLogged: {
        const ContactLogEntry& logged = std::get<ContactLogEntry>(e.record);
        QString text = contactOutcomeText(logged.outcome);
        if (!logged.note.empty()) text += QStringLiteral(": ") + q(logged.note);
        if (!row.with.empty()) text = ActivityModel::tr("%1 (with %2)").arg(text, q(row.with));
        if (logged.followUpOn) text += ActivityModel::tr("; follow up on %1").arg(iso(*logged.followUpOn));
        return text;
    }
    case ActivityKind::AddressAdded:
    case ActivityKind::AddressChanged:
    case ActivityKind::AddressEnded: return addressDetailsText(std::get<Address>(e.record));
    case ActivityKind::ContactAdded:
    case ActivityKind::ContactChanged:
    case ActivityKind::ContactEnded: return contactDetailsText(std::get<Contact>(e.record));
    }
    return {};
}

// The currency an entry's money is in, if it has any.
std::optional<Money> activityMoney(const ActivityEntry& e) { return e.balanceChange ? e.balanceChange : e.amount; }

// Entries without money sort before every amount.
QVariant minorOrFirst(const std::optional<Money>& m) {
    return m ? minor(*m) : QVariant::fromValue<qint64>(std::numeric_limits<qint64>::min());
}

} // namespace

QString ActivityModel::heading(ActivityColumn column) const {
    switch (column) {
    case ActivityColumn::Date: return tr("Date");
    case ActivityColumn::What: return tr("What");
    case ActivityColumn::Document: return tr("Document");
    case ActivityColumn::Currency: return tr("Currency");
    case ActivityColumn::Change: return tr("Change");
    case ActivityColumn::Balance: return tr("Balance");
    case ActivityColumn::Details: return tr("Details");
    case ActivityColumn::Recorded: return tr("Recorded by");
    case ActivityColumn::Count: break;
    }
    return {};
}

QString ActivityModel::text(const ActivityLine& row, ActivityColumn column) const {
    const ActivityEntry& e = row.entry;
    switch (column) {
    case ActivityColumn::Date: return iso(e.on);
    case ActivityColumn::What: return activityWhat(e);
    case ActivityColumn::Document: return documentText(e.document);
    case ActivityColumn::Currency: {
        const auto m = activityMoney(e);
        return m ? q(m->currency().code()) : QString();
    }
    case ActivityColumn::Change: return e.balanceChange ? money(*e.balanceChange) : QString();
    case ActivityColumn::Balance: return e.balanceAfter ? money(*e.balanceAfter) : QString();
    case ActivityColumn::Details: return activityDetails(row);
    case ActivityColumn::Recorded: return q(row.recordedBy);
    case ActivityColumn::Count: break;
    }
    return {};
}

QVariant ActivityModel::rawValue(const ActivityLine& row, ActivityColumn column) const {
    const ActivityEntry& e = row.entry;
    switch (column) {
    case ActivityColumn::Date: return day(e.on);
    case ActivityColumn::Change: return minorOrFirst(e.balanceChange);
    case ActivityColumn::Balance: return minorOrFirst(e.balanceAfter);
    default: return text(row, column);
    }
}

// ---- Contact log -----------------------------------------------------------

std::vector<ContactLogLine> contactLogLines(const AccountDetail& d) {
    std::vector<ContactLogLine> lines;
    lines.reserve(d.contactLog.size());
    for (const ContactLogEntry& e : d.contactLog) {
        ContactLogLine line{e, {}, userName(d, e.recordedBy), std::nullopt, std::nullopt};
        if (e.contactId)
            if (const auto c = std::ranges::find(d.contacts, *e.contactId, &Contact::id); c != d.contacts.end())
                line.with = c->name;
        if (e.correctsId)
            if (const auto c = std::ranges::find(d.contactLog, *e.correctsId, &ContactLogEntry::id);
                c != d.contactLog.end())
                line.corrects = c->contactedOn;
        // Newest first: the first that names this entry is the latest correction.
        if (const auto c =
                std::ranges::find(d.contactLog, std::optional<std::int64_t>(e.id), &ContactLogEntry::correctsId);
            c != d.contactLog.end())
            line.correctedBy = c->contactedOn;
        lines.push_back(std::move(line));
    }
    return lines;
}

QString ContactLogModel::heading(ContactLogColumn column) const {
    switch (column) {
    case ContactLogColumn::Date: return tr("Date");
    case ContactLogColumn::Channel: return tr("Channel");
    case ContactLogColumn::With: return tr("With");
    case ContactLogColumn::Outcome: return tr("Outcome");
    case ContactLogColumn::FollowUp: return tr("Follow-up");
    case ContactLogColumn::Recorded: return tr("Recorded");
    case ContactLogColumn::Note: return tr("Note");
    case ContactLogColumn::Count: break;
    }
    return {};
}

QString ContactLogModel::text(const ContactLogLine& row, ContactLogColumn column) const {
    const ContactLogEntry& e = row.entry;
    switch (column) {
    case ContactLogColumn::Date: return iso(e.contactedOn);
    case ContactLogColumn::Channel: return contactChannelText(e.channel);
    case ContactLogColumn::With: return q(row.with);
    case ContactLogColumn::Outcome: return contactOutcomeText(e.outcome);
    case ContactLogColumn::FollowUp: return e.followUpOn ? iso(*e.followUpOn) : QString();
    case ContactLogColumn::Recorded: return q(row.recordedBy);
    case ContactLogColumn::Note: {
        // A correction and the entry it corrects say so ahead of the note.
        QString note = q(e.note);
        if (row.corrects) note = tr("[Corrects the entry of %1] %2").arg(iso(*row.corrects), note);
        if (row.correctedBy) note = tr("[Corrected by the entry of %1] %2").arg(iso(*row.correctedBy), note);
        return note;
    }
    case ContactLogColumn::Count: break;
    }
    return {};
}

QVariant ContactLogModel::rawValue(const ContactLogLine& row, ContactLogColumn column) const {
    const ContactLogEntry& e = row.entry;
    switch (column) {
    case ContactLogColumn::Date: return day(e.contactedOn);
    case ContactLogColumn::Channel: return static_cast<int>(e.channel);
    case ContactLogColumn::FollowUp: return dayOrFirst(e.followUpOn); // none: before every date
    default: return text(row, column);
    }
}

} // namespace duedesk::app
