// Only main.cpp still includes this path: FirstStartDialog moved to app/session/.
// Remove this file when main.cpp includes "app/session/FirstStartDialog.h".
#pragma once

#include "app/session/FirstStartDialog.h"
