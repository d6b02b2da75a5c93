// Workstation: the signed-in life of the program. It asks who is there
// (SignInDialog), opens the main window in a new session for them, and on
// File > Sign out closes that window (and every window of the session)
// and asks again, so another user can sign in without the program being
// restarted. It ends when the sign-in dialog is closed without signing in.
#pragma once

#include "app/session/AppSession.h"

#include "duedesk/storage/LedgerConnector.h"

#include <QObject>

#include <memory>

namespace duedesk::app {

class MainWindow;
class SignInDialog;

class Workstation final : public QObject {
    Q_OBJECT
public:
    Workstation(LedgerLocation location, Date today, QObject* parent = nullptr);
    ~Workstation() override;

    // Shows the sign-in dialog (window-modal, without an event loop of its own).
    void start();
    // While someone is signed in: their session and its window.
    AppSession* session() const { return session_.get(); }
    MainWindow* mainWindow() const { return window_.get(); }
    // While the sign-in dialog is shown.
    SignInDialog* signInDialog() const { return signIn_.get(); }

signals:
    // The main window is shown for the user who signed in.
    void signedIn();
    // The session has ended and the sign-in dialog is shown again.
    void signedOut();
    // The sign-in dialog was closed without signing in.
    void ended();

private:
    void showSignIn();
    void signOut();

    LedgerConnector connector_;
    Date today_;
    // The sign-in dialog's connection, for the users it lists.
    std::unique_ptr<LedgerDatabase> signInDatabase_;
    std::unique_ptr<SignInDialog> signIn_;
    // Declared before the window so that the window goes first.
    std::unique_ptr<AppSession> session_;
    std::unique_ptr<MainWindow> window_;
};

} // namespace duedesk::app
