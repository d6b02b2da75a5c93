// Dialogs that change an account's addresses and contacts through the
// core's AccountContacts, and log a contact through ContactLogService.
// Each asks from which day the change holds; a refused change shows the
// core's reason ("city: is required") and the dialog stays open with what
// the user typed. Their layouts are forms in ui/ (AddressDialog.ui, ...).
//
// A change is written on the thread pool with a connection of its own, so
// the window never freezes: while another writer (an import) holds the
// ledger, the dialog says it is waiting and keeps what was typed; if the
// ledger stays busy past AppSession::kChangeLockWait, it says so and
// nothing is written or lost.
#pragma once

#include "app/session/AppSession.h"

#include "duedesk/domain/Account.h"
#include "duedesk/domain/ContactLog.h"
#include "duedesk/services/AccountContacts.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QTimer;

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
    // Starts writing the change in the background; the dialog closes when
    // it is written, or shows why not and stays open.
    void accept() override;
    // Closing is refused while a save runs: it would be written anyway.
    void reject() override;
    bool saving() const { return saving_; }

signals:
    // A save finished: written (the dialog then closes) or refused.
    void saveFinished(bool written);

protected:
    ChangeDialog(AppSession& session, QWidget* parent);
    // Takes over the form's date (starting on the session's as-of date),
    // error line and buttons; called once the form is set up.
    void useFrame(QDateEdit& effectiveOn, QLabel& error, QDialogButtonBox& buttons);
    Date effectiveOn() const;
    AppSession& session() { return session_; }
    // The change as typed, to run on a pool thread against the given
    // connection; it throws what the core refuses. Reads the widgets now.
    using Change = std::function<void(LedgerDatabase&)>;
    virtual Change change() = 0;

private:
    void finishSave(const std::optional<std::string>& refusal);
    void showProblem(const QString& text);

    AppSession& session_;
    QDateEdit* effective_ = nullptr;
    QLabel* error_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QTimer* waitingHint_ = nullptr;
    bool saving_ = false;
};

class AddressDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // Starts from `current` (the billing address, or an empty one).
    AddressDialog(AppSession& session, AccountId account, const Address& current, QWidget* parent = nullptr);
    ~AddressDialog() override;

private:
    Change change() override;
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
    Change change() override;
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
    Change change() override;
    std::unique_ptr<Ui::LogContactDialog> ui_;
    AccountId account_;
};

class EndContactDialog final : public ChangeDialog {
    Q_OBJECT
public:
    EndContactDialog(AppSession& session, const Contact& contact, QWidget* parent = nullptr);
    ~EndContactDialog() override;

private:
    Change change() override;
    std::unique_ptr<Ui::EndContactDialog> ui_;
    Contact contact_;
};

} // namespace duedesk::app
