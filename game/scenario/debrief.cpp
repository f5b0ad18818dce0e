#include "game/scenario/debrief.h"

#include "game/utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

namespace game {

namespace {

constexpr std::array<std::string_view, 9> kWhatToDoKeys = {
    "debrief.todo.call_police_stop_payment", // call {hotline.police} at once for 紧急止付 with the receiving account
    "debrief.todo.keep_evidence",            // keep the chats, numbers and transfer receipts
    "debrief.todo.report_app",               // report on 国家反诈中心APP / {hotline.antifraud}
    "debrief.todo.change_passwords",         // change passwords and payment codes
    "debrief.todo.tell_bank",                // tell the bank: freeze the card, watch the account
    "debrief.todo.call_official_back",       // call the body back on its official number
    "debrief.todo.well_done",                // a scam stopped: well done
    "debrief.todo.genuine_handled",          // a real contact handled well
    "debrief.todo.local_contacts",           // the region's line {hotline.local} and {wechat.local}
};

// Punctuation and spaces, ASCII or CJK (、，。“” and full-width marks).
bool isMark(char32_t c) {
    if (c < 0x80) return !std::isalnum(static_cast<int>(c));
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || c == 0x201C || c == 0x201D;
}

// True when the longer flag already says the shorter: the shorter is inside it, or (from three
// characters) its characters come in order in the longer, punctuation aside
// ("交出U盾和手机卡" in "要你交出银行卡、U盾和手机卡").
bool says(const std::string& longer, const std::string& shorter) {
    if (longer.find(shorter) != std::string::npos) return true;
    std::vector<char32_t> wanted;
    for (const char32_t c : decodeUtf8(shorter))
        if (!isMark(c)) wanted.push_back(c);
    if (wanted.size() < 3) return false;
    std::size_t next = 0;
    for (const char32_t c : decodeUtf8(longer))
        if (next < wanted.size() && c == wanted[next]) ++next;
    return next == wanted.size();
}

// Adds a red flag unless one already listed says it; a longer flag takes the place of the
// shorter ones it says.
void addOnce(std::vector<std::string>& list, const std::string& text) {
    if (text.empty()) return;
    if (std::any_of(list.begin(), list.end(), [&](const std::string& f) { return says(f, text); })) return;
    const auto first = std::find_if(list.begin(), list.end(), [&](const std::string& f) { return says(text, f); });
    if (first == list.end()) {
        list.push_back(text);
        return;
    }
    *first = text;
    list.erase(std::remove_if(std::next(first), list.end(), [&](const std::string& f) { return says(text, f); }), list.end());
}

} // namespace

std::vector<std::string> whatToDoKeys(Outcome outcome, bool genuine) {
    std::vector<std::string_view> keys;
    switch (outcome) {
    case Outcome::MoneyLost: keys = {kWhatToDoKeys[0], kWhatToDoKeys[1], kWhatToDoKeys[2]}; break;
    case Outcome::InfoLeaked: keys = {kWhatToDoKeys[3], kWhatToDoKeys[4], kWhatToDoKeys[2]}; break;
    case Outcome::GenuineRefused: keys = {kWhatToDoKeys[5]}; break;
    case Outcome::Safe: keys = {genuine ? kWhatToDoKeys[7] : kWhatToDoKeys[6]}; break;
    }
    keys.push_back(kWhatToDoKeys[8]);
    return {keys.begin(), keys.end()};
}

std::span<const std::string_view> allWhatToDoKeys() { return kWhatToDoKeys; }

Debrief makeDebrief(const ScenarioRun& run, const std::optional<RegionContacts>& contacts) {
    const Ending* ending = run.ending();
    if (!ending) throw std::logic_error("scenario " + run.item().id + ": no debrief before an ending is reached");
    const auto& fillWith = contacts ? contacts : run.contacts();
    const auto fill = [&](const std::string& text) { return fillWith ? fillPlaceholders(text, *fillWith) : text; };

    Debrief debrief;
    debrief.scenarioTitle = fill(run.scenario().title);
    debrief.genuine = run.scenario().genuine;
    if (debrief.genuine) debrief.whyGenuine = fill(run.item().explanation);
    debrief.outcome = ending->outcome;
    debrief.amount = ending->outcome == Outcome::MoneyLost ? ending->amount : 0;
    debrief.title = fill(ending->title);
    debrief.text = fill(ending->debrief);
    debrief.transcript = run.conversation();
    for (auto& entry : debrief.transcript) {
        entry.line.text = fill(entry.line.text);
        entry.line.redFlag = fill(entry.line.redFlag);
        entry.line.caption = fill(entry.line.caption);
    }
    for (const auto& flag : ending->redFlags) addOnce(debrief.redFlags, fill(flag));
    for (const auto& entry : debrief.transcript) addOnce(debrief.redFlags, entry.line.redFlag);
    debrief.whatToDo = whatToDoKeys(ending->outcome, debrief.genuine);
    if (const auto* stop = run.stoppedAt()) {
        debrief.stoppedAtStep = stop->stepId;
        debrief.stoppedIn = stop->channel;
    }
    debrief.followUp = run.followUp();
    return debrief;
}

} // namespace game
