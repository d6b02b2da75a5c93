// SignInDialog: the user picks their name and enters their password; the
// core's SignIn checks it against the stored Argon2id hash. The layout is
// the form ui/SignInDialog.ui.
#pragma once

#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace duedesk::app {

class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    SignInDialog(LedgerDatabase& database, QWidget* parent = nullptr);
    ~SignInDialog() override;
    const std::optional<User>& user() const { return user_; }
    // Tries the entered name and password; accepts the dialog on success.
    bool trySignIn();

private:
    std::unique_ptr<Ui::SignInDialog> ui_;
    LedgerDatabase& database_;
    std::optional<User> user_;
};

} // namespace duedesk::app
