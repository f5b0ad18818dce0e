#pragma once
// The organiser's training sessions: create one for a unit (title, organiser,
// place, time, paper rules, pass mark), edit it, open it for sign-in, close it.
// The form is game::SessionForm; the lists and the chosen session's progress are
// read when the screen opens, after each save, open or close, and when it is on
// top again, never while drawing.
#include "game/quiz/session_form.h"
#include "game/records/store_rows.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <optional>
#include <string>
#include <vector>

namespace scenes {

class ManageSessionsScene : public Scene {
public:
    explicit ManageSessionsScene(Services& services);
    void draw(SceneStack& stack) override;
    void resumed() override { reload(); }
    [[nodiscard]] SceneId id() const override { return SceneId::ManageSessions; }

private:
    void reloadLists();
    void reload();
    void loadProgress();
    void startNew();
    void edit(const game::TrainingSession& session);
    void drawList();
    void drawForm();
    void drawSection(game::SectionForm& section);
    void drawActions(SceneStack& stack);
    void save(SceneStack& stack);

    Services& m_services;
    std::vector<std::string> m_scenarioIds;          // the banks' scenario items, whose endings the progress counts
    std::vector<game::UnitInTree> m_units;           // as listed, parents first
    std::vector<std::string> m_unitNames;            // indented, for the unit menu
    std::vector<game::TrainingSession> m_sessions;   // every session, latest first
    std::optional<game::TrainingSession> m_editing;  // the stored session the form edits; none for a new one
    game::SessionForm m_form;
    std::string m_progress;                          // the edited session's sign-ins, papers and scenario tally
    std::string m_rulesNote;                         // what of its rules the form cannot show
    std::string m_status;
};

} // namespace scenes
