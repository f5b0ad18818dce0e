#include "game/scenario/scenario_run.h"

#include <stdexcept>

namespace game {

ScenarioRun::ScenarioRun(const Item& item, Timestamp start, std::optional<RegionContacts> contacts)
    : m_item(&item), m_contacts(std::move(contacts)), m_contact(&item.scenario.contact) {
    if (item.kind != ItemKind::Scenario)
        throw std::invalid_argument("item " + item.id + " is not a scenario");
    if (!item.scenario.step(item.scenario.start))
        throw std::invalid_argument("scenario " + item.id + ": start \"" + item.scenario.start + "\" names no step");
    moveTo(item.scenario.start, start);
}

std::vector<Choice> ScenarioRun::choices() const {
    if (!m_step) return {};
    std::vector<Choice> shown = m_step->choices;
    for (auto& choice : shown) choice.text = fill(choice.text);
    return shown;
}

std::vector<SeenLine> ScenarioRun::currentLines() const {
    std::vector<SeenLine> lines;
    if (!m_step) return lines;
    for (const auto& line : m_step->lines)
        lines.push_back({m_step->id, m_step->channel, line.speaker, fill(line.text), fill(line.redFlag), line.kind,
                         line.amount, fill(line.caption), line.url});
    return lines;
}

const Contact& ScenarioRun::contact() const { return *m_contact; }

void ScenarioRun::answerCall(Timestamp at) {
    if (!m_ringing) throw std::logic_error("scenario " + m_item->id + ": answerCall() with no phone ringing");
    m_ringing = false;
    hear(at);
}

bool ScenarioRun::canHangUp() const {
    return m_step && moveTarget(scenario(), *m_step, {ActionKind::Hangup, 0}).has_value();
}

bool ScenarioRun::hasTimeLimit() const {
    return m_step && moveTarget(scenario(), *m_step, {ActionKind::Timeout, 0}).has_value();
}

void ScenarioRun::choose(std::size_t index, Timestamp at) {
    if (!m_step) throw std::logic_error("scenario " + m_item->id + ": choose() after the ending");
    if (index >= m_step->choices.size())
        throw std::out_of_range("scenario " + m_item->id + ": step " + m_step->id + " has no choice " +
                                std::to_string(index));
    act(ActionKind::Choice, index, m_step->choices[index].next, at);
}

void ScenarioRun::hangUp(Timestamp at) {
    if (!canHangUp()) throw std::logic_error("scenario " + m_item->id + ": cannot hang up here (not in a call)");
    act(ActionKind::Hangup, std::nullopt, scenario().hangupTarget(*m_step), at);
}

void ScenarioRun::timeOut(Timestamp at) {
    if (!hasTimeLimit()) throw std::logic_error("scenario " + m_item->id + ": the current step has no time limit");
    act(ActionKind::Timeout, std::nullopt, m_step->onTimeout, at);
}

void ScenarioRun::take(Move move, Timestamp at) {
    switch (move.kind) {
    case ActionKind::Choice: choose(move.choice, at); break;
    case ActionKind::Hangup: hangUp(at); break;
    case ActionKind::Timeout: timeOut(at); break;
    }
}

std::optional<double> ScenarioRun::secondsLeft(Timestamp now) const {
    if (!hasTimeLimit()) return std::nullopt;
    if (m_ringing) return static_cast<double>(m_step->timeLimit);
    const auto elapsed = std::chrono::duration<double>(now - m_clockStart).count();
    const double left = m_step->timeLimit - elapsed;
    return left > 0 ? left : 0.0;
}

bool ScenarioRun::timeIsUp(Timestamp now) const {
    const auto left = secondsLeft(now);
    return left && *left <= 0 && !m_ringing;
}

const TakenAction* ScenarioRun::stoppedAt() const {
    if (!m_ending || scenario().genuine || m_ending->outcome != Outcome::Safe || m_record.empty()) return nullptr;
    return &m_record.back();
}

std::string ScenarioRun::debriefText() const { return m_ending ? fill(m_ending->debrief) : std::string(); }

bool ScenarioRun::asksFollowUp() const {
    return finished() && !m_followUp && !scenario().genuine && !m_record.empty() &&
           m_record.back().channel == Channel::Call;
}

void ScenarioRun::setFollowUp(FollowUp followUp) {
    if (!asksFollowUp()) throw std::logic_error("scenario " + m_item->id + ": no follow-up is asked now");
    m_followUp = followUp;
}

Response ScenarioRun::response() const {
    Response response;
    if (m_ending) response.endingId = m_ending->id;
    response.scenario = summary();
    return response;
}

ScenarioRecord ScenarioRun::summary() const {
    ScenarioRecord record;
    record.itemId = m_item->id;
    if (m_ending) {
        record.endingId = m_ending->id;
        record.outcome = m_ending->outcome;
    }
    if (const auto* stop = stoppedAt()) record.stoppedAt = stop->stepId;
    record.actions = m_record;
    record.followUp = m_followUp;
    return record;
}

void ScenarioRun::act(ActionKind kind, std::optional<std::size_t> choice, const std::string& target, Timestamp at) {
    if (!scenario().ending(target) && !scenario().step(target))
        throw std::invalid_argument("scenario " + m_item->id + ": \"" + target + "\" names no step or ending");
    const bool declined = m_ringing && kind == ActionKind::Hangup;
    if (m_ringing && !declined) answerCall(at); // a choice or a time-out: the call was taken
    m_ringing = false;
    TakenAction action;
    action.stepId = m_step->id;
    action.channel = m_step->channel;
    action.kind = kind;
    action.choice = choice;
    if (choice) action.text = fill(m_step->choices[*choice].text);
    action.target = target;
    action.at = at;
    action.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(at - m_stepStart);
    action.declined = declined;
    SeenLine mine;
    mine.stepId = m_step->id;
    mine.channel = m_step->channel;
    mine.text = action.text;
    if (declined) note(EntryKind::Declined, mine);
    else if (!mine.text.empty()) note(EntryKind::Chose, mine);
    const auto said = choice ? followUpOf(m_step->choices[*choice].action) : std::nullopt;
    m_record.push_back(std::move(action));
    moveTo(target, at);
    if (finished()) m_followUp = said; // only the choice that ends the scenario says what comes after it
}

void ScenarioRun::moveTo(const std::string& target, Timestamp at) {
    const bool inCall = m_step && m_step->channel == Channel::Call;
    m_stepStart = at;
    if (const Ending* ending = scenario().ending(target)) {
        m_ending = ending;
        m_step = nullptr;
        return;
    }
    const Step* next = scenario().step(target);
    m_step = next;
    if (next->contact) m_contact = &*next->contact;  // a new contact stays until another one appears
    // A new call rings unless the player placed it; a call that goes on is heard at once.
    m_ringing = next->channel == Channel::Call && !inCall && !next->outgoing;
    if (!m_ringing) hear(at);
}

void ScenarioRun::hear(Timestamp at) {
    m_clockStart = at;
    for (auto& line : currentLines()) note(EntryKind::Heard, std::move(line));
}

void ScenarioRun::note(EntryKind kind, SeenLine line) {
    ConversationEntry entry;
    entry.kind = kind;
    entry.contactName = m_contact->name;
    entry.group = m_step->group;
    entry.line = std::move(line);
    m_conversation.push_back(std::move(entry));
}

std::string ScenarioRun::fill(const std::string& text) const {
    return m_contacts ? fillPlaceholders(text, *m_contacts) : text;
}

std::optional<std::string> moveTarget(const Scenario& scenario, const Step& step, Move move) {
    switch (move.kind) {
    case ActionKind::Choice:
        if (move.choice < step.choices.size()) return step.choices[move.choice].next;
        return std::nullopt;
    case ActionKind::Hangup:
        if (step.channel == Channel::Call && !scenario.hangupTarget(step).empty()) return scenario.hangupTarget(step);
        return std::nullopt;
    case ActionKind::Timeout:
        if (step.timeLimit > 0 && !step.onTimeout.empty()) return step.onTimeout;
        return std::nullopt;
    }
    return std::nullopt;
}

std::vector<Move> movesFrom(const Scenario& scenario, const Step& step) {
    std::vector<Move> moves;
    for (std::size_t i = 0; i < step.choices.size(); ++i) moves.push_back({ActionKind::Choice, i});
    for (const auto kind : {ActionKind::Hangup, ActionKind::Timeout})
        if (moveTarget(scenario, step, {kind, 0})) moves.push_back({kind, 0});
    return moves;
}

} // namespace game
