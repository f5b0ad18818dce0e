#include "scenes/quiz/quiz_scene.h"

#include "game/bank/shown_item.h"
#include "game/quiz/session_paper.h"
#include "scenes/quiz/answer_text.h"
#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/quiz/results_scene.h"
#include "scenes/scenario/scenario_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <algorithm>
#include <functional>
#include <stdexcept>

namespace scenes {

namespace {
const ImVec4 kUnderline(0.55f, 0.65f, 0.85f, 1);

std::string clock(std::chrono::milliseconds elapsed) {
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(elapsed).count();
    const auto sec = secs % 60;
    return std::to_string(secs / 60) + ":" + (sec < 10 ? "0" : "") + std::to_string(sec);
}
} // namespace

QuizScene::QuizScene(Services& services, game::AttemptRun run, std::string heading, std::string personName)
    : m_services(services), m_run(std::move(run)), m_heading(std::move(heading)), m_personName(std::move(personName)) {
    beginItem();
    finishIfDone(); // a paper resumed with every item answered goes straight to its results
}

void QuizScene::beginItem() {
    m_itemStarted = m_services.now();
    m_chosen.clear();
    m_truth.reset();
    m_pieces.clear();
    m_order.clear();
    m_selectedRow = -1;
    m_shown.reset();
    const game::Item* item = m_run.currentItem();
    if (!item || item->kind == game::ItemKind::Scenario) return;
    m_shown = game::withContacts(*item, m_services.settings.region);
    if (item->kind == game::ItemKind::Ordering) m_order = m_run.currentPaperItem().order;
}

void QuizScene::finishIfDone() {
    if (m_run.finished() && !m_results) m_results = m_run.finish(m_services.now());
}

bool QuizScene::showResultsIfFinished(SceneStack& stack) {
    if (m_left) return true;
    if (!m_results || m_feedback) return false;
    stack.replace(std::make_unique<ResultsScene>(m_services, std::move(*m_results), m_heading, m_personName));
    m_left = true;
    return true;
}

void QuizScene::resumed() {
    if (!m_scenarioDone) return;
    m_scenarioDone = false;
    beginItem();
    m_heldError.run([this] { finishIfDone(); });
}

void QuizScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    m_heldError.show(stack);
    if (showResultsIfFinished(stack)) return;
    ui::beginScreen("##quiz");
    const size_t number = std::min(m_run.answeredCount() + (m_feedback ? 0 : 1), m_run.playableCount());
    ui::hint(m_heading + "  ·  " + m_personName);
    if (m_feedback) {
        drawFeedback(stack);
        ui::endScreen();
        return;
    }
    if (m_run.finished()) { // every item answered, but finishing failed (the popup said why): try again
        if (ui::bigButton(s.get("quiz.see_results") + "##finish", true, ImGui::GetFontSize() * 10)) {
            finishIfDone();
            showResultsIfFinished(stack);
        }
        ui::endScreen();
        return;
    }
    if (m_run.currentItem()->kind == game::ItemKind::Scenario) {
        drawScenarioStart(stack, *m_run.currentItem());
        ui::endScreen();
        return;
    }
    const game::Item& item = *m_shown;
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(m_services.now() - m_itemStarted);
    ui::text(s.format("quiz.progress", {std::to_string(number), std::to_string(m_run.playableCount()),
                                        nameOf(s, item.fraudType), std::to_string(m_run.currentPaperItem().points),
                                        clock(elapsed)}));
    ImGui::ProgressBar(static_cast<float>(m_run.answeredCount()) / static_cast<float>(std::max<size_t>(1, m_run.playableCount())),
                       ImVec2(-1, ImGui::GetFontSize() * 0.4f), "");
    drawItem(item);
    ImGui::Spacing();
    const bool ready = game::givesAnswer(item.kind, response());
    if (ui::bigButton(s.get("quiz.confirm") + "##confirm", ready, ImGui::GetFontSize() * 10)
        || (ready && ui::keyPressed(ImGuiKey_Enter)))
        confirm(stack);
    ui::endScreen();
}

void QuizScene::drawItem(const game::Item& item) {
    const auto& s = m_services.strings;
    switch (item.kind) {
    case game::ItemKind::Single: ui::heading(item.prompt); drawOptions(item); break;
    case game::ItemKind::Multi:
        // Many banks already say (多选) in the prompt.
        ui::heading(item.prompt.find(s.get("quiz.multi_hint")) == std::string::npos && item.prompt.find("多选") == std::string::npos
                        ? item.prompt + "  " + s.get("quiz.multi_hint") : item.prompt);
        drawOptions(item);
        break;
    case game::ItemKind::TrueFalse: ui::heading(item.prompt); drawTrueFalse(); break;
    case game::ItemKind::SpotFlags: ui::heading(item.prompt); drawSpotFlags(item); break;
    case game::ItemKind::Ordering: ui::heading(item.prompt); drawOrdering(item); break;
    case game::ItemKind::Scenario: break; // played in its own scene: see drawScenarioStart
    }
}

