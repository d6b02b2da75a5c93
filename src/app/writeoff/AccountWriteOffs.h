// AccountWriteOffs: the account window's Write-offs tab: the account's
// write-offs, newest first, with their amounts, reasons and states, and
// "Request write-off…" over its open invoices for those who may request
// one. It loads off the UI thread and says when a request was made (the
// Write-offs page lists it). The layout is ui/AccountWriteOffs.ui.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/session/AppSession.h"
#include "app/writeoff/WriteOffModels.h"

#include "duedesk/domain/Document.h"

#include <QWidget>

#include <memory>
#include <vector>

class QTableView;

namespace Ui {
class AccountWriteOffs;
}

namespace duedesk::app {

class WriteOffRequestDialog;

class AccountWriteOffs final : public QWidget {
    Q_OBJECT
public:
    AccountWriteOffs(AppSession& session, AccountId account, QWidget* parent = nullptr);
    ~AccountWriteOffs() override;
    // What "Request write-off…" offers: the account's open invoices, and
    // the account as the user knows it.
    void setAccount(const QString& what, std::vector<Document> openInvoices);
    void reload();
    QTableView& table();
    // "Request write-off…", as the button does (nothing when the account
    // has no open invoice or the user may not request write-offs).
    WriteOffRequestDialog* requestWriteOff();

signals:
    void loaded();
    // A write-off was requested.
    void changed();

private:
    std::unique_ptr<Ui::AccountWriteOffs> ui_;
    AppSession& session_;
    AccountId account_;
    QString what_;
    std::vector<Document> openInvoices_;
    WriteOffsModel model_;
    RequestSequence loads_;
};

} // namespace duedesk::app
