// The first start's choice, and the creation of the ledger on the pool.
#include "app/session/FirstStartDialog.h"

#include "ui_FirstStartDialog.h"

#include "app/common/BackgroundTask.h"
#include "app/session/AppSession.h"

#include "duedesk/services/NewLedger.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

namespace duedesk::app {

FirstStartDialog::FirstStartDialog(std::string databasePath, DemoOptions demo, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::FirstStartDialog>()), path_(std::move(databasePath)), demo_(demo) {
    ui_->setupUi(this);
    ui_->intro->setText(ui_->intro->text().arg(QString::fromStdString(path_)));
    ui_->demoNote->setText(ui_->demoNote->text().arg(demo_.accounts).arg(QString::fromLatin1(kDemoPassword)));
    ui_->firstStartError->hide();
    ui_->firstStartProgress->hide();

    ui_->buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole)->setDefault(true);
    ui_->buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::create);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui_->firstStartDemo, &QRadioButton::toggled, this, &FirstStartDialog::updateChoice);
    updateChoice();
    resize(560, sizeHint().height());
}

FirstStartDialog::~FirstStartDialog() = default;

void FirstStartDialog::updateChoice() { ui_->adminForm->setEnabled(ui_->firstStartEmpty->isChecked()); }

void FirstStartDialog::showError(const QString& message) {
    ui_->firstStartError->setText(message);
    ui_->firstStartError->show();
    emit failed(message);
}

void FirstStartDialog::setBusy(bool busy) {
    ui_->firstStartDemo->setEnabled(!busy);
    ui_->firstStartEmpty->setEnabled(!busy);
    ui_->adminForm->setEnabled(!busy && ui_->firstStartEmpty->isChecked());
    ui_->buttons->setEnabled(!busy);
    ui_->firstStartProgress->setVisible(busy);
    if (busy) ui_->firstStartError->hide();
}

void FirstStartDialog::create() {
    const std::string path = path_;
    // The user the sign-in dialog offers next.
    QString signInAs;
    std::function<std::monostate(const std::function<void(int)>&)> work;
    int maximum = 0; // 0: no measure, a busy bar
    if (ui_->firstStartDemo->isChecked()) {
        signInAs = QStringLiteral("amorgan");
        maximum = static_cast<int>(demo_.accounts);
        ui_->firstStartProgress->setFormat(tr("Creating the demo portfolio: %v of %m accounts"));
        work = [path, demo = demo_](const std::function<void(int)>& report) {
            createDemoLedger(path, demo, AppSession::auditSession("first start"),
                             [&](std::int64_t done, std::int64_t) { report(static_cast<int>(done)); });
            return std::monostate{};
        };
    } else {
        if (ui_->firstStartPassword->text() != ui_->firstStartRepeat->text()) {
            showError(tr("The two passwords differ."));
            return;
        }
        User admin;
        admin.name = ui_->firstStartUser->text().trimmed().toStdString();
        admin.fullName = ui_->firstStartFullName->text().trimmed().toStdString();
        if (admin.fullName.empty()) admin.fullName = admin.name;
        signInAs = QString::fromStdString(admin.name);
        ui_->firstStartProgress->setFormat(QString());
        work = [path, admin,
                password = ui_->firstStartPassword->text().toStdString()](const std::function<void(int)>&) {
            createEmptyLedger(path, admin, password, AppSession::auditSession("first start"));
            return std::monostate{};
        };
    }
    ui_->firstStartProgress->setRange(0, maximum);
    ui_->firstStartProgress->setValue(0);
    setBusy(true);
    runInBackgroundWithProgress<std::monostate>(
        this, maximum, std::move(work), [this](int value) { ui_->firstStartProgress->setValue(value); },
        [this, signInAs](Outcome<std::monostate> outcome) {
            setBusy(false);
            if (const auto* message = std::get_if<std::string>(&outcome)) {
                showError(QString::fromStdString(*message));
                return;
            }
            QSettings().setValue(QStringLiteral("SignIn/lastUser"), signInAs);
            accept();
        });
}

void FirstStartDialog::reject() {
    // Not while the ledger is being made: it would be left half-built.
    if (!ui_->firstStartProgress->isVisible()) QDialog::reject();
}

} // namespace duedesk::app
