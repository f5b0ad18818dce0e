// A problem met while a scene reloads outside draw() waits for the next frame's popup.
#include "scenes/held_error.h"
#include "support/headless_ui.h"

#include <catch2/catch.hpp>

#include <stdexcept>

TEST_CASE("a reload that fails in resumed() is shown once by the next frame, and one that works shows nothing", "[session-scenes]") {
    testing::HeadlessUi ui;
    ui.open(scenes::SceneId::Title);
    scenes::HeldError held;
    bool loaded = false;
    held.run([&] { loaded = true; });
    CHECK(loaded);
    held.show(ui.stack());
    ui.step(2);
    CHECK_FALSE(ui.sees("磁盘已满"));
    held.run([] { throw std::runtime_error("磁盘已满，记录没有读出来。"); });
    ui.step(2);
    CHECK_FALSE(ui.sees("磁盘已满")); // held, not yet shown
    held.show(ui.stack());
    ui.step(2);
    CHECK(ui.sees("磁盘已满，记录没有读出来。"));
    CHECK(ui.topScene() == "title"); // the scene stays
    REQUIRE(ui.click("知道了"));
    held.show(ui.stack()); // shown once: nothing is held any more
    ui.step(2);
    CHECK_FALSE(ui.sees("磁盘已满"));
}
