// Sign-in through the dialog's widgets.
#include "app/session/SignInDialog.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/SignIn.h"
#include "duedesk/storage/UserRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

TEST_CASE("The sign-in dialog refuses a wrong password and accepts the right one", "[gui][signin]") {
    QSettings().clear();
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const UserId id = db->users().add({0, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false});
    SignIn(*db).setPassword(id, "correct-horse");

    app::SignInDialog dialog(*db);
    auto* name = dialog.findChild<QComboBox*>(QStringLiteral("signInName"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("signInMessage"));
    REQUIRE(name->count() == 1);
    CHECK(name->itemText(0) == QStringLiteral("amorgan  (Alice Morgan)"));
    CHECK(password->echoMode() == QLineEdit::Password);

    password->setText(QStringLiteral("wrong-horse"));
    CHECK_FALSE(dialog.trySignIn());
    CHECK(message->text() == QStringLiteral("Sign-in failed: check the user name and password."));
    CHECK(password->text().isEmpty());
    CHECK_FALSE(dialog.user().has_value());

    password->setText(QStringLiteral("correct-horse"));
    CHECK(dialog.trySignIn());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.user().has_value());
    CHECK(dialog.user()->name == "amorgan");
    CHECK(QSettings().value(QStringLiteral("SignIn/lastUser")).toString() == QStringLiteral("amorgan"));
}

TEST_CASE("A typed user name is used, and the last user is chosen next time", "[gui][signin]") {
    QSettings().clear();
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    UserRepository& users = db->users();
    SignIn(*db).setPassword(users.add({0, "admin", "Sam Adebayo", Role::Administrator, true, std::nullopt, false}),
                            "admin-password");
    SignIn(*db).setPassword(users.add({0, "bokafor", "Ben Okafor", Role::Analyst, true, std::nullopt, false}),
                            "ben-password");
    {
        app::SignInDialog dialog(*db);
        auto* name = dialog.findChild<QComboBox*>(QStringLiteral("signInName"));
        CHECK(name->currentText() == QStringLiteral("admin  (Sam Adebayo)"));
        name->setEditText(QStringLiteral("bokafor"));
        dialog.findChild<QLineEdit*>(QStringLiteral("signInPassword"))->setText(QStringLiteral("ben-password"));
        REQUIRE(dialog.trySignIn());
        CHECK(dialog.user()->name == "bokafor");
    }
    app::SignInDialog again(*db);
    CHECK(again.findChild<QComboBox*>(QStringLiteral("signInName"))->currentText() ==
          QStringLiteral("bokafor  (Ben Okafor)"));
}
