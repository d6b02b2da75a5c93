// The change dialogs' behaviour; their layouts are forms in ui/. A change
// is read from the widgets on the UI thread and written on the pool, with
// its own connection that waits out another writer (an import).
#include "app/account/ContactDialogs.h"

#include "ui_AddressDialog.h"
#include "ui_ContactDialog.h"
#include "ui_EndContactDialog.h"
#include "ui_LogContactDialog.h"

#include "app/account/AccountTexts.h"
#include "app/common/BackgroundTask.h"
#include "app/common/ChangeRefusal.h"
#include "app/common/DateField.h"
#include "app/common/Keyboard.h"
#include "app/common/QtDate.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/AccountAssignment.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/services/CommitmentRejected.h"
#include "duedesk/services/ContactLogService.h"
#include "duedesk/services/DiaryService.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
std::string text(const QLineEdit* e) { return e->text().trimmed().toStdString(); }
} // namespace

ChangeDialog::ChangeDialog(AppSession& session, QWidget* parent) : QDialog(parent), session_(session) {}

void ChangeDialog::useFrame(QDateEdit& effectiveOn, const QString& what, const DateRange& range, QLabel& error,
                            QDialogButtonBox& buttons) {
    effective_ = &effectiveOn;
    DateField::attach(effectiveOn, what, range, &errorLabelOf(effectiveOn));
    effective_->setDate(toQDate(session_.asOf()));
    useFrame(error, buttons);
}

void ChangeDialog::useFrame(QLabel& error, QDialogButtonBox& buttons) {
    error_ = &error;
    error_->hide();
    buttons_ = &buttons;
    connect(&buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::accept);
    connect(&buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A change that has not been written within a moment is waiting for
    // the ledger: say so, rather than leave the user guessing.
    waitingHint_ = new QTimer(this);
    waitingHint_->setSingleShot(true);
    waitingHint_->setInterval(400);
    connect(waitingHint_, &QTimer::timeout, this, [this] {
        showProblem(tr("Waiting for the ledger: another change, such as an import, is being written. "
                       "Your entry is kept and will be saved when it finishes."));
    });
}

void ChangeDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (!focusGiven_) {
        focusGiven_ = true;
        focusFirstField(*this);
    }
}

Date ChangeDialog::effectiveOn() const { return effective_ ? fromQDate(effective_->date()) : session_.asOf(); }

QLabel& ChangeDialog::errorLabelOf(const QWidget& field) const {
    auto* label = findChild<QLabel*>(field.objectName() + QStringLiteral("Error"));
    Q_ASSERT(label);
    return *label;
}

void ChangeDialog::addField(const std::string& key, QWidget& field) {
    fields_.emplace_back(key, &field);
    errorLabelOf(field).hide();
    // A problem on screen goes as soon as the field is fixed; new ones wait
    // for the next OK, so that nothing nags while the user types.
    const auto recheck = [this] { showFieldProblems(problems(), true); };
    if (auto* edit = qobject_cast<QLineEdit*>(&field))
        connect(edit, &QLineEdit::textChanged, this, recheck);
    else if (auto* box = qobject_cast<QComboBox*>(&field))
        connect(box, &QComboBox::currentIndexChanged, this, recheck);
    else if (auto* date = qobject_cast<QDateEdit*>(&field))
        connect(date, &QDateEdit::dateChanged, this, recheck);
}

QWidget* ChangeDialog::showFieldProblems(const std::vector<FieldProblem>& found, bool onlyShown) {
    QWidget* first = nullptr;
    for (const auto& [key, field] : fields_) {
        QStringList messages;
        for (const FieldProblem& p : found)
            if (p.field == key) messages << q(p.message);
        QLabel& label = errorLabelOf(*field);
        if (onlyShown && label.isHidden()) continue;
        // A date whose typed text was refused keeps saying why.
        if (auto* date = qobject_cast<QDateEdit*>(field); date && !DateField::of(*date)->problem().isEmpty()) {
            if (!first) first = field;
            continue;
        }
        label.setText(messages.join(QLatin1Char(' ')));
        label.setVisible(!messages.isEmpty());
        if (!messages.isEmpty() && !first) first = field;
    }
    fitHeight();
    return first;
}

void ChangeDialog::showProblem(const QString& text) {
    error_->setText(text);
    error_->show();
    fitHeight();
}

