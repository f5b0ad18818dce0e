#pragma once
// Runs a UI script (game/automation/ui_script.h) against the frames a host draws: after
// each frame it reads the UiTrace and feeds the UiDriver. The host supplies
// what only it can do: screenshots, crashing, keys outside ImGui (F11).
#include "game/automation/ui_script.h"
#include "scenes/automation/ui_driver.h"
#include "scenes/automation/ui_trace.h"

#include <functional>
#include <string>

namespace scenes {

class ScriptRunner {
public:
    // What the host does for commands ImGui cannot: each returns false when it failed.
    struct Host {
        std::function<bool(const std::string& file)> screenshot; // taken after the next frame
        std::function<void()> crash;                              // must not return
        std::function<bool(const std::string& key)> hostKey;      // keys the driver does not know
    };
    enum class State { Running, Passed, Failed };

    ScriptRunner(game::UiScript script, std::string scriptName, UiDriver& driver, Host host);

    // Call once after every frame with what that frame drew.
    State afterFrame(const UiTrace& trace);
    [[nodiscard]] State state() const { return m_state; }
    // Why the script failed: file, line, command and what was on screen.
    [[nodiscard]] const std::string& failure() const { return m_failure; }

private:
    void fail(const game::UiCommand& cmd, const std::string& why, const UiTrace& trace);
    bool start(const game::UiCommand& cmd, const UiTrace& trace);

    game::UiScript m_script;
    std::string m_name;
    UiDriver& m_driver;
    Host m_host;
    size_t m_next = 0;
    int m_waitFrames = 0;   // frames still to wait before the next command
    int m_retries = 0;      // frames a click/expect has waited for its target
    State m_state = State::Running;
    std::string m_failure;
};

} // namespace scenes