void QuizScene::drawOptions(const game::Item& item) {
    const auto& order = m_run.currentPaperItem().order;
    const bool multi = item.kind == game::ItemKind::Multi;
    auto toggle = [&](const std::string& key) {
        const auto at = std::find(m_chosen.begin(), m_chosen.end(), key);
        if (!multi) m_chosen = {key};
        else if (at == m_chosen.end()) m_chosen.push_back(key);
        else m_chosen.erase(at);
    };
    for (size_t i = 0; i < order.size(); ++i) {
        const auto option = std::find_if(item.options.begin(), item.options.end(), [&](const auto& o) { return o.key == order[i]; });
        if (option == item.options.end()) continue;
        const bool chosen = std::find(m_chosen.begin(), m_chosen.end(), order[i]) != m_chosen.end();
        const std::string mark = multi ? (chosen ? "■ " : "□ ") : (chosen ? "● " : "○ ");
        if (ui::selectable(mark + shownLetter(i) + ". " + option->text + "##opt" + std::to_string(i), chosen,
                           ImVec2(0, ImGui::GetFontSize() * 1.8f)))
            toggle(order[i]);
    }
    if (const int d = ui::digitPressed(); d > 0 && static_cast<size_t>(d) <= order.size()) toggle(order[static_cast<size_t>(d - 1)]);
}

void QuizScene::drawTrueFalse() {
    const auto& s = m_services.strings;
    const float width = ImGui::GetFontSize() * 8;
    for (const bool value : {true, false}) {
        const bool chosen = m_truth == value;
        const std::string label = std::string(chosen ? "● " : "○ ") + (value ? "1. " + s.get("quiz.true") : "2. " + s.get("quiz.false"));
        if (ui::selectable(label + (value ? "##true" : "##false"), chosen, ImVec2(width, ImGui::GetFontSize() * 2)))
            m_truth = value;
    }
    if (const int d = ui::digitPressed(); d == 1 || d == 2) m_truth = d == 1;
}

void QuizScene::drawSpotFlags(const game::Item& item) {
    const auto& s = m_services.strings;
    const auto pieces = game::messagePieces(item);
    ui::hint(s.format("quiz.spot_hint", {item.message.sender}));
    drawMessage(pieces, [&](size_t i) { return m_pieces.count(static_cast<int>(i)) ? PieceLook::Picked : PieceLook::Plain; },
                [&](size_t i) {
                    if (!m_pieces.erase(static_cast<int>(i))) m_pieces.insert(static_cast<int>(i));
                });
    // Keyboard: the digits pick the first nine pieces in reading order.
    if (const int d = ui::digitPressed(); d > 0 && static_cast<size_t>(d) <= pieces.size()) {
        if (!m_pieces.erase(d - 1)) m_pieces.insert(d - 1);
    }
    ui::hint(s.format("quiz.spot_count", {std::to_string(m_pieces.size())}));
}

