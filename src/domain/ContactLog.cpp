// Names of contact channels as stored.
#include "duedesk/domain/ContactLog.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<ContactChannel, 5> kChannels{{{
    {ContactChannel::Phone, "phone"},
    {ContactChannel::Email, "email"},
    {ContactChannel::Letter, "letter"},
    {ContactChannel::Meeting, "meeting"},
    {ContactChannel::Note, "note"},
}}};
constexpr NameTable<ContactOutcome, 9> kOutcomes{{{
    {ContactOutcome::NoAnswer, "no_answer"},
    {ContactOutcome::LeftMessage, "left_message"},
    {ContactOutcome::PromiseToPay, "promise_to_pay"},
    {ContactOutcome::DisputeRaised, "dispute_raised"},
    {ContactOutcome::PaidAlready, "paid_already"},
    {ContactOutcome::RemittanceRequested, "remittance_requested"},
    {ContactOutcome::Refused, "refused"},
    {ContactOutcome::WrongContact, "wrong_contact"},
    {ContactOutcome::Other, "other"},
}}};
constexpr NameTable<ContactOutcome, 9> kOutcomeLabels{{{
    {ContactOutcome::NoAnswer, "No answer"},
    {ContactOutcome::LeftMessage, "Left message"},
    {ContactOutcome::PromiseToPay, "Promise to pay"},
    {ContactOutcome::DisputeRaised, "Dispute raised"},
    {ContactOutcome::PaidAlready, "Paid already"},
    {ContactOutcome::RemittanceRequested, "Remittance requested"},
    {ContactOutcome::Refused, "Refused to pay"},
    {ContactOutcome::WrongContact, "Wrong contact"},
    {ContactOutcome::Other, "Other"},
}}};
} // namespace

std::string_view contactOutcomeName(ContactOutcome outcome) { return kOutcomes.nameOf(outcome); }
std::optional<ContactOutcome> contactOutcomeFromName(std::string_view name) { return kOutcomes.valueOf(name); }
std::string_view contactOutcomeLabel(ContactOutcome outcome) { return kOutcomeLabels.nameOf(outcome); }
std::array<ContactOutcome, 9> contactOutcomes() { return kOutcomes.values(); }

bool reachedCustomer(ContactOutcome outcome) {
    return outcome != ContactOutcome::NoAnswer && outcome != ContactOutcome::LeftMessage &&
           outcome != ContactOutcome::WrongContact;
}

std::string_view contactChannelName(ContactChannel channel) { return kChannels.nameOf(channel); }
std::optional<ContactChannel> contactChannelFromName(std::string_view name) { return kChannels.valueOf(name); }
std::array<ContactChannel, 5> contactChannels() { return kChannels.values(); }

} // namespace duedesk
