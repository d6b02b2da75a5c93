// AccountDisputes: the account window's Disputes tab: the account's
// disputes, newest first, with "Raise a dispute…" over its open invoices
// and "Follow up…" on the one selected. It loads off the UI thread and
// says when what it shows has changed (the worklist and the aging follow
// disputed money). The layout is ui/AccountDisputes.ui.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/dispute/DisputeModels.h"
#include "app/session/AppSession.h"

#include "duedesk/domain/Document.h"

#include <QWidget>

#include <memory>
#include <vector>

class QDialog;
class QTableView;

namespace duedesk::app {
class DisputeDialog;
}

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

signals:
    void loaded();
    // A dispute was raised, followed up or closed.
    void changed();

private:
    void open(QDialog* dialog);
    void updateButtons();
    std::unique_ptr<Ui::AccountDisputes> ui_;
    AppSession& session_;
    AccountId account_;
    QString what_;
    std::vector<Document> openInvoices_;
    DisputesModel model_;
    RequestSequence loads_;
};

} // namespace duedesk::app
