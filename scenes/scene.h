#pragma once
// A screen of the game. The top scene of the SceneStack is drawn each frame.
#include <string_view>

namespace scenes {

class SceneStack;

// Every screen the game has. Scenes are opened by id, so a misspelt name cannot push an empty scene.
enum class SceneId {
    Title, Settings,                                  // title/
    OpenSessions, SignIn,                             // training/: the sessions open for sign-in, signing in
    Quiz, Results, Resume,                            // quiz/
    Practice,                                         // practice/
    ScenarioList, Scenario, Debrief,                  // scenario/
    Organiser, Units, ManageSessions, BankReport, Region, // organiser/
};

// The stable text of a scene id, for logs, tests and UI scripts ("title", "open-sessions").
[[nodiscard]] std::string_view codeOf(SceneId id);

class Scene {
public:
    virtual ~Scene() = default;
    // Draws one frame and reacts to what the user did; may push or pop scenes
    // on the stack (the change takes effect after the frame). Never queries the records:
    // a scene loads its view when it opens, after its own writes, and in resumed().
    virtual void draw(SceneStack& stack) = 0;
    // Called when the scene is on top again because the scenes above it closed (they may
    // have changed the records): reload the view here.
    virtual void resumed() {}
    // True while something moves on its own (a timer, a ringing phone), so the
    // app keeps redrawing; false lets the app sleep until the next event.
    [[nodiscard]] virtual bool animating() const { return false; }
    // When not 0, the app redraws at least this often (in ms) though nothing
    // happens: a clock that ticks once a second, not sixty times.
    [[nodiscard]] virtual int tickMs() const { return 0; }
    // Which screen this is.
    [[nodiscard]] virtual SceneId id() const = 0;
    // Its stable name for logs and tests, e.g. "title".
    [[nodiscard]] std::string_view name() const { return codeOf(id()); }
};

} // namespace scenes
