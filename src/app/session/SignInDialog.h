// SignInDialog: the user picks their name and enters their password; the
// core's SignIn checks it against the stored Argon2id hash.
#pragma once

#include "duedesk/domain/User.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace duedesk::app {

class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    SignInDialog(LedgerDatabase& database, QWidget* parent = nullptr);
    const std::optional<User>& user() const { return user_; }
    // Tries the entered name and password; accepts the dialog on success.
    bool trySignIn();

private:
    LedgerDatabase& database_;
    QComboBox* name_;
    QLineEdit* password_;
    QLabel* message_;
    std::optional<User> user_;
};

} // namespace duedesk::app
