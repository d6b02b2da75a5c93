// LedgerView: the accounts of the signed-in analyst (or a colleague, or
// everyone), with instant search and filters, sortable on every column.
// The list loads off the UI thread, and only the newest load is shown.
#pragma once

#include "app/session/AppSession.h"
#include "app/common/BackgroundTask.h"
#include "app/ledger/LedgerModel.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QTableView;

namespace duedesk::app {

class LedgerView final : public QWidget {
    Q_OBJECT
public:
    LedgerView(AppSession& session, QWidget* parent = nullptr);
    void reload();
    int visibleRows() const;
    // The rows as shown, filtered and sorted.
    LedgerModel& model() { return *model_; }
    QTableView& table() { return *table_; }

signals:
    void loaded(int accounts);
    // Double-click or Enter on a row.
    void accountActivated(duedesk::AccountId account);
    void loadFailed(const QString& message);

private:
    void applyFilter();
    void fillAnalystChoices(const std::vector<LedgerRow>& rows);
    void updateCount();

    AppSession& session_;
    LedgerModel* model_;
    QLineEdit* search_;
    QComboBox* analyst_;
    QComboBox* risk_;
    QSpinBox* overdueAbove_;
    QCheckBox* overLimit_;
    QCheckBox* followUpDue_;
    QTableView* table_;
    QLabel* count_;
    QProgressBar* busy_;
    RequestSequence loads_;
    std::optional<AccountId> keepCurrent_;
    int keepColumn_ = 0;
};

} // namespace duedesk::app
