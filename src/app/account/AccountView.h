// AccountView: one customer: a header with contact, terms, credit limit,
// balance and an aging strip; tabs for open items (with a running
// balance), unapplied cash with its proposed matches, closed items,
// contacts and addresses (with history, changed through dialogs), the
// contact log and the recorded activity; and what was agreed with the
// customer: its promises and payment plans with their states on the
// session's day, the hold pausing its chasing (with "Release hold"), its
// open follow-ups and who collected it when; its disputes and its
// write-offs (with "Request write-off…"). The layout is the form
// ui/AccountView.ui; the data loads off the UI thread.
#pragma once

#include "app/account/AccountModels.h"
#include "app/account/CommitmentModels.h"
#include "app/account/ContactDialogs.h"
#include "app/cash/CashView.h"
#include "app/common/BackgroundTask.h"
#include "app/diary/PaymentPlanDialog.h"
#include "app/diary/PromiseDialog.h"
#include "app/session/AppSession.h"

#include "duedesk/domain/Diary.h"
#include "duedesk/reports/AccountDetail.h"
#include "duedesk/reports/AccountDiary.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QDialog;

namespace duedesk::app {
class AccountDisputes;
class AccountWriteOffs;
} // namespace duedesk::app
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class AccountView;
}

namespace duedesk::app {

class AccountView final : public QWidget {
    Q_OBJECT
public:
    AccountView(AppSession& session, AccountId account, QWidget* parent = nullptr);
    ~AccountView() override;
    // The tables as shown (sorted as the user chose).
    QTableView& openItems();
    QTableView& closedItems();
    // Contacts (current first), then addresses (newest first).
    QTableView& addresses();
    QTableView& activity();
    QTableView& contactLog();
    void reload();
    // The Disputes tab, and showing it.
    AccountDisputes& disputes() { return *disputes_; }
    void showDisputes();
    // The Write-offs tab, and showing it.
    AccountWriteOffs& writeOffs() { return *writeOffs_; }
    void showWriteOffs();
    // Opens the contact log dialog as soon as the account has loaded (at
    // once when it has), its follow-up action preset to `next`: a worklist
    // item being worked.
    void logContactWhenLoaded(DiaryAction next);
    // The contact log dialog, while it is open.
    LogContactDialog* logContactDialog() const { return logDialog_; }
    // The promise form, opened over the contact dialog when its outcome is
    // "Promise to pay", while it is open.
    PromiseDialog* promiseDialog() const { return promiseDialog_; }

    // Where the window's size is remembered between accounts and runs.
    static QString sizeSettingKey();

    // The "Promises & plans" tab's tables: promises, then plans each
    // followed by its instalments (in that order, not sortable); open
    // follow-ups; assignment history, newest first.
    QTableView& commitments();
    QTableView& followUps();
    QTableView& assignments();
    // The plan form, while it is open.
    PaymentPlanDialog* planDialog() const { return planDialog_; }

signals:
    void loaded();
    // A contact was logged: the ledger's last contact and follow-up change.
    void contactLogged();
    // Cash was applied to invoices: balances and overdue amounts change.
    void cashApplied();
    // Chasing was paused: the account leaves the worklist.
    void holdPlaced();
    // F8: done here, on to the diary's next item (when a diary opened it).
    void workNextRequested();
    // The promises, plans, hold and follow-ups were (re)loaded.
    void commitmentsLoaded();
    // A promise was withdrawn, a plan agreed or cancelled, or a hold
    // released: the worklist changes.
    void commitmentsChanged();
    // A dispute was raised, followed up or closed.
    void disputesChanged();
    // A write-off was requested.
    void writeOffsChanged();
    // The account was referred to an agency or a solicitor: it leaves the
    // worklist and shows on the Escalations page.
    void referred();
    // The open referral shown in the header was (re)loaded.
    void referralLoaded();
    // A team leader was asked to look at the account.
    void attentionAsked();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void rememberSize() const;
    std::array<QTableView*, 5> tables() const;
    void fill(const AccountDetail& detail);
    void updateContactButtons();
    // The current contact on the selected row, if that is what is selected.
    std::optional<Contact> selectedContact() const;
    void openChange(QDialog* dialog);
    void openLogContact(std::optional<DiaryAction> next);
    void openPromise();

    // The "Promises & plans" tab and the hold in the header.
    void setUpCommitments();
    void reloadCommitments();
    void fillCommitments(const AccountDiary& diary);
    void updateCommitmentButtons();
    std::optional<CommitmentLine> selectedCommitment() const;
    void openPlan();
    void openEndCommitment(bool withdrawPromise);
    void releaseHold();
    void openCorrection();
    // The open referral in the header, and "Refer…".
    void reloadReferral();
    void openRefer();

    std::unique_ptr<Ui::AccountView> ui_;
    AppSession& session_;
    AccountId account_;
    AccountDetail detail_;
    OpenItemsModel openItems_;
    ClosedItemsModel closedItems_;
    ContactsAndAddressesModel addresses_;
    ActivityModel activity_;
    ContactLogModel contactLog_;
    CashView* cash_ = nullptr;
    AccountDisputes* disputes_ = nullptr;
    AccountWriteOffs* writeOffs_ = nullptr;
    QSortFilterProxyModel* addressesShown_ = nullptr;
    RequestSequence loads_;
    bool loadedOnce_ = false;
    std::optional<DiaryAction> logWhenLoaded_;
    QPointer<LogContactDialog> logDialog_;
    QPointer<PromiseDialog> promiseDialog_;
    AccountDiary diary_;
    CommitmentsModel commitments_;
    FollowUpsModel followUps_;
    AssignmentsModel assignments_;
    RequestSequence diaryLoads_;
    QPointer<PaymentPlanDialog> planDialog_;
    RequestSequence referralLoads_;
};

} // namespace duedesk::app
