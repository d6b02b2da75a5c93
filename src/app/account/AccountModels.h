// The account view's tables as models: open items, closed items, contacts
// and addresses, activity and the contact log. Each has a column enum;
// cells give their text and, under RawValueRole, the raw value they sort
// on (minor units, day numbers, counts).
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/reports/AccountDetail.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace duedesk::app {

enum class OpenItemColumn { Document, Type, Date, Due, Days, Currency, Amount, Open, RunningBalance, Reference, Count };

// Open items by currency, then due date, with the running balance.
class OpenItemsModel final : public RowTableModel<OpenItemLine, OpenItemColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(OpenItemColumn column) const override;
    QString text(const OpenItemLine& row, OpenItemColumn column) const override;
    QVariant rawValue(const OpenItemLine& row, OpenItemColumn column) const override;
    bool isNumeric(OpenItemColumn column) const override;
};

enum class ClosedItemColumn { Document, Type, Date, Due, Currency, Amount, Reference, Count };

// Closed items, newest first.
class ClosedItemsModel final : public RowTableModel<Document, ClosedItemColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(ClosedItemColumn column) const override;
    QString text(const Document& row, ClosedItemColumn column) const override;
    QVariant rawValue(const Document& row, ClosedItemColumn column) const override;
    bool isNumeric(ClosedItemColumn column) const override;
};

// A contact or an address, with the user name of whoever recorded it
// (none for imported and demo records).
struct ContactOrAddress {
    std::variant<Contact, Address> record;
    std::optional<std::string> recordedBy;
};

// Contacts (current first, as the core orders them), then addresses
// (newest first), each with its recording user's name.
std::vector<ContactOrAddress> contactsAndAddresses(const AccountDetail& detail);

enum class ContactOrAddressColumn { Kind, Details, ValidFrom, ValidTo, Recorded, Count };

class ContactsAndAddressesModel final : public RowTableModel<ContactOrAddress, ContactOrAddressColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(ContactOrAddressColumn column) const override;
    QString text(const ContactOrAddress& row, ContactOrAddressColumn column) const override;
    QVariant rawValue(const ContactOrAddress& row, ContactOrAddressColumn column) const override;
    bool isNumeric(ContactOrAddressColumn) const override { return false; }
};

// An activity entry with the names behind its ids.
struct ActivityLine {
    ActivityEntry entry;
    std::string recordedBy; // the recording user's name; empty for imported records
    std::string with; // a logged contact's person, when named
};

// The account's whole history, oldest first, with names.
std::vector<ActivityLine> activityLines(const AccountDetail& detail);

// Who recorded an entry comes before its details, which can be long.
enum class ActivityColumn { Date, What, Document, Currency, Change, Balance, Recorded, Details, Count };

// The account's history: each entry once, what it changed of the balance
// (positive: the customer owes more) and the balance after it.
class ActivityModel final : public RowTableModel<ActivityLine, ActivityColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(ActivityColumn column) const override;
    QString text(const ActivityLine& row, ActivityColumn column) const override;
    QVariant rawValue(const ActivityLine& row, ActivityColumn column) const override;
    bool isNumeric(ActivityColumn column) const override {
        return column == ActivityColumn::Change || column == ActivityColumn::Balance;
    }
};

// A logged contact with the names behind its ids.
struct ContactLogLine {
    ContactLogEntry entry;
    std::string with; // the contact spoken to; empty when none was named
    std::string recordedBy; // the recording user's name
    // The day of the entry this one corrects, and of the entry that
    // corrects this one (the latest, if several do).
    std::optional<Date> corrects;
    std::optional<Date> correctedBy;
};

// The contact log, newest first, with names and corrections.
std::vector<ContactLogLine> contactLogLines(const AccountDetail& detail);

enum class ContactLogColumn { Date, Channel, With, Outcome, FollowUp, Recorded, Note, Count };

class ContactLogModel final : public RowTableModel<ContactLogLine, ContactLogColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(ContactLogColumn column) const override;
    QString text(const ContactLogLine& row, ContactLogColumn column) const override;
    QVariant rawValue(const ContactLogLine& row, ContactLogColumn column) const override;
    bool isNumeric(ContactLogColumn) const override { return false; }
};

} // namespace duedesk::app
