// The change dialogs' behaviour; their layouts are forms in ui/. They run
// on the UI thread's connection: a change is one small transaction, over
// in milliseconds.
#include "app/account/ContactDialogs.h"

#include "ui_AddressDialog.h"
#include "ui_ContactDialog.h"
#include "ui_EndContactDialog.h"
#include "ui_LogContactDialog.h"

#include "app/account/AccountTexts.h"
#include "app/common/QtDate.h"

#include "duedesk/services/ContactLogService.h"
#include "duedesk/storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
std::string text(const QLineEdit* e) { return e->text().trimmed().toStdString(); }
} // namespace

ChangeDialog::ChangeDialog(AppSession& session, QWidget* parent) : QDialog(parent), session_(session) {}

void ChangeDialog::useFrame(QDateEdit& effectiveOn, QLabel& error, QDialogButtonBox& buttons) {
    effective_ = &effectiveOn;
    error_ = &error;
    effective_->setDate(toQDate(session_.asOf()));
    error_->hide();
    connect(&buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::accept);
    connect(&buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Date ChangeDialog::effectiveOn() const { return fromQDate(effective_->date()); }


void ChangeDialog::accept() {
    try {
        apply();
    } catch (const ContactRejected& e) {
        error_->setText(q(e.what()));
        error_->show();
        return;
    } catch (const StorageError& e) {
        error_->setText(tr("The change could not be saved: %1").arg(q(e.what())));
        error_->show();
        return;
    }
    QDialog::accept();
}

AddressDialog::AddressDialog(AppSession& session, AccountId account, const Address& current, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::AddressDialog>()), account_(account) {
    ui_->setupUi(this);
    useFrame(*ui_->changeEffectiveOn, *ui_->changeError, *ui_->buttons);
    QComboBox* kind = ui_->addressKind;
    kind->addItem(tr("Billing"), QStringLiteral("billing"));
    kind->addItem(tr("Delivery"), QStringLiteral("delivery"));
    kind->addItem(tr("Registered office"), QStringLiteral("registered"));
    kind->setCurrentIndex(std::max(0, kind->findData(q(current.kind))));
    ui_->addressLine1->setText(q(current.line1));
    ui_->addressLine2->setText(q(current.line2));
    ui_->addressCity->setText(q(current.city));
    ui_->addressRegion->setText(q(current.region));
    ui_->addressPostcode->setText(q(current.postcode));
    ui_->addressCountry->setText(q(current.country));
}

AddressDialog::~AddressDialog() = default;

void AddressDialog::apply() {
    Address a;
    a.accountId = account_;
    a.kind = ui_->addressKind->currentData().toString().toStdString();
    a.line1 = text(ui_->addressLine1);
    a.line2 = text(ui_->addressLine2);
    a.city = text(ui_->addressCity);
    a.region = text(ui_->addressRegion);
    a.postcode = text(ui_->addressPostcode);
    a.country = text(ui_->addressCountry);
    AccountContacts(session().database()).changeAddress(a, effectiveOn(), session().actor());
}

ContactDialog::ContactDialog(AppSession& session, AccountId account, const std::optional<Contact>& replacing,
                             QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::ContactDialog>()), account_(account) {
    ui_->setupUi(this);
    useFrame(*ui_->changeEffectiveOn, *ui_->changeError, *ui_->buttons);
    if (replacing) {
        setWindowTitle(tr("Change contact"));
        replacing_ = replacing->id;
    }
    const Contact start = replacing.value_or(Contact{});
    ui_->contactName->setText(q(start.name));
    ui_->contactJobTitle->setText(q(start.jobTitle));
    ui_->contactPhone->setText(q(start.phone));
    ui_->contactEmail->setText(q(start.email));
    ui_->contactPrimary->setChecked(start.primary);
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::apply() {
    Contact c;
    c.accountId = account_;
    c.name = text(ui_->contactName);
    c.jobTitle = text(ui_->contactJobTitle);
    c.phone = text(ui_->contactPhone);
    c.email = text(ui_->contactEmail);
    c.primary = ui_->contactPrimary->isChecked();
    AccountContacts(session().database()).saveContact(c, replacing_, effectiveOn(), session().actor());
}

LogContactDialog::LogContactDialog(AppSession& session, AccountId account, const std::vector<Contact>& contacts,
                                   QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::LogContactDialog>()), account_(account) {
    ui_->setupUi(this);
    useFrame(*ui_->changeEffectiveOn, *ui_->changeError, *ui_->buttons);
    for (const ContactChannel c : contactChannels())
        ui_->logChannel->addItem(contactChannelText(c), QString::fromLatin1(contactChannelName(c)));
    QComboBox* with = ui_->logWith;
    with->addItem(tr("(nobody in particular)"), QVariant());
    for (const Contact& c : contacts)
        if (!c.validTo)
            with->addItem(q(c.jobTitle.empty() ? c.name : c.name + ", " + c.jobTitle),
                          QVariant::fromValue<qint64>(c.id));
    if (with->count() > 1) with->setCurrentIndex(1);
    ui_->logFollowUpOn->setDate(toQDate(session.asOf().addDays(7)));
    connect(ui_->logFollowUp, &QCheckBox::toggled, ui_->logFollowUpOn, &QWidget::setEnabled);
}

LogContactDialog::~LogContactDialog() = default;

void LogContactDialog::apply() {
    ContactLogEntry e;
    e.accountId = account_;
    e.contactedOn = effectiveOn();
    e.channel = contactChannelFromName(ui_->logChannel->currentData().toString().toStdString())
                    .value_or(ContactChannel::Note);
    if (ui_->logWith->currentData().isValid()) e.contactId = ui_->logWith->currentData().toLongLong();
    e.outcome = text(ui_->logOutcome);
    e.note = text(ui_->logNote);
    if (ui_->logFollowUp->isChecked()) e.followUpOn = fromQDate(ui_->logFollowUpOn->date());
    ContactLogService(session().database()).logContact(e, session().actor());
}

EndContactDialog::EndContactDialog(AppSession& session, const Contact& contact, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::EndContactDialog>()), contact_(contact) {
    ui_->setupUi(this);
    useFrame(*ui_->changeEffectiveOn, *ui_->changeError, *ui_->buttons);
    ui_->endContactWhat->setText(ui_->endContactWhat->text().arg(q(contact.name)));
}

EndContactDialog::~EndContactDialog() = default;

void EndContactDialog::apply() {
    AccountContacts(session().database()).endContact(contact_.accountId, contact_.id, effectiveOn(), session().actor());
}

} // namespace duedesk::app
