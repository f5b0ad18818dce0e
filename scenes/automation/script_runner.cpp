#include "scenes/automation/script_runner.h"

namespace scenes {

namespace {
// How many frames a click or an expect waits for its target to appear.
constexpr int kPatienceFrames = 90;
// Frames left for the UI to settle after a command before the next starts.
constexpr int kSettleFrames = 2;
} // namespace

ScriptRunner::ScriptRunner(game::UiScript script, std::string scriptName, UiDriver& driver, Host host)
    : m_script(std::move(script)), m_name(std::move(scriptName)), m_driver(driver), m_host(std::move(host)) {
    if (!m_script.errors.empty()) {
        m_state = State::Failed;
        for (const auto& e : m_script.errors) m_failure += m_name + ": " + e + "\n";
    }
}

void ScriptRunner::fail(const game::UiCommand& cmd, const std::string& why, const UiTrace& trace) {
    m_state = State::Failed;
    m_failure = m_name + " line " + std::to_string(cmd.line) + ": " + why + "\nOn screen:\n" + trace.describe();
}

ScriptRunner::State ScriptRunner::afterFrame(const UiTrace& trace) {
    if (m_state != State::Running) return m_state;
    if (!m_driver.idle()) return m_state;
    if (m_waitFrames > 0) {
        --m_waitFrames;
        return m_state;
    }
    if (m_next >= m_script.commands.size()) {
        m_state = State::Passed;
        return m_state;
    }
    const auto& cmd = m_script.commands[m_next];
    if (start(cmd, trace)) {
        ++m_next;
        m_retries = 0;
    }
    return m_state;
}

// Starts a command; returns false to try it again after the next frame.
bool ScriptRunner::start(const game::UiCommand& cmd, const UiTrace& trace) {
    using Kind = game::UiCommand::Kind;
    const bool patient = ++m_retries < kPatienceFrames;
    switch (cmd.kind) {
    case Kind::Click: {
        const auto widget = trace.findWidget(cmd.argument);
        if (widget && widget->enabled && !widget->visible && patient) {
            m_driver.scrollTowards(*widget); // scroll the list it is in, as a person would
            return false;
        }
        if (!widget || !widget->enabled || !widget->visible) {
            if (patient) return false;
            const std::string why = !widget ? "no widget '" + cmd.argument + "' on screen"
                : !widget->enabled          ? "'" + cmd.argument + "' is disabled"
                                            : "'" + cmd.argument + "' is out of view (clipped or scrolled away)";
            fail(cmd, why, trace);
            return false;
        }
        m_driver.click(ImVec2((widget->min.x + widget->max.x) * 0.5f, (widget->min.y + widget->max.y) * 0.5f));
        m_waitFrames = kSettleFrames;
        return true;
    }
    case Kind::Type: m_driver.type(cmd.argument); m_waitFrames = kSettleFrames; return true;
    case Kind::Key:
        if (!m_driver.key(cmd.argument) && !(m_host.hostKey && m_host.hostKey(cmd.argument))) {
            fail(cmd, "unknown key '" + cmd.argument + "'", trace);
            return false;
        }
        m_waitFrames = kSettleFrames;
        return true;
    case Kind::Wait: m_waitFrames = cmd.frames; return true;
    case Kind::Expect:
        if (trace.shows(cmd.argument)) return true;
        if (patient) return false;
        fail(cmd, "expected '" + cmd.argument + "' on screen", trace);
        return false;
    case Kind::ExpectNot:
        if (!trace.shows(cmd.argument)) return true;
        fail(cmd, "did not expect '" + cmd.argument + "' on screen", trace);
        return false;
    case Kind::Screenshot:
        if (!m_host.screenshot || !m_host.screenshot(cmd.argument)) {
            fail(cmd, "cannot take a screenshot to '" + cmd.argument + "'", trace);
            return false;
        }
        m_waitFrames = 1;
        return true;
    case Kind::Crash:
        if (m_host.crash) m_host.crash();
        fail(cmd, "this host cannot crash", trace);
        return false;
    }
    return true;
}

} // namespace scenes
