#pragma once
// The organiser's training sessions: create one for a unit (title, organiser,
// place, time, paper rules, pass mark), edit it, open it for sign-in, close it.
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
    [[nodiscard]] SceneId id() const override { return SceneId::ManageSessions; }

private:
    void drawList();
    void drawForm();
    void drawActions(SceneStack& stack);
    void load(const game::TrainingSession& session);
    void clear();
    void save(SceneStack& stack);

    Services& m_services;
    std::optional<game::SessionId> m_editing;
    std::string m_title, m_organiser, m_place, m_starts, m_ends;
    int m_unit = 0;
    int m_itemCount = 10;
    std::vector<bool> m_fraudTypes;  // per game::fraudTypes(); none ticked means all
    int m_audience = 0;              // 0 = everyone, else allAudiences()[i-1]
    int m_minDifficulty = 1, m_maxDifficulty = 3;
    bool m_partialCredit = false;
    bool m_scenarios = true;          // include scenario items (calls, SMS, chats, web pages)
    bool m_examStyle = false;
    int m_passPercent = 60;
    std::string m_status;
};

} // namespace scenes
