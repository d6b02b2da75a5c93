// CashView: unapplied cash and the matches the core proposes for it, for
// one account (a tab of the account window) or for the signed-in analyst's
// accounts (the Cash application window). The analyst accepts a proposal
// as it is or adjusted (another amount, an invoice dropped or added), or
// rejects it; an accepted match is written off the UI thread by the core's
// CashApplication, as the signed-in user. The layout is ui/CashView.ui.
#pragma once

#include "app/cash/CashModels.h"
#include "app/common/BackgroundTask.h"
#include "app/session/AppSession.h"

#include "duedesk/storage/OpenDocumentsQuery.h"

#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class CashView;
}

namespace duedesk::app {

// What the view loads: the proposals, and for each proposal's credit the
// open invoices it could pay instead (to add one).
struct CashLoad {
    std::vector<CashProposal> proposals;
    std::map<DocumentId, std::vector<Document>> candidates;
};

class CashView final : public QWidget {
    Q_OBJECT
public:
    CashView(AppSession& session, OpenDocumentsScope scope, QWidget* parent = nullptr);
    ~CashView() override;
    QTableView& proposals();
    QTableView& lines();
    void reload();

signals:
    void loaded();
    // A match was written: balances and aging have changed.
    void applied();
    // Finished accepting, written or refused (the refusal is shown).
    void acceptFinished(bool written);
    void accountActivated(duedesk::AccountId account);

private:
    // The proposal selected, as the analyst has adjusted it.
    CashProposal* selected();
    void showSelected();
    void setAmount();
    void dropInvoice();
    void addInvoice();
    void accept();
    void reject();
    void showProblem(const QString& text);
    void setBusy(bool busy);

    std::unique_ptr<Ui::CashView> ui_;
    AppSession& session_;
    OpenDocumentsScope scope_;
    CashProposalsModel proposals_;
    CashLinesModel lines_;
    QSortFilterProxyModel* proposalsShown_ = nullptr;
    QSortFilterProxyModel* linesShown_ = nullptr;
    std::vector<CashProposal> shown_; // the proposals as adjusted, in the model's order
    std::map<DocumentId, std::vector<Document>> candidates_;
    RequestSequence loads_;
    bool busy_ = false;
};

} // namespace duedesk::app
