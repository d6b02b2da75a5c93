// Only main.cpp still includes this path: SignInDialog moved to app/session/.
// Remove this file when main.cpp includes "app/session/SignInDialog.h".
#pragma once

#include "app/session/SignInDialog.h"