// The message in a white box, its pieces laid out as running text. Each piece is a tappable
// row with a faint underline, so the player sees where one piece ends and the next begins.
void QuizScene::drawMessage(const std::vector<game::MessagePiece>& pieces, const std::function<PieceLook(size_t)>& look,
                            const std::function<void(size_t)>& tapped) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
    ImGui::BeginChild("##message", ImVec2(0, ImGui::GetFontSize() * 7), true);
    const float right = ImGui::GetContentRegionAvail().x;
    float x = 0;
    for (size_t i = 0; i < pieces.size(); ++i) {
        const std::string& text = pieces[i].text;
        const float w = ImGui::CalcTextSize(text.c_str()).x;
        if (i > 0 && x + w < right) ImGui::SameLine(0, 0);
        else x = 0;
        const PieceLook shown = look(i);
        const ImVec4 colour = shown == PieceLook::Picked || shown == PieceLook::WronglyPicked ? palette::kBad
                              : shown == PieceLook::Found                                     ? palette::kGood
                              : shown == PieceLook::Missed                                    ? palette::kMissed
                                                                                              : ImGui::GetStyleColorVec4(ImGuiCol_Text);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        const bool clicked = ui::selectable(text + "##piece" + std::to_string(i), shown != PieceLook::Plain,
                                            ImVec2(std::min(w, right), 0));
        ImGui::PopStyleColor();
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        const float inset = ImGui::GetFontSize() * 0.15f;
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x + inset, max.y - 1), ImVec2(max.x - inset, max.y - 1),
                                            ImGui::GetColorU32(shown == PieceLook::Plain ? kUnderline : colour), 1.5f);
        if (clicked && tapped) tapped(i);
        x += w;
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void QuizScene::drawOrdering(const game::Item& item) {
    const auto& s = m_services.strings;
    ui::hint(s.get("quiz.order_hint"));
    for (size_t i = 0; i < m_order.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ui::button(s.get("quiz.up") + "##up" + std::to_string(i), ImVec2(0, 0), i > 0)) {
            std::swap(m_order[i], m_order[i - 1]);
            m_selectedRow = static_cast<int>(i - 1);
        }
        ImGui::SameLine();
        if (ui::button(s.get("quiz.down") + "##down" + std::to_string(i), ImVec2(0, 0), i + 1 < m_order.size())) {
            std::swap(m_order[i], m_order[i + 1]);
            m_selectedRow = static_cast<int>(i + 1);
        }
        ImGui::SameLine();
        if (ui::selectable(std::to_string(i + 1) + ". " + stepText(item, m_order[i]) + "##row" + std::to_string(i),
                           m_selectedRow == static_cast<int>(i)))
            m_selectedRow = static_cast<int>(i);
        ImGui::PopID();
    }
    if (const int d = ui::digitPressed(); d > 0 && static_cast<size_t>(d) <= m_order.size()) m_selectedRow = d - 1;
    if (m_selectedRow >= 0) {
        const auto row = static_cast<size_t>(m_selectedRow);
        if (ui::keyPressed(ImGuiKey_UpArrow) && row > 0) {
            std::swap(m_order[row], m_order[row - 1]);
            --m_selectedRow;
        } else if (ui::keyPressed(ImGuiKey_DownArrow) && row + 1 < m_order.size()) {
            std::swap(m_order[row], m_order[row + 1]);
            ++m_selectedRow;
        }
    }
}

game::Response QuizScene::response() const {
    game::Response r;
    const auto kind = m_run.currentItem()->kind;
    if (kind == game::ItemKind::Ordering) r.keys = m_order;
    else r.keys = m_chosen;
    r.truth = m_truth;
    r.pieces.assign(m_pieces.begin(), m_pieces.end());
    return r;
}

void QuizScene::confirm(SceneStack& stack) {
    const auto now = m_services.now();
    const auto taken = std::chrono::duration_cast<std::chrono::milliseconds>(now - m_itemStarted);
    const game::Item* item = m_run.currentItem();
    const game::PaperItem shown = m_run.currentPaperItem();
    const game::Response given = response();
    const auto judgement = m_run.answer(given, taken, now); // durable before anything else shows
    if (m_run.paper().feedbackAfterEach) m_feedback = Feedback{*m_shown, given, judgement, game::verdictOn(*item, shown, given)};
    else beginItem();
    finishIfDone();
    showResultsIfFinished(stack);
}

void QuizScene::drawFeedback(SceneStack& stack) {
    const auto& s = m_services.strings;
    const auto& f = *m_feedback;
    const game::Item& item = f.item;
    // The feedback scrolls; the button to go on stays in view below it.
    ui::beginBody("##feedback-body");
    // A multiple choice with only right picks but some missing is incomplete, not wrong.
    const bool incomplete = !f.judgement.correct && f.verdict.incomplete;
    ImGui::PushStyleColor(ImGuiCol_Text, f.judgement.correct ? palette::kGood : incomplete ? palette::kMissed : palette::kBad);
    ui::heading(incomplete ? s.format("quiz.incomplete", {std::to_string(f.verdict.missing)})
                           : s.get(f.judgement.correct ? "quiz.right" : "quiz.wrong"));
    ImGui::PopStyleColor();
    if (item.kind == game::ItemKind::SpotFlags) {
        drawSpotFeedback(item, f.verdict);
    } else {
        ui::text(item.prompt);
        if (!f.judgement.correct) {
            ui::text(s.get("quiz.your_answer"));
            if (item.kind == game::ItemKind::Ordering) drawOrderFeedback(item, f.verdict);
            else if (item.kind == game::ItemKind::Multi) drawMultiFeedback(item, f.verdict);
            else ui::coloured(describeResponse(s, item, f.verdict, f.response), palette::kBad);
        }
        ui::text(s.get("quiz.correct_answer"));
        ui::coloured(describeCorrect(s, item, f.verdict), palette::kGood);
    }
    drawExplanation(s, item);
    ui::endBody();
    if (ui::bigButton(s.get(m_run.finished() ? "quiz.see_results" : "quiz.next") + "##next", true, ImGui::GetFontSize() * 10)
        || ui::keyPressed(ImGuiKey_Enter)) {
        m_feedback.reset();
        beginItem();
        showResultsIfFinished(stack);
    }
}

