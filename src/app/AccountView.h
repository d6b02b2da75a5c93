// AccountView: one customer: a header with contact, terms, credit limit,
// balance and an aging strip; tabs for open items (with a running
// balance), closed items, contacts and addresses (with history) and the
// recorded activity. Loads off the UI thread.
#pragma once

#include "app/AppSession.h"

#include "duedesk/reports/AccountDetail.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace duedesk::app {

class AccountView final : public QWidget {
    Q_OBJECT
public:
    AccountView(AppSession& session, AccountId account, QWidget* parent = nullptr);
    QTableWidget& openItems() { return *openItems_; }
    QTableWidget& closedItems() { return *closedItems_; }
    QTableWidget& addresses() { return *addresses_; }
    QTableWidget& activity() { return *activity_; }

signals:
    void loaded();

private:
    void fill(const AccountDetail& detail);

    AppSession& session_;
    QLabel* title_;
    QLabel* facts_;
    QLabel* agingStrip_;
    QTabWidget* tabs_;
    QTableWidget* openItems_;
    QTableWidget* closedItems_;
    QTableWidget* addresses_;
    QTableWidget* activity_;
};

} // namespace duedesk::app
