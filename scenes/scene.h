#pragma once
// A screen of the game. The top scene of the SceneStack is drawn each frame.
#include <string_view>

namespace scenes {

class SceneStack;

class Scene {
public:
    virtual ~Scene() = default;
    // Draws one frame and reacts to what the user did; may push or pop scenes
    // on the stack (the change takes effect after the frame).
    virtual void draw(SceneStack& stack) = 0;
    // True while something moves on its own (a timer, a ringing phone), so the
    // app keeps redrawing; false lets the app sleep until the next event.
    [[nodiscard]] virtual bool animating() const { return false; }
    // When not 0, the app redraws at least this often (in ms) though nothing
    // happens: a clock that ticks once a second, not sixty times.
    [[nodiscard]] virtual int tickMs() const { return 0; }
    // A stable name for logs and tests, e.g. "title".
    [[nodiscard]] virtual std::string_view name() const = 0;
};

} // namespace scenes
