// Names of the core's values, translatable.
#include "app/account/AccountTexts.h"

#include <QObject>
#include <QStringList>

#include <initializer_list>

namespace duedesk::app {
namespace {

QString joined(std::initializer_list<const std::string*> parts) {
    QStringList out;
    for (const std::string* p : parts)
        if (!p->empty()) out << QString::fromStdString(*p);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString documentTypeText(DocumentType type) {
    switch (type) {
    case DocumentType::Invoice: return QObject::tr("Invoice");
    case DocumentType::CreditNote: return QObject::tr("Credit note");
    case DocumentType::Payment: return QObject::tr("Payment");
    case DocumentType::Adjustment: return QObject::tr("Adjustment");
    }
    return {};
}

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

QString contactOutcomeText(ContactOutcome outcome) {
    switch (outcome) {
    case ContactOutcome::NoAnswer: return QObject::tr("No answer");
    case ContactOutcome::LeftMessage: return QObject::tr("Left message");
    case ContactOutcome::PromiseToPay: return QObject::tr("Promise to pay");
    case ContactOutcome::DisputeRaised: return QObject::tr("Dispute raised");
    case ContactOutcome::PaidAlready: return QObject::tr("Paid already");
    case ContactOutcome::RemittanceRequested: return QObject::tr("Remittance requested");
    case ContactOutcome::Refused: return QObject::tr("Refused to pay");
    case ContactOutcome::WrongContact: return QObject::tr("Wrong contact");
    case ContactOutcome::Other: return QObject::tr("Other");
    }
    return {};
}

QString diaryActionText(DiaryAction action) {
    switch (action) {
    case DiaryAction::Call: return QObject::tr("Call");
    case DiaryAction::Email: return QObject::tr("E-mail");
    case DiaryAction::Letter: return QObject::tr("Letter");
    case DiaryAction::Visit: return QObject::tr("Visit");
    case DiaryAction::Review: return QObject::tr("Review");
    }
    return {};
}

QString addressKindText(const std::string& kind) {
    if (kind == "billing") return QObject::tr("Billing address");
    if (kind == "delivery") return QObject::tr("Delivery address");
    return QObject::tr("Registered office");
}

QString contactDetailsText(const Contact& c) { return joined({&c.name, &c.jobTitle, &c.phone, &c.email}); }

QString addressDetailsText(const Address& a) {
    return joined({&a.line1, &a.line2, &a.city, &a.region, &a.postcode, &a.country});
}

QString activityCauseText(MovementCause cause) {
    if (cause == MovementCause::Allocation) return QObject::tr("Allocation");
    if (cause == MovementCause::AllocationReversal) return QObject::tr("Allocation reversed");
    if (cause == MovementCause::SnapshotClose) return QObject::tr("Closed by snapshot import");
    if (cause == MovementCause::WriteOff) return QObject::tr("Written off");
    return QObject::tr("Changed by import");
}

} // namespace duedesk::app
