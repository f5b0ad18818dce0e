#pragma once
// Answering a paper, one item at a time: single, multi, true/false,
// spot-the-red-flags and ordering. Every answer is written the moment it is
// given. Practice style shows the explanation after each answer; exam style
// shows results at the end. Mouse, touch or keyboard (number keys pick, Enter confirms).
#include "game/quiz/attempt_run.h"
#include "game/quiz/results.h"
#include "game/quiz/verdict.h"
#include "game/records/store_rows.h"
#include "scenes/held_error.h"
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
    // Back from a scenario item (its ending recorded): on to the next item, or to the results.
    void resumed() override;
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
    void drawFeedback(SceneStack& stack);
    void drawMultiFeedback(const game::Item& item, const game::Verdict& verdict);
    void drawOrderFeedback(const game::Item& item, const game::Verdict& verdict);
    void drawSpotFeedback(const game::Item& item, const game::Verdict& verdict);
    [[nodiscard]] game::Response response() const;
    void confirm(SceneStack& stack);
    // Finishes the attempt once every item is answered (the results come from finishing).
    void finishIfDone();
    // Replaces the quiz with its results once finished; true when it did.
    bool showResultsIfFinished(SceneStack& stack);

    Services& m_services;
    game::AttemptRun m_run;
    std::string m_heading;
    std::string m_personName;
    game::Timestamp m_itemStarted{};
    std::optional<game::Item> m_shown;   // the current item with the region's contacts (none for scenarios)
    std::vector<std::string> m_chosen;   // single/multi: picked option keys
    std::optional<bool> m_truth;         // truefalse
    std::set<int> m_pieces;              // spot_flags
    std::vector<std::string> m_order;    // ordering: the player's current order
    int m_selectedRow = -1;              // ordering: the row the arrow keys move
    struct Feedback {
        game::Item item; // with the region's contacts
        game::Response response;
        game::Judgement judgement;
        game::Verdict verdict;
    };
    std::optional<Feedback> m_feedback;
    bool m_scenarioDone = false;                 // a scenario item was just played and recorded
    std::optional<game::AttemptResults> m_results; // once the attempt is finished
    bool m_left = false;                         // the results have replaced the quiz
    HeldError m_heldError;                       // finishing after a scenario failed (shown by draw)
};

// The quiz of the person's paper for a session (game::sessionPaper: their unfinished attempt
// in it resumed, or a new paper). Throws std::runtime_error with a message for the organiser
// when the session's rules cannot be read or the banks cannot fill the paper.
[[nodiscard]] std::unique_ptr<Scene> startQuiz(Services& services, const game::Person& person,
                                               const game::TrainingSession& session);

} // namespace scenes
