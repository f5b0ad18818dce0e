#include "game/quiz/scoring.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

namespace game {
namespace {

double roundToHundredths(double points) { return std::round(points * 100.0) / 100.0; }

// Full points when exact; else all-or-nothing, or (right - wrong) / needed x points floored at 0.
Judgement creditFor(int right, int wrong, int needed, int points, bool partialCredit) {
    const bool exact = needed > 0 && right == needed && wrong == 0;
    if (exact) return {true, static_cast<double>(points)};
    if (!partialCredit || needed == 0) return {false, 0};
    const double share = std::max(0, right - wrong) / static_cast<double>(needed);
    return {false, roundToHundredths(share * points)};
}

Judgement judgeMulti(const Item& item, const Response& response, int points, bool partialCredit) {
    const std::set<std::string> picked(response.keys.begin(), response.keys.end());
    int right = 0;
    int wrong = 0;
    for (const auto& key : picked) (item.isAnswerKey(key) ? right : wrong) += 1;
    return creditFor(right, wrong, static_cast<int>(item.answerKeys.size()), points, partialCredit);
}

Judgement judgeSpotFlags(const Item& item, const Response& response, int points, bool partialCredit) {
    const auto pieces = messagePieces(item);
    const std::set<int> picked(response.pieces.begin(), response.pieces.end());
    int right = 0;
    int wrong = 0;
    for (const int index : picked) {
        const bool flagged = index >= 0 && static_cast<std::size_t>(index) < pieces.size() && pieces[static_cast<std::size_t>(index)].flag >= 0;
        (flagged ? right : wrong) += 1;
    }
    return creditFor(right, wrong, static_cast<int>(item.flags.size()), points, partialCredit);
}

Judgement judgeOrdering(const Item& item, const Response& response, int points, bool partialCredit) {
    // Where each step belongs; the response must use every step exactly once.
    std::vector<std::size_t> places;
    for (const auto& key : response.keys) {
        const auto it = std::find_if(item.steps.begin(), item.steps.end(), [&](const auto& s) { return s.key == key; });
        if (it == item.steps.end()) return {};
        places.push_back(static_cast<std::size_t>(it - item.steps.begin()));
    }
    if (places.size() != item.steps.size() || std::set(places.begin(), places.end()).size() != places.size()) return {};
    if (std::is_sorted(places.begin(), places.end())) return {true, static_cast<double>(points)};
    if (!partialCredit || places.size() < 2) return {};
    std::size_t inOrder = 0;
    for (std::size_t i = 0; i + 1 < places.size(); ++i) inOrder += places[i] < places[i + 1] ? 1 : 0;
    return {false, roundToHundredths(static_cast<double>(inOrder) / static_cast<double>(places.size() - 1) * points)};
}

Judgement judgeScenario(const Item& item, const Response& response, int points) {
    const Ending* ending = item.scenario.ending(response.endingId);
    if (ending && ending->outcome == Outcome::Safe) return {true, static_cast<double>(points)};
    return {};
}

// Bytes in the UTF-8 character that starts with lead.
std::size_t characterLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0U) == 0xC0) return 2;
    if ((lead & 0xF0U) == 0xE0) return 3;
    if ((lead & 0xF8U) == 0xF0) return 4;
    return 1; // a stray byte: a character of its own
}

bool endsPiece(std::string_view character) {
    static constexpr std::array<std::string_view, 19> marks = {"，", "。", "！", "？", "；", "：", "、", ",", ".", "!",
                                                               "?",  ";",  ":",  " ",  "\n", "\t", "\r", "　", "…"};
    return std::find(marks.begin(), marks.end(), character) != marks.end();
}

// Cuts plain text after punctuation into pieces; a run of punctuation at its start joins the last piece.
void cutPlainText(std::string_view text, std::vector<MessagePiece>& pieces, bool joinLeadingMarks) {
    std::string current;
    bool closing = false; // the current piece has reached its punctuation
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = std::min(characterLength(static_cast<unsigned char>(text[at])), text.size() - at);
        const std::string_view character = text.substr(at, length);
        at += length;
        const bool mark = endsPiece(character);
        if (mark && current.empty() && joinLeadingMarks && !pieces.empty()) {
            pieces.back().text += character;
            continue;
        }
        joinLeadingMarks = false;
        if (!mark && closing) {
            pieces.push_back({std::move(current), -1});
            current.clear();
            closing = false;
        }
        current += character;
        closing = closing || mark;
    }
    if (!current.empty()) pieces.push_back({std::move(current), -1});
}

} // namespace

bool givesAnswer(ItemKind kind, const Response& response) {
    switch (kind) {
    case ItemKind::Single:
    case ItemKind::Multi:
    case ItemKind::Ordering: return !response.keys.empty();
    case ItemKind::TrueFalse: return response.truth.has_value();
    case ItemKind::SpotFlags: return !response.pieces.empty();
    case ItemKind::Scenario: return false;
    }
    return false;
}

Judgement judge(const Item& item, const Response& response, int points, bool partialCredit) {
    switch (item.kind) {
    case ItemKind::Single:
        if (response.keys.size() == 1 && item.isAnswerKey(response.keys.front())) return {true, static_cast<double>(points)};
        return {};
    case ItemKind::Multi: return judgeMulti(item, response, points, partialCredit);
    case ItemKind::TrueFalse:
        if (response.truth && *response.truth == item.answerTrue) return {true, static_cast<double>(points)};
        return {};
    case ItemKind::SpotFlags: return judgeSpotFlags(item, response, points, partialCredit);
    case ItemKind::Ordering: return judgeOrdering(item, response, points, partialCredit);
    case ItemKind::Scenario: return judgeScenario(item, response, points);
    }
    return {};
}

std::vector<MessagePiece> messagePieces(const Item& item) {
    std::vector<MessagePiece> pieces;
    if (item.kind != ItemKind::SpotFlags) return pieces;
    const std::string_view text = item.message.text;
    // Where each flag sits; the validator checked the spans occur and do not overlap.
    struct Placed {
        std::size_t offset;
        int flag;
    };
    std::vector<Placed> placed;
    for (std::size_t i = 0; i < item.flags.size(); ++i) {
        const Flag& flag = item.flags[i];
        std::size_t offset = flag.offset;
        if (text.substr(std::min(offset, text.size()), flag.span.size()) != flag.span) offset = text.find(flag.span);
        if (offset != std::string_view::npos && !flag.span.empty()) placed.push_back({offset, static_cast<int>(i)});
    }
    std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.offset < b.offset; });
    std::size_t at = 0;
    bool afterFlag = false;
    for (const auto& [offset, flag] : placed) {
        if (offset < at) continue; // overlapping spans: the validator refuses them; never cut twice
        cutPlainText(text.substr(at, offset - at), pieces, afterFlag);
        const std::string& span = item.flags[static_cast<std::size_t>(flag)].span;
        pieces.push_back({span, flag});
        at = offset + span.size();
        afterFlag = true;
    }
    cutPlainText(text.substr(at), pieces, afterFlag);
    return pieces;
}

} // namespace game
