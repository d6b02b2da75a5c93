// Signing in and out: a new session per sign-in.
#include "app/session/Workstation.h"

#include "app/MainWindow.h"
#include "app/session/AppSession.h"
#include "app/session/SignInDialog.h"

#include <QMessageBox>

namespace duedesk::app {

Workstation::Workstation(LedgerLocation location, Date today, QObject* parent)
    : QObject(parent), connector_(std::move(location)), today_(today) {
    // Before anyone has signed in, what is written (a sign-in's record)
    // is the sign-in's own.
    connector_.setAuditSession(AppSession::auditSession("sign-in"));
}

Workstation::~Workstation() = default;

void Workstation::start() { showSignIn(); }

void Workstation::showSignIn() {
    // A new connection and dialog each time: it lists the users as they are
    // now, read afresh. A ledger that cannot be read says why and ends the
    // program cleanly, rather than taking it down from inside Qt.
    try {
        signInDatabase_ = connector_.connect();
        signIn_ = std::make_unique<SignInDialog>(*signInDatabase_);
    } catch (const std::exception& e) {
        signIn_.reset();
        signInDatabase_.reset();
        QMessageBox::critical(
            nullptr, tr("Duedesk"),
            tr("The ledger %1 could not be read: %2")
                .arg(QString::fromStdString(connector_.location().displayName()), QString::fromStdString(e.what())));
        emit ended();
        return;
    }
    SignInDialog* dialog = signIn_.get();
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        // Deleted later: this runs inside the dialog's own signal.
        signIn_.release()->deleteLater();
        if (result != QDialog::Accepted || !dialog->user()) {
            emit ended();
            return;
        }
        session_ = std::make_unique<AppSession>(connector_.location(), *dialog->user(), today_);
        window_ = std::make_unique<MainWindow>(*session_);
        connect(window_.get(), &MainWindow::signOutRequested, this, &Workstation::signOut, Qt::QueuedConnection);
        window_->show();
        window_->recordStrategyChoices();
        emit signedIn();
    });
    dialog->open();
}

void Workstation::signOut() {
    if (!window_) return;
    // The sign-in dialog shows before the window closes, so the program
    // never has no window (Qt would quit).
    showSignIn();
    window_->close(); // remembers its geometry and page
    window_.reset(); // with it every account window and wizard of the session
    session_.reset();
    emit signedOut();
}

} // namespace duedesk::app
