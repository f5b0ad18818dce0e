#include "support/quiz_player.h"

#include "game/quiz/scoring.h"

#include <algorithm>
#include <stdexcept>

namespace testing {

namespace {
const game::Item& itemOf(HeadlessUi& ui, const std::string& id) {
    const auto* item = ui.services().banks.item(id);
    if (!item) throw std::runtime_error("no item " + id + " in the test's banks");
    return *item;
}

// The step keys in the right order.
std::vector<std::string> rightOrder(const game::Item& item) {
    std::vector<std::string> keys;
    for (const auto& step : item.steps) keys.push_back(step.key);
    return keys;
}

// Option keys to pick: the answer keys, or for a wrong answer one key that is not all of them.
std::vector<std::string> optionsToPick(const game::Item& item, bool right) {
    if (right) return item.answerKeys;
    for (const auto& option : item.options)
        if (!item.isAnswerKey(option.key)) return {option.key};
    return {item.answerKeys.front()}; // unreachable for the fixtures: every item has a wrong option
}

// Message pieces to pick: the flags, or for a wrong answer the first piece that is no flag.
std::vector<size_t> piecesToPick(const game::Item& item, bool right) {
    const auto pieces = game::messagePieces(item);
    std::vector<size_t> picked;
    for (size_t i = 0; i < pieces.size(); ++i)
        if ((pieces[i].flag >= 0) == right) picked.push_back(i);
    if (!right) picked.resize(1);
    return picked;
}

std::string digit(size_t index) { return std::to_string(index + 1); }
} // namespace

game::Attempt currentAttempt(HeadlessUi& ui) {
    const auto unfinished = ui.store().unfinishedAttempts();
    if (unfinished.empty()) throw std::runtime_error("no attempt is being played");
    return unfinished.back();
}

std::string currentItemId(HeadlessUi& ui) {
    const auto attempt = currentAttempt(ui);
    const size_t answered = ui.store().answersOf(attempt.id).size();
    return attempt.paper.at("items").at(answered).at("id").get<std::string>();
}

std::vector<std::string> shownOrder(HeadlessUi& ui, const std::string& itemId) {
    const auto attempt = currentAttempt(ui); // kept alive: the loop reads into it
    for (const auto& entry : attempt.paper.at("items"))
        if (entry.at("id") == itemId) return entry.at("order").get<std::vector<std::string>>();
    throw std::runtime_error("item " + itemId + " is not on the paper");
}

void pickByKeyboard(HeadlessUi& ui, bool right) {
    const auto id = currentItemId(ui);
    const auto& item = itemOf(ui, id);
    switch (item.kind) {
    case game::ItemKind::Single:
    case game::ItemKind::Multi: {
        const auto order = shownOrder(ui, id);
        for (const auto& key : optionsToPick(item, right))
            ui.key(digit(static_cast<size_t>(std::find(order.begin(), order.end(), key) - order.begin())));
        break;
    }
    case game::ItemKind::TrueFalse: ui.key(item.answerTrue == right ? "1" : "2"); break;
    case game::ItemKind::SpotFlags:
        for (const size_t piece : piecesToPick(item, right)) ui.key(digit(piece));
        break;
    case game::ItemKind::Ordering: {
        if (!right) break; // the steps are never shown in the right order
        auto order = shownOrder(ui, id);
        const auto target = rightOrder(item);
        for (size_t place = 0; place < target.size(); ++place) {
            auto row = static_cast<size_t>(std::find(order.begin(), order.end(), target[place]) - order.begin());
            if (row == place) continue;
            ui.key(digit(row)); // select the row, then move it up into place
            for (; row > place; --row) {
                ui.key("Up");
                std::swap(order[row], order[row - 1]);
            }
        }
        break;
    }
    case game::ItemKind::Scenario: throw std::runtime_error("scenarios are not played in the quiz");
    }
}

void pickByMouse(HeadlessUi& ui, bool right) {
    const auto id = currentItemId(ui);
    const auto& item = itemOf(ui, id);
    auto click = [&](const std::string& label) {
        if (!ui.click(label)) throw std::runtime_error("nothing to click labelled " + label);
    };
    switch (item.kind) {
    case game::ItemKind::Single:
    case game::ItemKind::Multi:
        for (const auto& key : optionsToPick(item, right))
            for (const auto& option : item.options)
                if (option.key == key) click(option.text);
        break;
    case game::ItemKind::TrueFalse: click(item.answerTrue == right ? "1. 对" : "2. 错"); break;
    case game::ItemKind::SpotFlags: {
        const auto pieces = game::messagePieces(item);
        for (const size_t piece : piecesToPick(item, right)) click(pieces[piece].text + "##piece" + std::to_string(piece));
        break;
    }
    case game::ItemKind::Ordering: {
        if (!right) break;
        auto order = shownOrder(ui, id);
        const auto target = rightOrder(item);
        for (size_t place = 0; place < target.size(); ++place) {
            auto row = static_cast<size_t>(std::find(order.begin(), order.end(), target[place]) - order.begin());
            for (; row > place; --row) {
                click("上移##up" + std::to_string(row));
                std::swap(order[row], order[row - 1]);
            }
        }
        break;
    }
    case game::ItemKind::Scenario: throw std::runtime_error("scenarios are not played in the quiz");
    }
}

void playByKeyboard(HeadlessUi& ui, const std::set<std::string>& wrongItems) {
    for (int guard = 0; ui.topScene() == "quiz" && guard < 100; ++guard) {
        pickByKeyboard(ui, wrongItems.count(currentItemId(ui)) == 0);
        ui.key("Enter");
        if (ui.topScene() == "quiz" && (ui.sees("下一题") || ui.sees("看成绩"))) ui.key("Enter");
    }
}

void playByMouse(HeadlessUi& ui, const std::set<std::string>& wrongItems) {
    for (int guard = 0; ui.topScene() == "quiz" && guard < 100; ++guard) {
        pickByMouse(ui, wrongItems.count(currentItemId(ui)) == 0);
        if (!ui.click("确定")) throw std::runtime_error("确定 cannot be clicked");
        if (ui.topScene() == "quiz" && !ui.click("下一题")) (void)ui.click("看成绩");
    }
}

} // namespace testing
