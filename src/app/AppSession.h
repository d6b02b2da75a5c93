// Only main.cpp still includes this path: AppSession moved to app/session/.
// Remove this file when main.cpp includes "app/session/AppSession.h".
#pragma once

#include "app/session/AppSession.h"
