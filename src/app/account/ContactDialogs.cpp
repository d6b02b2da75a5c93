// The change dialogs. They run on the UI thread's connection: a change is
// one small transaction, over in milliseconds.
#include "app/account/ContactDialogs.h"
#include "app/common/QtDate.h"

#include "duedesk/services/ContactLogService.h"
#include "duedesk/storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
std::string text(const QLineEdit* e) { return e->text().trimmed().toStdString(); }
} // namespace

QString contactChannelText(ContactChannel channel) {
    switch (channel) {
    case ContactChannel::Phone: return QObject::tr("Phone call");
    case ContactChannel::Email: return QObject::tr("E-mail");
    case ContactChannel::Letter: return QObject::tr("Letter");
    case ContactChannel::Meeting: return QObject::tr("Meeting");
    case ContactChannel::Note: return QObject::tr("Note to file");
    }
    return {};
}

ChangeDialog::ChangeDialog(AppSession& session, const QString& title, QWidget* parent)
    : QDialog(parent), session_(session), form_(new QFormLayout), effective_(new QDateEdit(this)),
      error_(new QLabel(this)) {
    setWindowTitle(title);
    effective_->setObjectName(QStringLiteral("changeEffectiveOn"));
    effective_->setCalendarPopup(true);
    effective_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const Date asOf = session.asOf();
    effective_->setDate(toQDate(asOf));
    error_->setObjectName(QStringLiteral("changeError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b00020;"));
    error_->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form_);
    layout->addWidget(error_);
    layout->addWidget(buttons);
}

QLineEdit* ChangeDialog::addField(const QString& label, const QString& objectName, const QString& text) {
    auto* edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(320);
    form_->addRow(label, edit);
    return edit;
}

void ChangeDialog::finishForm(const QString& dateLabel) { form_->addRow(dateLabel, effective_); }

Date ChangeDialog::effectiveOn() const {
    const QDate d = effective_->date();
    return fromQDate(d);
}

ChangeBy ChangeDialog::changeBy() const { return {session_.user().id, session_.asOf()}; }

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
    : ChangeDialog(session, tr("Change address"), parent), account_(account), kind_(new QComboBox(this)) {
    setObjectName(QStringLiteral("addressDialog"));
    kind_->setObjectName(QStringLiteral("addressKind"));
    kind_->addItem(tr("Billing"), QStringLiteral("billing"));
    kind_->addItem(tr("Delivery"), QStringLiteral("delivery"));
    kind_->addItem(tr("Registered office"), QStringLiteral("registered"));
    kind_->setCurrentIndex(std::max(0, kind_->findData(q(current.kind))));
    form().addRow(tr("&Kind:"), kind_);
    line1_ = addField(tr("Line &1:"), QStringLiteral("addressLine1"), q(current.line1));
    line2_ = addField(tr("Line &2:"), QStringLiteral("addressLine2"), q(current.line2));
    city_ = addField(tr("&City:"), QStringLiteral("addressCity"), q(current.city));
    region_ = addField(tr("&Region:"), QStringLiteral("addressRegion"), q(current.region));
    postcode_ = addField(tr("&Postcode:"), QStringLiteral("addressPostcode"), q(current.postcode));
    country_ = addField(tr("C&ountry code:"), QStringLiteral("addressCountry"), q(current.country));
    country_->setMaxLength(2);
    finishForm();
}

void AddressDialog::apply() {
    Address a;
    a.accountId = account_;
    a.kind = kind_->currentData().toString().toStdString();
    a.line1 = text(line1_);
    a.line2 = text(line2_);
    a.city = text(city_);
    a.region = text(region_);
    a.postcode = text(postcode_);
    a.country = text(country_);
    AccountContacts(session().database()).changeAddress(a, effectiveOn(), changeBy());
}

