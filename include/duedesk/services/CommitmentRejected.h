// CommitmentRejected: a promise, a payment plan or a payment return breaks
// a rule. The message names the field; nothing was written.
#pragma once

#include "duedesk/services/ChangeRefused.h"

#include <stdexcept>

namespace duedesk {

class CommitmentRejected final : public ChangeRefused {
public:
    using ChangeRefused::ChangeRefused;
};

} // namespace duedesk
