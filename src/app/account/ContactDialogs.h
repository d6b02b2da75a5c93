// Dialogs that change an account's addresses and contacts through the
// core's AccountContacts, and log a contact through ContactLogService. Each asks from which day the change holds; a
// refused change shows the core's reason ("city: is required") and the
// dialog stays open with what the user typed.
#pragma once

#include "app/session/AppSession.h"

#include "duedesk/domain/Account.h"
#include "duedesk/domain/ContactLog.h"
#include "duedesk/services/AccountContacts.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace duedesk::app {

// "Phone call", "E-mail", ...: how the workstation names a channel.
QString contactChannelText(ContactChannel channel);

// The frame every change dialog shares: a form, the effective date, the
// error line and OK/Cancel. Subclasses add fields and apply the change.
class ChangeDialog : public QDialog {
    Q_OBJECT
public:
    void accept() override;

protected:
    ChangeDialog(AppSession& session, const QString& title, QWidget* parent);
    QLineEdit* addField(const QString& label, const QString& objectName, const QString& text = {});
    QFormLayout& form() { return *form_; }
    Date effectiveOn() const;
    ChangeBy changeBy() const;
    AppSession& session() { return session_; }
    // Makes the change; throws what the core refuses.
    virtual void apply() = 0;
    // Adds the date row last: the day a change holds from, or the day of a
    // logged contact.
    void finishForm(const QString& dateLabel = tr("&From:"));

private:
    AppSession& session_;
    QFormLayout* form_;
    QDateEdit* effective_;
    QLabel* error_;
};

class AddressDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // Starts from `current` (the billing address, or an empty one).
    AddressDialog(AppSession& session, AccountId account, const Address& current, QWidget* parent = nullptr);

private:
    void apply() override;
    AccountId account_;
    QComboBox* kind_;
    QLineEdit *line1_, *line2_, *city_, *region_, *postcode_, *country_;
};

class ContactDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // A new contact, or a change of `replacing` (which ends the day before).
    ContactDialog(AppSession& session, AccountId account, const std::optional<Contact>& replacing,
                  QWidget* parent = nullptr);

private:
    void apply() override;
    AccountId account_;
    std::optional<std::int64_t> replacing_;
    QLineEdit *name_, *jobTitle_, *phone_, *email_;
    QCheckBox* primary_;
};

class LogContactDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `contacts`: the account's current contacts, offered as who was spoken to.
    LogContactDialog(AppSession& session, AccountId account, const std::vector<Contact>& contacts,
                     QWidget* parent = nullptr);

private:
    void apply() override;
    AccountId account_;
    QComboBox* channel_;
    QComboBox* with_;
    QLineEdit* outcome_;
    QLineEdit* note_;
    QCheckBox* followUp_;
    QDateEdit* followUpOn_;
};

class EndContactDialog final : public ChangeDialog {
    Q_OBJECT
public:
    EndContactDialog(AppSession& session, const Contact& contact, QWidget* parent = nullptr);

private:
    void apply() override;
    Contact contact_;
};

} // namespace duedesk::app
