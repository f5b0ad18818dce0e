#pragma once
// The result of an attempt: score, pass or fail (or stars for a practice level), the
// scenario tally, a breakdown by fraud type, and every wrong answer with the right
// one, its explanation and red flags. Shows what finishing the attempt computed.
#include "game/quiz/results.h"
#include "game/records/store_rows.h"
#include "scenes/scene.h"
#include "scenes/services.h"

#include <optional>
#include <string>
#include <vector>

namespace scenes {

class ResultsScene : public Scene {
public:
    // After a quiz: the results finishing it gave (game::AttemptRun::finish).
    ResultsScene(Services& services, game::AttemptResults results, std::string heading, std::string personName);
    // An attempt's recorded results, read once from the store.
    ResultsScene(Services& services, game::AttemptId attempt, std::string heading, std::string personName);
    void draw(SceneStack& stack) override;
    [[nodiscard]] SceneId id() const override { return SceneId::Results; }

private:
    void prepareReview();
    void drawResults(const game::AttemptResults& results);
    void drawReview(const game::AttemptResults& results);

    Services& m_services;
    std::optional<game::AttemptResults> m_results; // none when the attempt could not be found or read
    std::vector<game::Item> m_reviewed;            // each wrong answer's item with the region's contacts
    std::string m_heading;
    std::string m_personName;
};

} // namespace scenes
