#pragma once
// The organiser's units (a tree: township > village or school > class or
// department) and the people on each unit's roster, added and edited by hand.
#include "game/records/store_rows.h"
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
    [[nodiscard]] SceneId id() const override { return SceneId::Units; }

private:
    void drawUnits(SceneStack& stack);
    void drawPeople(SceneStack& stack);
    void drawPersonForm(SceneStack& stack);
    void editPerson(const game::Person& person);
    void clearPersonForm();

    Services& m_services;
    std::optional<game::UnitId> m_selected;
    std::string m_unitName;
    int m_unitKind = 0;
    bool m_underSelected = true;
    std::string m_rename;
    std::optional<game::PersonId> m_editing;
    std::string m_personName, m_number, m_phone;
    int m_role = 0;
    std::string m_status;
};

} // namespace scenes
