// Movement cause names as stored.
#include "duedesk/domain/MovementCause.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<MovementCause, 5> kCauses{{{
    {MovementCause::Import, "import"},
    {MovementCause::SnapshotClose, "snapshot_close"},
    {MovementCause::Allocation, "allocation"},
    {MovementCause::AllocationReversal, "allocation_reversal"},
    {MovementCause::WriteOff, "write_off"},
}}};
} // namespace

std::string_view movementCauseName(MovementCause cause) { return kCauses.nameOf(cause); }
std::optional<MovementCause> movementCauseFromName(std::string_view name) { return kCauses.valueOf(name); }

} // namespace duedesk
