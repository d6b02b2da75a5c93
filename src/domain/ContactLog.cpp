// Names of contact channels as stored.
#include "duedesk/domain/ContactLog.h"

#include <array>
#include <utility>

namespace duedesk {
namespace {
constexpr std::array<std::pair<ContactChannel, std::string_view>, 5> kNames{{
    {ContactChannel::Phone, "phone"},
    {ContactChannel::Email, "email"},
    {ContactChannel::Letter, "letter"},
    {ContactChannel::Meeting, "meeting"},
    {ContactChannel::Note, "note"},
}};
} // namespace

std::string_view contactChannelName(ContactChannel channel) {
    for (const auto& [c, name] : kNames)
        if (c == channel) return name;
    return "note";
}

std::optional<ContactChannel> contactChannelFromName(std::string_view name) {
    for (const auto& [c, n] : kNames)
        if (n == name) return c;
    return std::nullopt;
}

} // namespace duedesk
