#include "cli/PasswordPrompt.h"

#include "cli/CliContext.h"

#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace duedesk::cli {
namespace {

// Turns terminal echo off for its lifetime, and back on however it ends.
class EchoOff final {
public:
    EchoOff() {
        if (tcgetattr(STDIN_FILENO, &saved_) != 0) return;
        termios quiet = saved_;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff() {
        if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios saved_{};
    bool active_ = false;
};

std::string askQuietly(const std::string& prompt) {
    std::cerr << prompt << std::flush;
    std::string line;
    {
        EchoOff quiet;
        std::getline(std::cin, line);
    }
    std::cerr << "\n";
    return line;
}

std::string firstLineOfInput() {
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

} // namespace

std::string readNewPassword(std::string_view forUser) {
    std::string password;
    if (isatty(STDIN_FILENO)) {
        password = askQuietly("New password for " + std::string(forUser) + ": ");
        if (askQuietly("Repeat the password: ") != password) throw UsageError("the two passwords differ");
    } else {
        password = firstLineOfInput();
    }
    if (password.empty()) throw UsageError("no password was given");
    return password;
}

std::string readSignInPassword(std::string_view user) {
    std::string password;
    // Set but empty counts as not set, so a script can clear it for one run.
    if (const char* fromEnvironment = std::getenv("DUEDESK_PASSWORD"); fromEnvironment && *fromEnvironment) {
        password = fromEnvironment;
    } else if (isatty(STDIN_FILENO)) {
        password = askQuietly("Password for " + std::string(user) + ": ");
    } else {
        std::getline(std::cin, password);
        if (!password.empty() && password.back() == '\r') password.pop_back();
    }
    if (password.empty()) throw UsageError("--user " + std::string(user) + ": no password was given");
    return password;
}

} // namespace duedesk::cli
