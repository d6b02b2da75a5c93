// AccountView: one customer: a header with contact, terms, credit limit,
// balance and an aging strip; tabs for open items (with a running
// balance), closed items, contacts and addresses (with history, changed
// through dialogs) and the recorded activity. Loads off the UI thread.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/session/AppSession.h"

#include "duedesk/reports/AccountDetail.h"

#include <QWidget>

#include <optional>

class QDialog;

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace duedesk::app {

class AccountView final : public QWidget {
    Q_OBJECT
public:
    AccountView(AppSession& session, AccountId account, QWidget* parent = nullptr);
    QTableWidget& openItems() { return *openItems_; }
    QTableWidget& closedItems() { return *closedItems_; }
    // Contacts (current first), then addresses (newest first).
    QTableWidget& addresses() { return *addresses_; }
    QTableWidget& activity() { return *activity_; }
    QTableWidget& contactLog() { return *contactLog_; }
    void reload();

signals:
    void loaded();
    // A contact was logged: the ledger's last contact and follow-up change.
    void contactLogged();

private:
    void fill(const AccountDetail& detail);
    void fillContacts(const AccountDetail& detail);
    void fillContactLog(const AccountDetail& detail);
    static QString recordedByName(const AccountDetail& detail, UserId user);
    // The current contact on the selected row, if that is what is selected.
    std::optional<Contact> selectedContact() const;
    void openChange(QDialog* dialog);

    AppSession& session_;
    AccountId account_;
    AccountDetail detail_;
    QLabel* title_;
    QLabel* facts_;
    QLabel* agingStrip_;
    QTabWidget* tabs_;
    QTableWidget* openItems_;
    QTableWidget* closedItems_;
    QTableWidget* addresses_;
    QTableWidget* activity_;
    QTableWidget* contactLog_;
    QPushButton* logContact_;
    QPushButton* changeAddress_;
    QPushButton* addContact_;
    QPushButton* editContact_;
    QPushButton* endContact_;
    RequestSequence loads_;
};

} // namespace duedesk::app
