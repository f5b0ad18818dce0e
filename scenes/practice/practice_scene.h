#pragma once
// Practice (自主闯关): pick yourself, then play levels by fraud type for stars,
// or the items of your wrong-answer book (错题本) that are due again.
#include "game/quiz/paper.h"
#include "game/quiz/practice.h"
#include "game/quiz/practice_record.h"
#include "game/records/store_rows.h"
#include "scenes/held_error.h"
#include "scenes/training/roster_picker.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <optional>
#include <vector>

namespace scenes {

class PracticeScene : public Scene {
public:
    explicit PracticeScene(Services& services);
    void draw(SceneStack& stack) override;
    // Back from a level, the book or the scenarios: the stars, the book and the tally are read again.
    void resumed() override;
    [[nodiscard]] SceneId id() const override { return SceneId::Practice; }

private:
    void loadRecord();
    void drawLevels(SceneStack& stack);
    void play(SceneStack& stack, game::Paper paper, const std::string& heading);

    Services& m_services;
    std::vector<game::PracticeLevel> m_levels; // what the banks offer, worked out once
    RosterPicker m_picker;                     // everyone, loaded on opening
    std::optional<game::Person> m_person;
    game::PracticeRecord m_record;             // the person's, loaded when picked and in resumed()
    HeldError m_heldError;
};

} // namespace scenes
