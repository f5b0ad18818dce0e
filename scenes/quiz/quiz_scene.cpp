#include "scenes/quiz/quiz_scene.h"

#include "game/quiz/paper_rules.h"
#include "game/bank/shown_item.h"
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
}

void QuizScene::beginItem() {
    m_itemStarted = m_services.now();
    m_chosen.clear();
    m_truth.reset();
    m_pieces.clear();
    m_order.clear();
    m_selectedRow = -1;
    if (!m_run.finished() && m_run.currentItem() && m_run.currentItem()->kind == game::ItemKind::Ordering)
        m_order = m_run.currentPaperItem().order;
}

void QuizScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    if (!m_feedback && m_run.finished()) {
        finish(stack);
        return;
    }
    ui::beginScreen("##quiz");
    const size_t number = std::min(m_run.answeredCount() + (m_feedback ? 0 : 1), m_run.playableCount());
    ui::hint(m_heading + "  ·  " + m_personName);
    if (m_feedback) {
        drawFeedback(stack);
        ui::endScreen();
        return;
    }
    if (m_scenarioDone) {
        afterScenario(stack);
        ui::endScreen();
        return;
    }
    if (m_run.currentItem()->kind == game::ItemKind::Scenario) {
        drawScenarioStart(stack, *m_run.currentItem());
        ui::endScreen();
        return;
    }
    const game::Item item = game::withContacts(*m_run.currentItem(), m_services.settings.region);
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(m_services.now() - m_itemStarted);
    ui::text(s.format("quiz.progress", {std::to_string(number), std::to_string(m_run.playableCount()),
                                        nameOf(s, item.fraudType), std::to_string(m_run.currentPaperItem().points),
                                        clock(elapsed)}));
    ImGui::ProgressBar(static_cast<float>(m_run.answeredCount()) / static_cast<float>(std::max<size_t>(1, m_run.playableCount())),
                       ImVec2(-1, ImGui::GetFontSize() * 0.4f), "");
    drawItem(item);
    ImGui::Spacing();
    const bool ready = hasResponse();
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
    auto textOf = [&](const std::string& key) {
        for (const auto& st : item.steps)
            if (st.key == key) return st.text;
        return key;
    };
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
        if (ui::selectable(std::to_string(i + 1) + ". " + textOf(m_order[i]) + "##row" + std::to_string(i),
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

bool QuizScene::hasResponse() const {
    const auto* item = m_run.currentItem();
    if (!item) return false;
    switch (item->kind) {
    case game::ItemKind::Single:
    case game::ItemKind::Multi: return !m_chosen.empty();
    case game::ItemKind::TrueFalse: return m_truth.has_value();
    case game::ItemKind::SpotFlags: return !m_pieces.empty();
    case game::ItemKind::Ordering: return !m_order.empty();
    case game::ItemKind::Scenario: return false;
    }
    return false;
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
    if (m_run.paper().feedbackAfterEach) {
        m_feedback = Feedback{item, shown, given, judgement};
        return;
    }
    beginItem();
    if (m_run.finished()) finish(stack);
}

void QuizScene::drawFeedback(SceneStack& stack) {
    const auto& s = m_services.strings;
    const auto& f = *m_feedback;
    const game::Item item = game::withContacts(*f.item, m_services.settings.region);
    // The feedback scrolls; the button to go on stays in view below it.
    ui::beginBody("##feedback-body");
    // A multiple choice with only right picks but some missing is incomplete, not wrong.
    const bool multi = item.kind == game::ItemKind::Multi;
    const auto missing = multi ? missedKeys(item, f.response) : 0;
    const bool incomplete = multi && !f.judgement.correct
                            && std::all_of(f.response.keys.begin(), f.response.keys.end(),
                                           [&](const std::string& key) { return item.isAnswerKey(key); });
    ImGui::PushStyleColor(ImGuiCol_Text, f.judgement.correct ? palette::kGood : incomplete ? palette::kMissed : palette::kBad);
    ui::heading(incomplete ? s.format("quiz.incomplete", {std::to_string(missing)})
                           : s.get(f.judgement.correct ? "quiz.right" : "quiz.wrong"));
    ImGui::PopStyleColor();
    if (item.kind == game::ItemKind::SpotFlags) {
        drawSpotFeedback(item, f.shown, f.response);
    } else {
        ui::text(item.prompt);
        if (!f.judgement.correct) {
            ui::text(s.get("quiz.your_answer"));
            if (item.kind == game::ItemKind::Ordering) drawOrderFeedback(item, f.response);
            else if (multi) drawMultiFeedback(item, f.shown, f.response);
            else ui::coloured(describeResponse(s, item, f.shown, f.response), palette::kBad);
        }
        ui::text(s.get("quiz.correct_answer"));
        ui::coloured(describeCorrect(s, item, f.shown), palette::kGood);
    }
    drawExplanation(s, item);
    ui::endBody();
    if (ui::bigButton(s.get(m_run.finished() ? "quiz.see_results" : "quiz.next") + "##next", true, ImGui::GetFontSize() * 10)
        || ui::keyPressed(ImGuiKey_Enter)) {
        m_feedback.reset();
        beginItem();
        if (m_run.finished()) finish(stack);
    }
}

// How many answer keys of a multiple choice the player left out.
size_t QuizScene::missedKeys(const game::Item& item, const game::Response& response) {
    size_t missed = 0;
    for (const auto& key : item.answerKeys)
        if (std::find(response.keys.begin(), response.keys.end(), key) == response.keys.end()) ++missed;
    return missed;
}

// The player's picks of a multiple choice in the order shown, each right (green) or wrong (red).
void QuizScene::drawMultiFeedback(const game::Item& item, const game::PaperItem& shown, const game::Response& response) {
    for (size_t i = 0; i < shown.order.size(); ++i) {
        const auto& key = shown.order[i];
        if (std::find(response.keys.begin(), response.keys.end(), key) == response.keys.end()) continue;
        for (const auto& option : item.options)
            if (option.key == key) ui::coloured(shownLetter(i) + ". " + option.text, item.isAnswerKey(key) ? palette::kGood : palette::kBad);
    }
}

// The player's order, each step marked as in its right place or not.
void QuizScene::drawOrderFeedback(const game::Item& item, const game::Response& response) {
    const auto& s = m_services.strings;
    for (size_t i = 0; i < response.keys.size(); ++i) {
        const bool inPlace = i < item.steps.size() && item.steps[i].key == response.keys[i];
        std::string text = response.keys[i];
        for (const auto& step : item.steps)
            if (step.key == response.keys[i]) text = step.text;
        ui::coloured(std::to_string(i + 1) + ". " + text + "    " + s.get(inPlace ? "quiz.order_in_place" : "quiz.order_out_of_place"),
                     inPlace ? palette::kGood : palette::kBad);
    }
}

// The message again, each piece coloured by what the player did with it, and the flags with why.
void QuizScene::drawSpotFeedback(const game::Item& item, const game::PaperItem& shown, const game::Response& response) {
    const auto& s = m_services.strings;
    const auto pieces = game::messagePieces(item);
    const auto picked = [&](size_t i) {
        return std::find(response.pieces.begin(), response.pieces.end(), static_cast<int>(i)) != response.pieces.end();
    };
    ui::hint(s.format("quiz.spot_feedback_of", {item.message.sender}));
    drawMessage(pieces,
                [&](size_t i) {
                    const bool flag = pieces[i].flag >= 0;
                    if (flag) return picked(i) ? PieceLook::Found : PieceLook::Missed;
                    return picked(i) ? PieceLook::WronglyPicked : PieceLook::Plain;
                },
                nullptr);
    ui::hint(s.get("quiz.spot_legend"));
    ui::text(s.get("quiz.correct_answer"));
    ui::coloured(describeCorrect(s, item, shown), palette::kGood);
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

// Back from a scenario (its ending recorded, its debrief shown): on to the next item.
void QuizScene::afterScenario(SceneStack& stack) {
    m_scenarioDone = false;
    beginItem();
    if (m_run.finished()) finish(stack);
}

void QuizScene::finish(SceneStack& stack) {
    m_run.finish(m_services.now());
    stack.replace(std::make_unique<ResultsScene>(m_services, m_run.id(), m_heading, m_personName));
}

std::unique_ptr<Scene> startQuiz(Services& services, const game::Person& person, const game::TrainingSession& session) {
    auto& store = *services.store;
    const std::span<const game::Bank> banks(services.banks.banks);
    for (const auto& attempt : store.unfinishedAttempts(person.id))
        if (attempt.session == session.id)
            return std::make_unique<QuizScene>(services, game::AttemptRun::resume(store, banks, attempt.id), session.title,
                                               person.name);
    game::PaperRules rules;
    try {
        rules = game::paperRulesFromJson(session.paperRules);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(services.strings.format("quiz.bad_rules", {session.title, e.what()}));
    }
    auto paper = game::drawPaper(rules, banks, services.newSeed());
    if (paper.items.empty()) throw std::runtime_error(services.strings.format("quiz.no_items", {session.title}));
    auto run = game::AttemptRun::start(store, banks, std::move(paper), person.id, session.id, services.now());
    return std::make_unique<QuizScene>(services, std::move(run), session.title, person.name);
}

} // namespace scenes
