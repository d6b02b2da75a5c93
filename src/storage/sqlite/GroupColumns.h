// groupColumns: the SQL that names an open item's group (key, then name)
// in the queries that read items by group, as aging groups them. They
// read documents as d, accounts as a and users as u.
#pragma once

#include "duedesk/domain/OpenItemGrouping.h"

#include <string>

namespace duedesk {

inline std::string groupColumns(OpenItemGrouping grouping) {
    switch (grouping) {
    case OpenItemGrouping::Analyst: return "coalesce(u.name, ''), ''";
    case OpenItemGrouping::Account: return "a.number, a.name";
    case OpenItemGrouping::Currency: return "d.currency, ''";
    case OpenItemGrouping::RiskClass: return "a.risk_class, ''";
    }
    return "'', ''";
}

} // namespace duedesk
