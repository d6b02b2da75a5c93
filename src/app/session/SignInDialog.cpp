// Sign-in: a failed attempt says only that it failed, never which part.
#include "app/session/SignInDialog.h"

#include "ui_SignInDialog.h"

#include "duedesk/services/SignIn.h"
#include "duedesk/services/UserDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace duedesk::app {

SignInDialog::SignInDialog(LedgerDatabase& database, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::SignInDialog>()), database_(database) {
    ui_->setupUi(this);
    QComboBox* name = ui_->signInName;
    for (const User& u : UserDirectory(database_).all())
        if (u.active)
            name->addItem(QString::fromStdString(u.name + "  (" + u.fullName + ")"), QString::fromStdString(u.name));
    ui_->buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The last user to sign in here is chosen and only the password asked
    // for; otherwise the name is selected, so typing it replaces it.
    const int last = name->findData(QSettings().value(QStringLiteral("SignIn/lastUser")).toString());
    if (last >= 0) {
        name->setCurrentIndex(last);
        ui_->signInPassword->setFocus();
    } else {
        name->lineEdit()->selectAll();
        name->setFocus();
    }
}

SignInDialog::~SignInDialog() = default;

bool SignInDialog::trySignIn() {
    const QComboBox* nameBox = ui_->signInName;
    QString name = nameBox->currentData().toString();
    if (name.isEmpty() || nameBox->currentText() != nameBox->itemText(nameBox->currentIndex()))
        name = nameBox->currentText().section(QLatin1Char(' '), 0, 0);
    user_ = SignIn(database_).attempt(name.trimmed().toStdString(), ui_->signInPassword->text().toStdString());
    if (!user_) {
        ui_->signInMessage->setText(tr("Sign-in failed: check the user name and password."));
        ui_->signInPassword->clear();
        return false;
    }
    QSettings().setValue(QStringLiteral("SignIn/lastUser"), QString::fromStdString(user_->name));
    accept();
    return true;
}

} // namespace duedesk::app
