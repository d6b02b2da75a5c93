// AccountDisputes: the account window's Disputes tab: the account's
// disputes, newest first, with "Raise a dispute…" over its open invoices,
// "Follow up…" and "Request credit memo…" on the one selected, whose
// credit memo requests show below the table; a team leader approves or
// rejects a request awaiting approval there. It loads off the UI thread and
// says when what it shows has changed (the worklist and the aging follow
// disputed money). The layout is ui/AccountDisputes.ui.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/dispute/DisputeModels.h"
#include "app/session/AppSession.h"

#include "duedesk/domain/CreditMemo.h"
#include "duedesk/domain/Document.h"

#include <QWidget>

#include <memory>
#include <vector>

class QDialog;
class QTableView;

namespace duedesk::app {
class CreditMemoDecisionDialog;
class CreditMemoDialog;
class DisputeDialog;
} // namespace duedesk::app

namespace Ui {
class AccountDisputes;
}

namespace duedesk::app {

class AccountDisputes final : public QWidget {
    Q_OBJECT
public:
    AccountDisputes(AppSession& session, AccountId account, QWidget* parent = nullptr);
    ~AccountDisputes() override;
    // What "Raise a dispute…" offers: the account's open invoices, and the
    // account as the user knows it.
    void setAccount(const QString& what, std::vector<Document> openInvoices);
    void reload();
    QTableView& table();
    // "Raise a dispute…", as the button does (nothing when the account has
    // no open invoice or the user may not).
    DisputeDialog* raiseDispute();
    // "Request credit memo…" on the selected dispute, as the button does
    // (nothing unless one still open without a pending request is selected
    // and the user may request credit memos).
    CreditMemoDialog* requestCreditMemo();
    // "Approve credit memo…" and "Reject credit memo…" on the selected
    // dispute's request awaiting approval, as the buttons do (nothing
    // unless there is one, made by someone else, and the user may decide).
    CreditMemoDecisionDialog* approveCreditMemo();
    CreditMemoDecisionDialog* rejectCreditMemo();
    // The selected dispute's credit memo requests, a line each, as shown.
    QString creditMemosText() const;

signals:
    void loaded();
    // A dispute was raised, followed up or closed.
    void changed();

private:
    void open(QDialog* dialog);
    void updateButtons();
    void showCreditMemos();
    // The selected dispute, if one is.
    const Dispute* selectedDispute() const;
    // The selected dispute's request awaiting approval that the user may
    // decide (not their own).
    const CreditMemoRequest* decidableCreditMemo() const;
    CreditMemoDecisionDialog* decideCreditMemo(bool approve);
    std::unique_ptr<Ui::AccountDisputes> ui_;
    AppSession& session_;
    AccountId account_;
    QString what_;
    std::vector<Document> openInvoices_;
    DisputesModel model_;
    std::vector<CreditMemoRequest> creditMemos_; // the account's, by id
    RequestSequence loads_;
};

} // namespace duedesk::app
