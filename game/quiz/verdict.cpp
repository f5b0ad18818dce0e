#include "game/quiz/verdict.h"

#include <algorithm>
#include <iterator>

namespace game {
namespace {

bool contains(const std::vector<std::string>& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

void judgeOptions(const Item& item, const PaperItem& shown, const Response& response, Verdict& verdict) {
    for (std::size_t place = 0; place < shown.order.size(); ++place) {
        const std::string& key = shown.order[place];
        const bool isOption = std::any_of(item.options.begin(), item.options.end(), [&](const Option& o) { return o.key == key; });
        if (isOption) verdict.options.push_back({key, place, contains(response.keys, key), item.isAnswerKey(key)});
    }
    if (item.kind != ItemKind::Multi) return;
    for (const auto& key : item.answerKeys) verdict.missing += contains(response.keys, key) ? 0 : 1;
    const bool allPicksRight = std::all_of(response.keys.begin(), response.keys.end(),
                                           [&](const std::string& key) { return item.isAnswerKey(key); });
    verdict.incomplete = !response.keys.empty() && allPicksRight && verdict.missing > 0;
}

void judgeSteps(const Item& item, const Response& response, Verdict& verdict) {
    for (std::size_t i = 0; i < response.keys.size(); ++i)
        verdict.steps.push_back({response.keys[i], i < item.steps.size() && item.steps[i].key == response.keys[i]});
}

void judgePieces(const Item& item, const Response& response, Verdict& verdict) {
    const auto pieces = messagePieces(item);
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const bool picked = std::find(response.pieces.begin(), response.pieces.end(), static_cast<int>(i)) != response.pieces.end();
        if (pieces[i].flag >= 0) verdict.pieces.push_back(picked ? PieceVerdict::Found : PieceVerdict::Missed);
        else verdict.pieces.push_back(picked ? PieceVerdict::WronglyPicked : PieceVerdict::Plain);
    }
}

std::vector<OptionVerdict> optionsWhere(const std::vector<OptionVerdict>& options, bool OptionVerdict::*field) {
    std::vector<OptionVerdict> out;
    std::copy_if(options.begin(), options.end(), std::back_inserter(out), [&](const OptionVerdict& o) { return o.*field; });
    return out;
}

} // namespace

std::vector<OptionVerdict> Verdict::picks() const { return optionsWhere(options, &OptionVerdict::picked); }

std::vector<OptionVerdict> Verdict::answers() const { return optionsWhere(options, &OptionVerdict::answer); }

Verdict verdictOn(const Item& item, const PaperItem& shown, const Response& response) {
    Verdict verdict;
    switch (item.kind) {
    case ItemKind::Single:
    case ItemKind::Multi: judgeOptions(item, shown, response, verdict); break;
    case ItemKind::Ordering: judgeSteps(item, response, verdict); break;
    case ItemKind::SpotFlags: judgePieces(item, response, verdict); break;
    case ItemKind::Scenario:
        if (const Ending* ending = item.scenario.ending(response.endingId)) verdict.endingTitle = ending->title;
        break;
    case ItemKind::TrueFalse: break;
    }
    return verdict;
}

} // namespace game
