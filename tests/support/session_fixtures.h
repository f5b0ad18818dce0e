#pragma once
// Shared set-up for the training-session scene tests: fixture bank folders,
// a unit with a roster and an open session in the test's store, and typing
// over a field's text as a user would.
#include "game/records/store.h"
#include "support/headless_ui.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace testing {

// A fixture folder under tests/data/scenes ("banks-quiz").
[[nodiscard]] std::filesystem::path sceneData(std::string_view name);

// Clicks a text field, erases what it holds (up to eraseChars characters) and types text.
void retype(HeadlessUi& ui, std::string_view fieldLabel, std::string_view text, int eraseChars = 24);

// Turns the mouse wheel where the mouse last clicked (negative notches scroll down).
void turnWheel(HeadlessUi& ui, float notches);

// A unit with its roster, in the test's store.
struct Roster {
    game::UnitId unit;
    std::vector<game::PersonId> people; // in the order the names were given
};

// Adds a school named unitName with these people (name, number; "" for no number).
[[nodiscard]] Roster addRoster(game::Store& store, std::string_view unitName,
                               const std::vector<std::pair<std::string, std::string>>& people);

// Creates a session for the unit with these paper rules and opens it for sign-in.
[[nodiscard]] game::SessionId openSession(HeadlessUi& ui, game::UnitId unit, const std::string& title,
                                          const nlohmann::json& paperRules);

// Paper rules for the banks-quiz fixture: its five items in bank order, nothing shuffled.
[[nodiscard]] nlohmann::json fixedDrillRules(bool feedbackAfterEach);

// The ids of the banks-quiz fixture's items, in bank order.
[[nodiscard]] const std::vector<std::string>& drillItemIds();

// 张伟 (2024001) of 城东小学, and the open session his drill paper belongs to.
struct DrillQuiz {
    Roster roster;
    game::SessionId session;
};

// In a HeadlessUi on the banks-quiz fixture: 张伟 starts the five-item drill paper of an
// open session "十一月反诈测验" (the quiz scene is on top, over the session list).
[[nodiscard]] DrillQuiz startDrillQuiz(HeadlessUi& ui, bool feedbackAfterEach);

} // namespace testing
