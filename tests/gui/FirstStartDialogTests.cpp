// The first start: the dialog creates the demo ledger or an empty one with
// its administrator, off the UI thread, and refuses what it cannot make.
#include "app/session/FirstStartDialog.h"
#include "gui/GuiSupport.h"

#include "duedesk/services/SignIn.h"
#include "duedesk/services/UserDirectory.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

#include <filesystem>

using namespace duedesk;
using namespace duedesk::test;

namespace {
DemoOptions smallDemo() {
    DemoOptions o;
    o.accounts = 30;
    o.invoices = 300;
    o.asOf = Date::ymd(2026, 6, 30);
    return o;
}

QPushButton* button(app::FirstStartDialog& dialog, const QString& text) {
    for (auto* b : dialog.findChild<QDialogButtonBox*>()->buttons())
        if (b->text() == text) return static_cast<QPushButton*>(b);
    return nullptr;
}

QLineEdit* field(app::FirstStartDialog& dialog, const char* name) {
    return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
}
} // namespace

TEST_CASE("First start loads the demo portfolio into the data location", "[gui][firststart]") {
    TempDir dir;
    const std::string path = dir.file("share/duedesk/duedesk.db");
    QSettings().remove(QStringLiteral("SignIn/lastUser"));
    app::FirstStartDialog dialog(path, smallDemo());
    dialog.show();
    CHECK(dialog.findChild<QRadioButton*>(QStringLiteral("firstStartDemo"))->isChecked());
    CHECK_FALSE(field(dialog, "firstStartUser")->isEnabled());
    QSignalSpy finished(&dialog, &QDialog::finished);
    button(dialog, QStringLiteral("&Create"))->click();
    CHECK_FALSE(button(dialog, QStringLiteral("&Create"))->isEnabled()); // busy
    REQUIRE(finished.wait(20000));
    CHECK(dialog.result() == QDialog::Accepted);
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    CHECK(SignIn(*db).attempt("amorgan", kDemoPassword));
    CHECK(QSettings().value(QStringLiteral("SignIn/lastUser")).toString() == QStringLiteral("amorgan"));
}

TEST_CASE("First start makes an empty ledger with its administrator", "[gui][firststart]") {
    TempDir dir;
    const std::string path = dir.file("new.db");
    app::FirstStartDialog dialog(path, smallDemo());
    dialog.show();
    dialog.findChild<QRadioButton*>(QStringLiteral("firstStartEmpty"))->setChecked(true);
    REQUIRE(field(dialog, "firstStartUser")->isEnabled());
    field(dialog, "firstStartUser")->setText(QStringLiteral("gadmin"));
    field(dialog, "firstStartFullName")->setText(QStringLiteral("Grace Admin"));
    field(dialog, "firstStartPassword")->setText(QStringLiteral("correct horse"));
    field(dialog, "firstStartRepeat")->setText(QStringLiteral("correct hose"));
    QSignalSpy failed(&dialog, &app::FirstStartDialog::failed);
    button(dialog, QStringLiteral("&Create"))->click();
    REQUIRE(failed.size() == 1);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("firstStartError"))->text() ==
          QStringLiteral("The two passwords differ."));
    CHECK_FALSE(std::filesystem::exists(path));

    field(dialog, "firstStartRepeat")->setText(QStringLiteral("correct horse"));
    QSignalSpy finished(&dialog, &QDialog::finished);
    button(dialog, QStringLiteral("&Create"))->click();
    REQUIRE(finished.wait(20000));
    CHECK(dialog.result() == QDialog::Accepted);
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    const auto admin = SignIn(*db).attempt("gadmin", "correct horse");
    REQUIRE(admin);
    CHECK(admin->role == Role::Administrator);
    CHECK(admin->fullName == "Grace Admin");
    CHECK(QSettings().value(QStringLiteral("SignIn/lastUser")).toString() == QStringLiteral("gadmin"));
}

TEST_CASE("First start shows why it cannot make the ledger and leaves no file", "[gui][firststart]") {
    TempDir dir;
    const std::string path = dir.file("new.db");
    app::FirstStartDialog dialog(path, smallDemo());
    dialog.show();
    dialog.findChild<QRadioButton*>(QStringLiteral("firstStartEmpty"))->setChecked(true);
    field(dialog, "firstStartUser")->setText(QStringLiteral("Grace Admin")); // a space: not a user name
    field(dialog, "firstStartPassword")->setText(QStringLiteral("correct horse"));
    field(dialog, "firstStartRepeat")->setText(QStringLiteral("correct horse"));
    QSignalSpy failed(&dialog, &app::FirstStartDialog::failed);
    button(dialog, QStringLiteral("&Create"))->click();
    REQUIRE(failed.wait(20000));
    CHECK(failed.first().first().toString().contains(QStringLiteral("Grace Admin")));
    CHECK(dialog.isVisible());
    CHECK(button(dialog, QStringLiteral("&Create"))->isEnabled());
    CHECK_FALSE(std::filesystem::exists(path));
}
