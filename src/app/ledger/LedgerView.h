// LedgerView: the accounts of the signed-in analyst (or a colleague, or
// everyone), with instant search and filters, sortable on every column.
// The layout is the form ui/LedgerView.ui; the list loads off the UI
// thread, and only the newest load is shown.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/ledger/LedgerModel.h"
#include "app/session/AppSession.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QTableView;

namespace Ui {
class LedgerView;
}

namespace duedesk::app {

class LedgerView final : public QWidget {
    Q_OBJECT
public:
    LedgerView(AppSession& session, QWidget* parent = nullptr);
    ~LedgerView() override;
    void reload();
    int visibleRows() const;
    // The rows as shown, filtered and sorted.
    LedgerModel& model() { return *model_; }
    QTableView& table();

signals:
    void loaded(int accounts);
    // Double-click or Enter on a row.
    void accountActivated(duedesk::AccountId account);
    void loadFailed(const QString& message);
    // "Reassign…" on the selected rows' accounts (team leaders and
    // administrators only: the button is hidden from others).
    void reassignRequested(const std::vector<duedesk::AccountId>& accounts);

private:
    void applyFilter();
    void fillAnalystChoices(const std::vector<LedgerRow>& rows);
    void showTotals();
    void restoreLayout();
    void saveLayout() const;
    void updateCount();
    std::vector<AccountId> selectedAccounts() const;

    std::unique_ptr<Ui::LedgerView> ui_;
    AppSession& session_;
    LedgerModel* model_;
    RequestSequence loads_;
    std::optional<AccountId> keepCurrent_;
    int keepColumn_ = 0;
    QStringList missingRates_; // currencies of rows without a rate
    bool layoutRestored_ = false;
};

} // namespace duedesk::app
