// Progress line drawing for long CLI operations.
#include "cli/TerminalProgress.h"

#include "cli/CliContext.h"

#include <cstdio>

namespace duedesk::cli {

TerminalProgress::TerminalProgress(std::string label)
    : label_(std::move(label)), enabled_(CliContext::stderrIsTerminal()) {}

TerminalProgress::~TerminalProgress() { finish(); }

void TerminalProgress::update(double fraction, const std::string& detail) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && now - lastDraw_ < std::chrono::milliseconds(100)) return;
    lastDraw_ = now;
    drawn_ = true;
    std::fprintf(stderr, "\r%s: %3d%% %s\x1b[K", label_.c_str(), static_cast<int>(fraction * 100.0), detail.c_str());
    std::fflush(stderr);
}

void TerminalProgress::finish() {
    if (!drawn_) return;
    drawn_ = false;
    std::fprintf(stderr, "\r\x1b[K");
    std::fflush(stderr);
}

} // namespace duedesk::cli
