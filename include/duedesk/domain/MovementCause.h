// MovementCause: why a document's open amount changed, for the audit
// trail: an import, a snapshot import closing what it no longer lists, an
// allocation of a credit to an invoice, the reversal of one, or a posted
// write-off.
#pragma once

#include <optional>
#include <string_view>

namespace duedesk {

enum class MovementCause { Import, SnapshotClose, Allocation, AllocationReversal, WriteOff };

std::string_view
movementCauseName(MovementCause cause); // "import", "snapshot_close", "allocation", "allocation_reversal", "write_off"
std::optional<MovementCause> movementCauseFromName(std::string_view name);

} // namespace duedesk
