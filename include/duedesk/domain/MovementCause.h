// MovementCause: why a document's open amount changed, for the audit
// trail: an import, a snapshot import closing what it no longer lists, or
// an allocation of a credit to an invoice.
#pragma once

#include <optional>
#include <string_view>

namespace duedesk {

enum class MovementCause { Import, SnapshotClose, Allocation };

std::string_view movementCauseName(MovementCause cause); // "import", "snapshot_close", "allocation"
std::optional<MovementCause> movementCauseFromName(std::string_view name);

} // namespace duedesk
