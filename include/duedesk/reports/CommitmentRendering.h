// An account's promises and payment plans on a day, as text for a
// terminal and as JSON for a program: each with its state, what counted
// toward it and its deadline (the date plus the grace days).
#pragma once

#include "duedesk/reports/CommitmentListing.h"

#include <string>

namespace duedesk {

std::string renderPromisesText(const CommitmentListing& listing);
std::string renderPromisesJson(const CommitmentListing& listing);
std::string renderPlansText(const CommitmentListing& listing);
std::string renderPlansJson(const CommitmentListing& listing);

} // namespace duedesk
