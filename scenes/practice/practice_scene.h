#pragma once
// Practice (自主闯关): pick yourself, then play levels by fraud type for stars,
// or the items of your wrong-answer book (错题本) that are due again.
#include "game/quiz/paper.h"
#include "game/records/store_rows.h"
#include "scenes/training/roster_picker.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <optional>

namespace scenes {

class PracticeScene : public Scene {
public:
    explicit PracticeScene(Services& services);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Practice; }

private:
    void drawLevels(SceneStack& stack);
    void play(SceneStack& stack, game::Paper paper, const std::string& heading);

    Services& m_services;
    RosterPicker m_picker;
    std::optional<game::Person> m_person;
};

} // namespace scenes