void ChangeDialog::fitHeight() {
    // The window's minimum height counts one line of a wrapped label: a
    // longer message (the wait for the ledger) would squeeze the fields
    // above it. Grow the dialog to the height the messages need.
    QLayout* frame = layout();
    frame->activate();
    const int needed =
        frame->hasHeightForWidth() ? frame->totalHeightForWidth(width()) : frame->totalSizeHint().height();
    if (height() < needed) resize(width(), needed);
}

void ChangeDialog::accept() {
    if (saving_) return; // one save at a time: Enter pressed twice saves once
    if (!checked()) return;
    save();
}

bool ChangeDialog::checked() {
    // Every problem at once: the dates typed, then the core's rules.
    QWidget* wrong = nullptr;
    for (QDateEdit* date : findChildren<QDateEdit*>()) {
        DateField* field = DateField::of(*date);
        if (field && date->isEnabled() && !field->commit() && !wrong) wrong = date;
    }
    QWidget* firstField = showFieldProblems(problems(), false);
    if (firstField) wrong = firstField; // the first in the form's order
    if (wrong) {
        error_->hide();
        fitHeight();
        wrong->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

void ChangeDialog::save() {
    if (saving_) return;
    saving_ = true;
    for (QAbstractButton* button : buttons_->buttons()) button->setEnabled(false);
    error_->hide();
    waitingHint_->start();
    // The refusal the core names (a field, a permission) comes back as the
    // result; anything else (a busy or broken ledger) as the Outcome's text.
    runInBackground<std::optional<std::string>>(
        this,
        [write = change(), connector = session_.connector()]() -> std::optional<std::string> {
            auto database = connector.connect(AppSession::kChangeLockWait);
            return refusalOf("change", [&] { write(*database); });
        },
        [this](Outcome<std::optional<std::string>> outcome) {
            if (auto* failure = std::get_if<std::string>(&outcome)) {
                finishSave(tr("The change could not be saved: %1").arg(q(*failure)).toStdString());
                return;
            }
            finishSave(std::get<std::optional<std::string>>(outcome));
        });
}

void ChangeDialog::reject() {
    if (saving_) return;
    QDialog::reject();
}

void ChangeDialog::finishSave(const std::optional<std::string>& refusal) {
    waitingHint_->stop();
    saving_ = false;
    for (QAbstractButton* button : buttons_->buttons()) button->setEnabled(true);
    if (refusal) {
        showProblem(q(*refusal));
        emit saveFinished(false);
        return;
    }
    emit saveFinished(true);
    QDialog::accept();
}

AddressDialog::AddressDialog(AppSession& session, AccountId account, const Address& current, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::AddressDialog>()), account_(account) {
    ui_->setupUi(this);
    useFrame(*ui_->changeEffectiveOn, tr("effective date"), effectiveDates(session.actor().on), *ui_->changeError,
             *ui_->buttons);
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
    // A country code is capitals: "gb" typed shows as GB.
    connect(ui_->addressCountry, &QLineEdit::textEdited, this, [edit = ui_->addressCountry](const QString& typed) {
        const int at = edit->cursorPosition();
        edit->setText(typed.toUpper());
        edit->setCursorPosition(at);
    });
    addField("kind", *ui_->addressKind);
    addField("line1", *ui_->addressLine1);
    addField("city", *ui_->addressCity);
    addField("country", *ui_->addressCountry);
    addField("effective", *ui_->changeEffectiveOn);
}

AddressDialog::~AddressDialog() = default;

Address AddressDialog::typed() const {
    Address a;
    a.accountId = account_;
    a.kind = ui_->addressKind->currentData().toString().toStdString();
    a.line1 = text(ui_->addressLine1);
    a.line2 = text(ui_->addressLine2);
    a.city = text(ui_->addressCity);
    a.region = text(ui_->addressRegion);
    a.postcode = text(ui_->addressPostcode);
    a.country = normalizedCountry(text(ui_->addressCountry));
    return a;
}

ChangeDialog::Change AddressDialog::change() {
    return [a = typed(), effective = effectiveOn(), by = session().actor()](LedgerDatabase& db) {
        AccountContacts(db).changeAddress(a, effective, by);
    };
}

ContactDialog::ContactDialog(AppSession& session, AccountId account, const std::optional<Contact>& replacing,
                             QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::ContactDialog>()), account_(account) {
    ui_->setupUi(this);
    useFrame(*ui_->changeEffectiveOn, tr("effective date"), effectiveDates(session.actor().on), *ui_->changeError,
             *ui_->buttons);
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
    ui_->contactPhone->setToolTip(
        tr("Digits, spaces, a leading +, -, ( and ); %1 to %2 digits").arg(kPhoneMinDigits).arg(kPhoneMaxDigits));
    addField("name", *ui_->contactName);
    addField("phone", *ui_->contactPhone);
    addField("email", *ui_->contactEmail);
    addField("effective", *ui_->changeEffectiveOn);
}

ContactDialog::~ContactDialog() = default;

Contact ContactDialog::typed() const {
    Contact c;
    c.accountId = account_;
    c.name = text(ui_->contactName);
    c.jobTitle = text(ui_->contactJobTitle);
    c.phone = text(ui_->contactPhone);
    c.email = text(ui_->contactEmail);
    c.primary = ui_->contactPrimary->isChecked();
    return c;
}

ChangeDialog::Change ContactDialog::change() {
    return [c = typed(), replacing = replacing_, effective = effectiveOn(), by = session().actor()](
               LedgerDatabase& db) { AccountContacts(db).saveContact(c, replacing, effective, by); };
}

LogContactDialog::LogContactDialog(AppSession& session, AccountId account, const std::vector<Contact>& contacts,
                                   QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::LogContactDialog>()), account_(account) {
    ui_->setupUi(this);
    const Date today = session.actor().on;
    useFrame(*ui_->changeEffectiveOn, tr("contact date"), contactDates(today), *ui_->changeError, *ui_->buttons);
    for (const ContactChannel c : contactChannels())
        ui_->logChannel->addItem(contactChannelText(c), QString::fromLatin1(contactChannelName(c)));
    QComboBox* with = ui_->logWith;
    with->addItem(tr("(nobody in particular)"), QVariant());
    for (const Contact& c : contacts)
        if (!c.validTo)
            with->addItem(q(c.jobTitle.empty() ? c.name : c.name + ", " + c.jobTitle),
                          QVariant::fromValue<qint64>(c.id));
    if (with->count() > 1) with->setCurrentIndex(1);
    for (const ContactOutcome o : contactOutcomes())
        ui_->logOutcome->addItem(contactOutcomeText(o), QString::fromLatin1(contactOutcomeName(o)));
    // No outcome is assumed: the analyst says what came of the contact.
    ui_->logOutcome->setPlaceholderText(tr("Choose what came of it"));
    ui_->logOutcome->setCurrentIndex(-1);
    for (const DiaryAction a : diaryActions())
        ui_->logNextAction->addItem(diaryActionText(a), QString::fromLatin1(diaryActionName(a)));
    DateField::attach(*ui_->logFollowUpOn, tr("follow-up"), followUpDates(today), &errorLabelOf(*ui_->logFollowUpOn));
    ui_->logFollowUpOn->setDate(toQDate(session.asOf().addDays(7)));
    connect(ui_->logFollowUp, &QCheckBox::toggled, ui_->logFollowUpOn, &QWidget::setEnabled);
    connect(ui_->logFollowUp, &QCheckBox::toggled, ui_->logNextAction, &QWidget::setEnabled);
    addField("outcome", *ui_->logOutcome);
    addField("note", *ui_->logNote);
    terms_ = readDiarySettings(session.database().settings()).commitments;
    // Refused: the next OK asks for the promise again, as it was typed.
    connect(this, &ChangeDialog::saveFinished, this, [this](bool written) {
        promise_.reset();
        if (written && ui_->logOutcome->currentData().toString() ==
                           QString::fromLatin1(contactOutcomeName(ContactOutcome::DisputeRaised)))
            emit disputeRaisedLogged();
    });
    addField("followUpOn", *ui_->logFollowUpOn);
    addField("contactedOn", *ui_->changeEffectiveOn);
}

LogContactDialog::~LogContactDialog() = default;

ContactLogEntry LogContactDialog::typed() const {
    ContactLogEntry e;
    e.accountId = account_;
    e.contactedOn = effectiveOn();
    e.channel =
        contactChannelFromName(ui_->logChannel->currentData().toString().toStdString()).value_or(ContactChannel::Note);
    if (ui_->logWith->currentData().isValid()) e.contactId = ui_->logWith->currentData().toLongLong();
    e.outcome =
        contactOutcomeFromName(ui_->logOutcome->currentData().toString().toStdString()).value_or(ContactOutcome::Other);
    e.note = text(ui_->logNote);
    if (ui_->logFollowUp->isChecked()) e.followUpOn = fromQDate(ui_->logFollowUpOn->date());
    e.correctsId = corrects_;
    return e;
}

std::vector<FieldProblem> LogContactDialog::problems() const {
    auto problems = contactLogProblems(typed(), session().actor().on, followUpRequired_);
    if (ui_->logOutcome->currentIndex() < 0) {
        // Other's note rule does not apply to an outcome not yet chosen.
        std::erase_if(problems, [](const FieldProblem& p) { return p.field == "note"; });
        problems.insert(problems.begin(), {"outcome", "Outcome is required: choose what came of the contact."});
    }
    return problems;
}

bool LogContactDialog::promiseOutcome() const {
    return ui_->logOutcome->currentData().toString() ==
           QString::fromLatin1(contactOutcomeName(ContactOutcome::PromiseToPay));
}

void LogContactDialog::accept() {
    if (saving()) return;
    // A correction does not take the promise again: the entry it corrects did.
    if (!promiseOutcome() || corrects_) {
        ChangeDialog::accept();
        return;
    }
    if (checked()) emit promiseWanted();
}

void LogContactDialog::usePromise(const Promise& promise) {
    if (saving() || !promiseOutcome() || corrects_) return;
    promise_ = promise;
    lastPromise_ = promise;
    ui_->logFollowUp->setChecked(true);
    ui_->logFollowUpOn->setDate(toQDate(commitmentCheckDay(promise.promisedFor, terms_)));
    if (checked())
        save();
    else
        promise_.reset();
}

void LogContactDialog::setFollowUpRequired(bool required) {
    followUpRequired_ = required;
    ui_->logFollowUp->setChecked(ui_->logFollowUp->isChecked() || required);
}

void LogContactDialog::setNextAction(DiaryAction action) {
    const int at = ui_->logNextAction->findData(QString::fromLatin1(diaryActionName(action)));
    if (at >= 0) ui_->logNextAction->setCurrentIndex(at);
}

NextStep LogContactDialog::nextStep() const {
    NextStep next;
    next.action =
        diaryActionFromName(ui_->logNextAction->currentData().toString().toStdString()).value_or(DiaryAction::Call);
    return next;
}

ChangeDialog::Change LogContactDialog::change() {
    return [e = typed(), next = nextStep(), promise = promise_, by = session().actor()](LedgerDatabase& db) {
        if (promise)
            ContactLogService(db).logContact(e, by, next, *promise);
        else
            ContactLogService(db).logContact(e, by, next);
    };
}

EndContactDialog::EndContactDialog(AppSession& session, const Contact& contact, QWidget* parent)
    : ChangeDialog(session, parent), ui_(std::make_unique<Ui::EndContactDialog>()), contact_(contact) {
    ui_->setupUi(this);
    useFrame(*ui_->changeEffectiveOn, tr("end date"), effectiveDates(session.actor().on), *ui_->changeError,
             *ui_->buttons);
    addField("effective", *ui_->changeEffectiveOn);
    ui_->endContactWhat->setText(ui_->endContactWhat->text().arg(q(contact.name)));
}

EndContactDialog::~EndContactDialog() = default;

ChangeDialog::Change EndContactDialog::change() {
    return [contact = contact_, effective = effectiveOn(), by = session().actor()](LedgerDatabase& db) {
        AccountContacts(db).endContact(contact.accountId, contact.id, effective, by);
    };
}

void LogContactDialog::correcting(const ContactLogEntry& entry) {
    corrects_ = entry.id;
    setWindowTitle(tr("Correct the contact of %1").arg(q(entry.contactedOn.toIso())));
    ui_->changeEffectiveOn->setDate(toQDate(entry.contactedOn));
    const auto pick = [](QComboBox* box, const QVariant& value) {
        const int at = box->findData(value);
        if (at >= 0) box->setCurrentIndex(at);
    };
    pick(ui_->logChannel, QString::fromLatin1(contactChannelName(entry.channel)));
    if (entry.contactId)
        pick(ui_->logWith, QVariant::fromValue<qint64>(*entry.contactId));
    else
        ui_->logWith->setCurrentIndex(0);
    pick(ui_->logOutcome, QString::fromLatin1(contactOutcomeName(entry.outcome)));
    ui_->logNote->setText(q(entry.note));
    if (entry.followUpOn) {
        ui_->logFollowUp->setChecked(true);
        ui_->logFollowUpOn->setDate(toQDate(*entry.followUpOn));
    }
}

} // namespace duedesk::app
