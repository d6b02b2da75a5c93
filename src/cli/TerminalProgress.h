// TerminalProgress: one self-overwriting progress line on stderr, drawn
// only when stderr is a terminal and at most a few times a second.
#pragma once

#include <chrono>
#include <string>

namespace duedesk::cli {

class TerminalProgress final {
public:
    explicit TerminalProgress(std::string label);
    ~TerminalProgress();
    // `fraction` from 0 to 1; `detail` is shown after the percentage.
    void update(double fraction, const std::string& detail);
    void finish();

private:
    std::string label_;
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point lastDraw_{};
};

} // namespace duedesk::cli
