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
} // namespace

std::string_view contactChannelName(ContactChannel channel) { return kChannels.nameOf(channel); }
std::optional<ContactChannel> contactChannelFromName(std::string_view name) { return kChannels.valueOf(name); }
std::array<ContactChannel, 5> contactChannels() { return kChannels.values(); }

} // namespace duedesk
