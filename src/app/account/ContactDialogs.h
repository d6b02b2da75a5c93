// Dialogs that change an account's addresses and contacts through the
// core's AccountContacts, and log a contact through ContactLogService.
// Each asks from which day the change holds; a refused change shows the
// core's reason ("city: is required") and the dialog stays open with what
// the user typed. Their layouts are forms in ui/ (AddressDialog.ui, ...).
#pragma once

#include "app/session/AppSession.h"

#include "duedesk/domain/Account.h"
#include "duedesk/domain/ContactLog.h"
#include "duedesk/services/AccountContacts.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace Ui {
class AddressDialog;
class ContactDialog;
class EndContactDialog;
class LogContactDialog;
} // namespace Ui

namespace duedesk::app {

// What every change dialog shares: the effective date, the error line and
// OK/Cancel, all in the subclass's form. Subclasses apply the change.
class ChangeDialog : public QDialog {
    Q_OBJECT
public:
    void accept() override;

protected:
    ChangeDialog(AppSession& session, QWidget* parent);
    // Takes over the form's date (starting on the session's as-of date),
    // error line and buttons; called once the form is set up.
    void useFrame(QDateEdit& effectiveOn, QLabel& error, QDialogButtonBox& buttons);
    Date effectiveOn() const;
    AppSession& session() { return session_; }
    // Makes the change; throws what the core refuses.
    virtual void apply() = 0;

private:
    AppSession& session_;
    QDateEdit* effective_ = nullptr;
    QLabel* error_ = nullptr;
};

class AddressDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // Starts from `current` (the billing address, or an empty one).
    AddressDialog(AppSession& session, AccountId account, const Address& current, QWidget* parent = nullptr);
    ~AddressDialog() override;

private:
    void apply() override;
    std::unique_ptr<Ui::AddressDialog> ui_;
    AccountId account_;
};

class ContactDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // A new contact, or a change of `replacing` (which ends the day before).
    ContactDialog(AppSession& session, AccountId account, const std::optional<Contact>& replacing,
                  QWidget* parent = nullptr);
    ~ContactDialog() override;

private:
    void apply() override;
    std::unique_ptr<Ui::ContactDialog> ui_;
    AccountId account_;
    std::optional<std::int64_t> replacing_;
};

class LogContactDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // `contacts`: the account's current contacts, offered as who was spoken to.
    LogContactDialog(AppSession& session, AccountId account, const std::vector<Contact>& contacts,
                     QWidget* parent = nullptr);
    ~LogContactDialog() override;

private:
    void apply() override;
    std::unique_ptr<Ui::LogContactDialog> ui_;
    AccountId account_;
};

class EndContactDialog final : public ChangeDialog {
    Q_OBJECT
public:
    EndContactDialog(AppSession& session, const Contact& contact, QWidget* parent = nullptr);
    ~EndContactDialog() override;

private:
    void apply() override;
    std::unique_ptr<Ui::EndContactDialog> ui_;
    Contact contact_;
};

} // namespace duedesk::app
