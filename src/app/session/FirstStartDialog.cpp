// The first start's choice, and the creation of the ledger on the pool.
#include "app/session/FirstStartDialog.h"

#include "app/common/BackgroundTask.h"

#include "duedesk/services/NewLedger.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace duedesk::app {

FirstStartDialog::FirstStartDialog(std::string databasePath, DemoOptions demo, QWidget* parent)
    : QDialog(parent), path_(std::move(databasePath)), demo_(demo),
      demoChoice_(new QRadioButton(tr("Load the &demo portfolio to try Duedesk out"), this)),
      emptyChoice_(new QRadioButton(tr("Start an &empty ledger, with me as its administrator"), this)),
      adminForm_(new QWidget(this)), userName_(new QLineEdit(adminForm_)), fullName_(new QLineEdit(adminForm_)),
      password_(new QLineEdit(adminForm_)), repeat_(new QLineEdit(adminForm_)), progress_(new QProgressBar(this)),
      error_(new QLabel(this)), buttons_(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("firstStart"));
    setWindowTitle(tr("Welcome to Duedesk"));
    demoChoice_->setObjectName(QStringLiteral("firstStartDemo"));
    emptyChoice_->setObjectName(QStringLiteral("firstStartEmpty"));
    userName_->setObjectName(QStringLiteral("firstStartUser"));
    fullName_->setObjectName(QStringLiteral("firstStartFullName"));
    password_->setObjectName(QStringLiteral("firstStartPassword"));
    repeat_->setObjectName(QStringLiteral("firstStartRepeat"));
    progress_->setObjectName(QStringLiteral("firstStartProgress"));
    error_->setObjectName(QStringLiteral("firstStartError"));
    password_->setEchoMode(QLineEdit::Password);
    repeat_->setEchoMode(QLineEdit::Password);
    userName_->setPlaceholderText(tr("e.g. jsmith"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b00020;"));
    error_->hide();
    progress_->hide();

    auto* intro = new QLabel(tr("There is no ledger at %1 yet. Duedesk will create it.")
                                 .arg(QString::fromStdString(path_)),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* demoNote = new QLabel(tr("%L1 customer accounts with their invoices, payments and contacts. Sign in as "
                                   "amorgan (an analyst) or hreid (a team leader); every demo user's password is "
                                   "\"%2\".")
                                    .arg(demo_.accounts)
                                    .arg(QString::fromLatin1(kDemoPassword)),
                                this);
    demoNote->setWordWrap(true);
    demoNote->setIndent(24);
    auto* form = new QFormLayout(adminForm_);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&User name:"), userName_);
    form->addRow(tr("&Full name:"), fullName_);
    form->addRow(tr("&Password:"), password_);
    form->addRow(tr("&Repeat password:"), repeat_);

    buttons_->addButton(tr("&Create"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons_->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons_, &QDialogButtonBox::accepted, this, &FirstStartDialog::create);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(demoChoice_, &QRadioButton::toggled, this, &FirstStartDialog::updateChoice);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(demoChoice_);
    layout->addWidget(demoNote);
    layout->addSpacing(8);
    layout->addWidget(emptyChoice_);
    layout->addWidget(adminForm_);
    layout->addWidget(error_);
    layout->addWidget(progress_);
    layout->addStretch(1);
    layout->addWidget(buttons_);
    demoChoice_->setChecked(true);
    updateChoice();
    resize(560, sizeHint().height());
}

void FirstStartDialog::updateChoice() { adminForm_->setEnabled(emptyChoice_->isChecked()); }

void FirstStartDialog::showError(const QString& message) {
    error_->setText(message);
    error_->show();
    emit failed(message);
}

void FirstStartDialog::setBusy(bool busy) {
    demoChoice_->setEnabled(!busy);
    emptyChoice_->setEnabled(!busy);
    adminForm_->setEnabled(!busy && emptyChoice_->isChecked());
    buttons_->setEnabled(!busy);
    progress_->setVisible(busy);
    if (busy) error_->hide();
}

void FirstStartDialog::create() {
    const std::string path = path_;
    // The user the sign-in dialog offers next.
    QString signInAs;
    std::function<std::monostate(const std::function<void(int)>&)> work;
    int maximum = 0; // 0: no measure, a busy bar
    if (demoChoice_->isChecked()) {
        signInAs = QStringLiteral("amorgan");
        maximum = static_cast<int>(demo_.accounts);
        progress_->setFormat(tr("Creating the demo portfolio: %v of %m accounts"));
        work = [path, demo = demo_](const std::function<void(int)>& report) {
            createDemoLedger(path, demo, [&](std::int64_t done, std::int64_t) { report(static_cast<int>(done)); });
            return std::monostate{};
        };
    } else {
        if (password_->text() != repeat_->text()) {
            showError(tr("The two passwords differ."));
            return;
        }
        User admin;
        admin.name = userName_->text().trimmed().toStdString();
        admin.fullName = fullName_->text().trimmed().toStdString();
        if (admin.fullName.empty()) admin.fullName = admin.name;
        signInAs = QString::fromStdString(admin.name);
        progress_->setFormat(QString());
        work = [path, admin, password = password_->text().toStdString()](const std::function<void(int)>&) {
            createEmptyLedger(path, admin, password);
            return std::monostate{};
        };
    }
    progress_->setRange(0, maximum);
    progress_->setValue(0);
    setBusy(true);
    runInBackgroundWithProgress<std::monostate>(
        this, maximum, std::move(work), [this](int value) { progress_->setValue(value); },
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
    if (!progress_->isVisible()) QDialog::reject();
}

} // namespace duedesk::app
