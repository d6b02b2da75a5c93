// Sign-in: a failed attempt says only that it failed, never which part.
#include "app/session/SignInDialog.h"

#include "duedesk/services/SignIn.h"
#include "duedesk/services/UserDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace duedesk::app {

SignInDialog::SignInDialog(LedgerDatabase& database, QWidget* parent)
    : QDialog(parent), database_(database), name_(new QComboBox(this)), password_(new QLineEdit(this)),
      message_(new QLabel(this)) {
    setWindowTitle(tr("Sign in to Duedesk"));
    name_->setObjectName(QStringLiteral("signInName"));
    password_->setObjectName(QStringLiteral("signInPassword"));
    message_->setObjectName(QStringLiteral("signInMessage"));
    name_->setEditable(true);
    for (const User& u : UserDirectory(database_).all())
        if (u.active) name_->addItem(QString::fromStdString(u.name + "  (" + u.fullName + ")"), QString::fromStdString(u.name));
    password_->setEchoMode(QLineEdit::Password);
    message_->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    auto* form = new QFormLayout;
    form->addRow(tr("User"), name_);
    form->addRow(tr("Password"), password_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The last user to sign in here is chosen and only the password asked
    // for; otherwise the name is selected, so typing it replaces it.
    const int last = name_->findData(QSettings().value(QStringLiteral("SignIn/lastUser")).toString());
    if (last >= 0) {
        name_->setCurrentIndex(last);
        password_->setFocus();
    } else {
        name_->lineEdit()->selectAll();
        name_->setFocus();
    }
}

bool SignInDialog::trySignIn() {
    QString name = name_->currentData().toString();
    if (name.isEmpty() || name_->currentText() != name_->itemText(name_->currentIndex()))
        name = name_->currentText().section(QLatin1Char(' '), 0, 0);
    user_ = SignIn(database_).attempt(name.trimmed().toStdString(), password_->text().toStdString());
    if (!user_) {
        message_->setText(tr("Sign-in failed: check the user name and password."));
        password_->clear();
        return false;
    }
    QSettings().setValue(QStringLiteral("SignIn/lastUser"), QString::fromStdString(user_->name));
    accept();
    return true;
}

} // namespace duedesk::app