// The player's picks of a multiple choice in the order shown, each right (green) or wrong (red).
void QuizScene::drawMultiFeedback(const game::Item& item, const game::Verdict& verdict) {
    for (const auto& pick : verdict.picks())
        ui::coloured(optionText(item, pick), pick.answer ? palette::kGood : palette::kBad);
}

// The player's order, each step marked as in its right place or not.
void QuizScene::drawOrderFeedback(const game::Item& item, const game::Verdict& verdict) {
    const auto& s = m_services.strings;
    for (size_t i = 0; i < verdict.steps.size(); ++i) {
        const auto& step = verdict.steps[i];
        ui::coloured(std::to_string(i + 1) + ". " + stepText(item, step.key) + "    "
                         + s.get(step.inPlace ? "quiz.order_in_place" : "quiz.order_out_of_place"),
                     step.inPlace ? palette::kGood : palette::kBad);
    }
}

// The message again, each piece coloured by what the player did with it, and the flags with why.
void QuizScene::drawSpotFeedback(const game::Item& item, const game::Verdict& verdict) {
    const auto& s = m_services.strings;
    ui::hint(s.format("quiz.spot_feedback_of", {item.message.sender}));
    drawMessage(game::messagePieces(item),
                [&](size_t i) {
                    switch (i < verdict.pieces.size() ? verdict.pieces[i] : game::PieceVerdict::Plain) {
                    case game::PieceVerdict::Found: return PieceLook::Found;
                    case game::PieceVerdict::Missed: return PieceLook::Missed;
                    case game::PieceVerdict::WronglyPicked: return PieceLook::WronglyPicked;
                    case game::PieceVerdict::Plain: break;
                    }
                    return PieceLook::Plain;
                },
                nullptr);
    ui::hint(s.get("quiz.spot_legend"));
    ui::text(s.get("quiz.correct_answer"));
    ui::coloured(describeCorrect(s, item, verdict), palette::kGood);
}

void QuizScene::drawScenarioStart(SceneStack& stack, const game::Item& item) {
    const auto& s = m_services.strings;
    // The fraud type is not shown: whether the contact is genuine is what the player must find out.
    ui::text(s.format("quiz.scenario_progress", {std::to_string(m_run.answeredCount() + 1), std::to_string(m_run.playableCount()),
                                                 std::to_string(m_run.currentPaperItem().points)}));
    ui::heading(s.get("quiz.scenario_intro"));
    ui::text(s.get(item.scenario.channel == game::Channel::Call   ? "quiz.scenario.call"
                   : item.scenario.channel == game::Channel::Sms  ? "quiz.scenario.sms"
                   : item.scenario.channel == game::Channel::Chat ? "quiz.scenario.chat"
                                                                  : "quiz.scenario.web"));
    if (ui::bigButton(s.get("quiz.scenario_start") + "##start-scenario", true, ImGui::GetFontSize() * 10)
        || ui::keyPressed(ImGuiKey_Enter)) {
        m_itemStarted = m_services.now();
        // The ending (and the follow-up) is recorded the moment the scenario is over, before the debrief shows.
        stack.push(std::make_unique<ScenarioScene>(m_services, item, [this](const game::ScenarioRun& played) {
            const auto now = m_services.now();
            m_run.answer(played.response(), std::chrono::duration_cast<std::chrono::milliseconds>(now - m_itemStarted), now);
            m_scenarioDone = true;
        }));
    }
}

std::unique_ptr<Scene> startQuiz(Services& services, const game::Person& person, const game::TrainingSession& session) {
    auto paper = game::sessionPaper(*services.store, services.banks.banks, person.id, session, services.newSeed(),
                                    services.now());
    if (auto* run = std::get_if<game::AttemptRun>(&paper))
        return std::make_unique<QuizScene>(services, std::move(*run), session.title, person.name);
    const auto& problem = std::get<game::SessionPaperProblem>(paper);
    switch (problem.kind) {
    case game::SessionPaperProblem::Kind::BadRules:
        throw std::runtime_error(services.strings.format("quiz.bad_rules", {session.title, problem.reason}));
    case game::SessionPaperProblem::Kind::NoItems: break;
    }
    throw std::runtime_error(services.strings.format("quiz.no_items", {session.title}));
}

} // namespace scenes
