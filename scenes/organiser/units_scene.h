#pragma once
// The organiser's units (a tree: township > village or school > class or
// department) and the people on each unit's roster, added and edited by hand.
// The units and the chosen unit's people are read when the screen opens, when a
// unit is picked, after each change and when it is on top again, never while drawing.
#include "game/records/store_rows.h"
#include "game/roster/roster_form.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <optional>
#include <string>
#include <vector>

namespace scenes {

class UnitsScene : public Scene {
public:
    explicit UnitsScene(Services& services);
    void draw(SceneStack& stack) override;
    void resumed() override { reload(); }
    [[nodiscard]] SceneId id() const override { return SceneId::Units; }

private:
    void reload();
    void select(game::UnitId unit);
    void drawUnits(SceneStack& stack);
    void drawNewUnit(SceneStack& stack);
    void drawPeople(SceneStack& stack);
    void drawPersonForm(SceneStack& stack);
    void savePerson(SceneStack& stack);
    void editPerson(const game::Person& person);
    void clearPersonForm();

    Services& m_services;
    std::vector<game::UnitInTree> m_units;     // as listed, parents first
    std::optional<game::UnitId> m_selected;
    std::string m_selectedName;                // the selected unit's name as stored
    std::vector<game::Person> m_people;        // the selected unit's roster, by name
    std::string m_unitName;
    int m_unitKind = 0;
    bool m_underSelected = true;
    std::string m_rename;
    std::optional<game::PersonId> m_editing;
    game::PersonForm m_person;
    std::string m_status;
};

} // namespace scenes
