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
#include "duedesk/domain/CommitmentRules.h"
#include "duedesk/domain/ContactLog.h"
#include "duedesk/domain/ContactRules.h"
#include "duedesk/domain/DateLimits.h"
#include "duedesk/services/AccountContacts.h"
#include "duedesk/services/ContactLogService.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QShowEvent;
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
//
// OK first checks what is typed with the core's rules (problems()): every
// problem shows at once beside its field, in the label the form places
// under it (the field's name + "Error"), and nothing is written. Once
// shown, a problem goes away as soon as the field is fixed. Problems only
// the ledger can find (an effective date before the current record
// began) come back from the save and show in the error line.
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
    // Takes over the form's date (starting on the session's as-of date,
    // within `range`, named `what` in messages), error line and buttons;
    // called once the form is set up.
    void useFrame(QDateEdit& effectiveOn, const QString& what, const DateRange& range, QLabel& error,
                  QDialogButtonBox& buttons);
    // The same for a change that takes effect on the session's day, without
    // a date to choose (a reassignment).
    void useFrame(QLabel& error, QDialogButtonBox& buttons);
    // The label beside a field, found by the field's object name + "Error".
    QLabel& errorLabelOf(const QWidget& field) const;
    // A field the core's problems name by `key` ("city"); editing it
    // clears its problem once fixed.
    void addField(const std::string& key, QWidget& field);
    // What the core's rules find wrong with what is typed now.
    virtual std::vector<FieldProblem> problems() const { return {}; }
    // Shows every problem with what is typed, as OK does; true when none.
    bool checked();
    // Writes change() in the background, as OK does once checked().
    void save();
    // A dialog opens with the focus on its first field.
    void showEvent(QShowEvent* event) override;
    Date effectiveOn() const;
    AppSession& session() { return session_; }
    const AppSession& session() const { return session_; }
    // The change as typed, to run on a pool thread against the given
    // connection; it throws what the core refuses. Reads the widgets now.
    using Change = std::function<void(LedgerDatabase&)>;
    virtual Change change() = 0;

private:
    void finishSave(const std::optional<std::string>& refusal);
    void showProblem(const QString& text);
    // Shows `found` beside the fields; with `onlyShown`, only updates or
    // clears the problems already on screen. Returns the first field with one.
    QWidget* showFieldProblems(const std::vector<FieldProblem>& found, bool onlyShown);
    void fitHeight();

    AppSession& session_;
    QDateEdit* effective_ = nullptr;
    QLabel* error_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QTimer* waitingHint_ = nullptr;
    bool saving_ = false;
    bool focusGiven_ = false;
    std::vector<std::pair<std::string, QWidget*>> fields_; // in the form's order
};

class AddressDialog final : public ChangeDialog {
    Q_OBJECT
public:
    // Starts from `current` (the billing address, or an empty one).
    AddressDialog(AppSession& session, AccountId account, const Address& current, QWidget* parent = nullptr);
    ~AddressDialog() override;

private:
    Address typed() const;
    std::vector<FieldProblem> problems() const override { return addressProblems(typed()); }
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
    Contact typed() const;
    std::vector<FieldProblem> problems() const override { return contactProblems(typed()); }
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
    // While the account is overdue the follow-up date is required.
    void setFollowUpRequired(bool required);
    // What the follow-up will ask for, preset (from a worklist item's action).
    void setNextAction(DiaryAction action);
    // OK with the outcome "Promise to pay" asks for the promise first
    // (promiseWanted); nothing is written until it comes back here. The
    // follow-up moves to the day the promise is judged, and the contact
    // and its promise are written together.
    void accept() override;
    void usePromise(const Promise& promise);
    // The promise last typed for this contact, kept when the save was
    // refused so the form opens with it again.
    const std::optional<Promise>& lastPromise() const { return lastPromise_; }
    const CommitmentTerms& commitmentTerms() const { return terms_; }

signals:
    // The contact is checked and its outcome is "Promise to pay": the
    // promise form is wanted before anything is written.
    void promiseWanted();
    // A contact with the outcome "Dispute raised" was written: the dispute
    // itself is raised next.
    void disputeRaisedLogged();

private:
    bool promiseOutcome() const;
    ContactLogEntry typed() const;
    NextStep nextStep() const;
    std::vector<FieldProblem> problems() const override;
    Change change() override;
    std::unique_ptr<Ui::LogContactDialog> ui_;
    AccountId account_;
    bool followUpRequired_ = false;
    CommitmentTerms terms_;
    std::optional<Promise> promise_; // the one being written with the contact
    std::optional<Promise> lastPromise_;

public:
    // A correction of `entry`: the form starts from it, and the new entry
    // names it (correctsId); the log keeps both.
    void correcting(const ContactLogEntry& entry);

private:
    std::optional<std::int64_t> corrects_;
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