ContactDialog::ContactDialog(AppSession& session, AccountId account, const std::optional<Contact>& replacing,
                             QWidget* parent)
    : ChangeDialog(session, replacing ? tr("Change contact") : tr("Add contact"), parent), account_(account),
      primary_(new QCheckBox(tr("The account's primary contact"), this)) {
    setObjectName(QStringLiteral("contactDialog"));
    if (replacing) replacing_ = replacing->id;
    const Contact start = replacing.value_or(Contact{});
    name_ = addField(tr("&Name:"), QStringLiteral("contactName"), q(start.name));
    jobTitle_ = addField(tr("&Job title:"), QStringLiteral("contactJobTitle"), q(start.jobTitle));
    phone_ = addField(tr("&Phone:"), QStringLiteral("contactPhone"), q(start.phone));
    email_ = addField(tr("&E-mail:"), QStringLiteral("contactEmail"), q(start.email));
    primary_->setObjectName(QStringLiteral("contactPrimary"));
    primary_->setChecked(start.primary);
    form().addRow(QString(), primary_);
    finishForm();
}

void ContactDialog::apply() {
    Contact c;
    c.accountId = account_;
    c.name = text(name_);
    c.jobTitle = text(jobTitle_);
    c.phone = text(phone_);
    c.email = text(email_);
    c.primary = primary_->isChecked();
    AccountContacts(session().database()).saveContact(c, replacing_, effectiveOn(), changeBy());
}

LogContactDialog::LogContactDialog(AppSession& session, AccountId account, const std::vector<Contact>& contacts,
                                   QWidget* parent)
    : ChangeDialog(session, tr("Log contact"), parent), account_(account), channel_(new QComboBox(this)),
      with_(new QComboBox(this)), followUp_(new QCheckBox(tr("Follow &up on:"), this)),
      followUpOn_(new QDateEdit(this)) {
    setObjectName(QStringLiteral("logContactDialog"));
    channel_->setObjectName(QStringLiteral("logChannel"));
    with_->setObjectName(QStringLiteral("logWith"));
    followUp_->setObjectName(QStringLiteral("logFollowUp"));
    followUpOn_->setObjectName(QStringLiteral("logFollowUpOn"));
    for (const ContactChannel c : contactChannels())
        channel_->addItem(contactChannelText(c), QString::fromLatin1(contactChannelName(c)));
    with_->addItem(tr("(nobody in particular)"), QVariant());
    for (const Contact& c : contacts)
        if (!c.validTo) with_->addItem(q(c.jobTitle.empty() ? c.name : c.name + ", " + c.jobTitle), QVariant::fromValue<qint64>(c.id));
    if (with_->count() > 1) with_->setCurrentIndex(1);
    form().addRow(tr("&Channel:"), channel_);
    form().addRow(tr("&With:"), with_);
    outcome_ = addField(tr("&Outcome:"), QStringLiteral("logOutcome"));
    outcome_->setPlaceholderText(tr("e.g. Promised payment of INV-1042 by Friday"));
    note_ = addField(tr("&Note:"), QStringLiteral("logNote"));
    followUpOn_->setCalendarPopup(true);
    followUpOn_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    followUpOn_->setDate(toQDate(session.asOf().addDays(7)));
    followUp_->setChecked(true);
    connect(followUp_, &QCheckBox::toggled, followUpOn_, &QWidget::setEnabled);
    form().addRow(followUp_, followUpOn_);
    finishForm(tr("Contact &date:"));
}

void LogContactDialog::apply() {
    ContactLogEntry e;
    e.accountId = account_;
    e.contactedOn = effectiveOn();
    e.channel = contactChannelFromName(channel_->currentData().toString().toStdString()).value_or(ContactChannel::Note);
    if (with_->currentData().isValid()) e.contactId = with_->currentData().toLongLong();
    e.outcome = text(outcome_);
    e.note = text(note_);
    if (followUp_->isChecked()) e.followUpOn = fromQDate(followUpOn_->date());
    ContactLogService(session().database()).logContact(e, changeBy());
}

EndContactDialog::EndContactDialog(AppSession& session, const Contact& contact, QWidget* parent)
    : ChangeDialog(session, tr("End contact"), parent), contact_(contact) {
    setObjectName(QStringLiteral("endContactDialog"));
    auto* what = new QLabel(tr("%1 is no longer a contact for this account.").arg(q(contact.name)), this);
    what->setWordWrap(true);
    form().addRow(what);
    finishForm();
}

void EndContactDialog::apply() {
    AccountContacts(session().database()).endContact(contact_.accountId, contact_.id, effectiveOn(), changeBy());
}

} // namespace duedesk::app
