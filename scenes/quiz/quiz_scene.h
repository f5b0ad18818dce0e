#pragma once
// Answering a paper, one item at a time: single, multi, true/false,
// spot-the-red-flags and ordering. Every answer is written the moment it is
// given. Practice style shows the explanation after each answer; exam style
// shows results at the end. Mouse, touch or keyboard (number keys pick, Enter confirms).
#include "game/quiz/attempt_run.h"
#include "game/records/store_rows.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace scenes {

class QuizScene : public Scene {
public:
    // heading: what the paper is ("防诈骗知识测验", "冒充公检法 · 闯关").
    QuizScene(Services& services, game::AttemptRun run, std::string heading, std::string personName);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Quiz; }
    [[nodiscard]] int tickMs() const override { return m_feedback ? 0 : 1000; }

private:
    void beginItem();
    void drawItem(const game::Item& item);
    void drawOptions(const game::Item& item);
    void drawTrueFalse();
    void drawSpotFlags(const game::Item& item);
    // How a piece of a spot-the-flags message is drawn.
    enum class PieceLook { Plain, Picked, Found, Missed, WronglyPicked };
    void drawMessage(const std::vector<game::MessagePiece>& pieces, const std::function<PieceLook(size_t)>& look,
                     const std::function<void(size_t)>& tapped);
    void drawOrdering(const game::Item& item);
    void drawScenarioStart(SceneStack& stack, const game::Item& item);
    void afterScenario(SceneStack& stack);
    void drawFeedback(SceneStack& stack);
    [[nodiscard]] static size_t missedKeys(const game::Item& item, const game::Response& response);
    void drawMultiFeedback(const game::Item& item, const game::PaperItem& shown, const game::Response& response);
    void drawOrderFeedback(const game::Item& item, const game::Response& response);
    void drawSpotFeedback(const game::Item& item, const game::PaperItem& shown, const game::Response& response);
    [[nodiscard]] bool hasResponse() const;
    [[nodiscard]] game::Response response() const;
    void confirm(SceneStack& stack);
    void finish(SceneStack& stack);

    Services& m_services;
    game::AttemptRun m_run;
    std::string m_heading;
    std::string m_personName;
    game::Timestamp m_itemStarted{};
    std::vector<std::string> m_chosen;   // single/multi: picked option keys
    std::optional<bool> m_truth;         // truefalse
    std::set<int> m_pieces;              // spot_flags
    std::vector<std::string> m_order;    // ordering: the player's current order
    int m_selectedRow = -1;              // ordering: the row the arrow keys move
    struct Feedback {
        const game::Item* item;
        game::PaperItem shown;
        game::Response response;
        game::Judgement judgement;
    };
    std::optional<Feedback> m_feedback;
    bool m_scenarioDone = false; // a scenario item was just played and recorded
};

// Starts the person's paper for a session: resumes their unfinished attempt in
// it, or draws a new paper from the session's rules. Throws std::runtime_error
// with a message for the organiser when the banks cannot fill the paper.
[[nodiscard]] std::unique_ptr<Scene> startQuiz(Services& services, const game::Person& person,
                                               const game::TrainingSession& session);

} // namespace scenes
