#include "game/bank/bank_reader_parts.h"

#include <algorithm>
#include <map>

namespace game {

using nlohmann::json;

namespace {

std::span<const std::string_view> scenarioChannels() { return channelCodes().first(4); } // no email

Contact readContact(BankReport& report, const json& value, const std::string& pointer) {
    Fields fields(report, value, pointer);
    Contact contact{fields.text("name"), fields.text("number", Need::Optional), fields.text("claims", Need::Optional),
                    fields.text("avatar", Need::Optional)};
    fields.reportUnknown();
    return contact;
}

Line readLine(BankReport& report, const json& value, const std::string& pointer) {
    Fields fields(report, value, pointer);
    Line line;
    line.speaker = fields.text("speaker");
    if (const auto kind = fields.code("kind", lineKindCodes(), Need::Optional)) line.kind = enumAt<LineKind>(*kind);
    const bool card = line.kind != LineKind::Text && line.kind != LineKind::Link;
    line.text = fields.text("text", Need::Required, !card);
    line.redFlag = fields.text("red_flag", Need::Optional);
    const bool money = line.kind == LineKind::Transfer || line.kind == LineKind::RedPacket;
    line.amount = fields.positive("amount", money ? Need::Required : Need::Optional).value_or(0);
    line.caption = fields.text("caption", line.kind == LineKind::Image ? Need::Required : Need::Optional);
    line.url = fields.text("url", line.kind == LineKind::Link ? Need::Required : Need::Optional);
    fields.reportUnknown();
    return line;
}

Form readForm(BankReport& report, const json& value, const std::string& pointer) {
    Fields fields(report, value, pointer);
    Form form{fields.text("url"), fields.text("title"), {}};
    fields.eachObject(fields.array("fields", 1, SIZE_MAX), "fields", "form field", R"({"id": "card", "label": "银行卡号"})",
                      [&](const json& entry, const std::string& where) {
                          Fields field(report, entry, where);
                          form.fields.push_back({field.text("id"), field.text("label"), field.boolean("secret", Need::Optional).value_or(false)});
                          field.reportUnknown();
                      });
    fields.reportUnknown();
    return form;
}

Step readStep(BankReport& report, const json& value, const std::string& pointer) {
    Fields fields(report, value, pointer);
    Step step;
    step.id = fields.text("id");
    if (const auto channel = fields.code("channel", scenarioChannels())) step.channel = enumAt<Channel>(*channel);
    fields.eachObject(fields.array("lines", 0, SIZE_MAX), "lines", "line", R"({"speaker": "contact", "text": "..."})",
               [&](const json& line, const std::string& where) { step.lines.push_back(readLine(report, line, where)); });
    fields.eachObject(fields.array("choices", 0, SIZE_MAX), "choices", "choice", R"({"text": "...", "next": "..."})", [&](const json& c, const std::string& where) {
        Fields choice(report, c, where);
        Choice read{choice.text("text"), choice.text("next"), ChoiceAction::Reply};
        if (const auto action = choice.code("action", choiceActionCodes(), Need::Optional)) read.action = enumAt<ChoiceAction>(*action);
        choice.reportUnknown();
        step.choices.push_back(std::move(read));
    });
    step.timeLimit = fields.integer("time_limit", 1, 3600, Need::Optional).value_or(0);
    step.onTimeout = fields.text("on_timeout", Need::Optional);
    step.onHangup = fields.text("on_hangup", Need::Optional);
    if (const json* contact = fields.object("contact", Need::Optional)) step.contact = readContact(report, *contact, fields.at("contact"));
    step.group = fields.text("group", Need::Optional);
    step.outgoing = fields.boolean("outgoing", Need::Optional).value_or(false);
    if (step.outgoing && step.channel != Channel::Call)
        report.warning(fields.at("outgoing"), "\"outgoing\" is only for \"call\" steps (a call the player places); this step is " + inQuotes(codeOf(step.channel)));
    if (const json* form = fields.object("form", Need::Optional)) {
        step.form = readForm(report, *form, fields.at("form"));
        if (step.channel != Channel::Web) report.warning(fields.at("form"), "a form is only shown on \"web\" steps; this step is " + inQuotes(codeOf(step.channel)));
    }
    if (fields.has("time_limit") && !fields.has("on_timeout"))
        report.error(fields.at("time_limit"), "\"time_limit\" needs \"on_timeout\": the step or ending reached when time runs out");
    if (!fields.has("time_limit") && fields.has("on_timeout"))
        report.warning(fields.at("on_timeout"), "\"on_timeout\" does nothing without \"time_limit\"");
    for (std::size_t i = 0; i < step.choices.size(); ++i)
        if (step.choices[i].action == ChoiceAction::SubmitForm && !step.form)
            report.error(fields.at("choices") + "/" + std::to_string(i) + "/action",
                         "action \"submit_form\" needs a \"form\" on this step");
    fields.reportUnknown();
    return step;
}

Ending readEnding(BankReport& report, const json& value, const std::string& pointer) {
    Fields fields(report, value, pointer);
    Ending ending;
    ending.id = fields.text("id");
    if (!fields.has("outcome"))
        report.error(fields.at("outcome"), "ending has no outcome; add \"outcome\": one of " + joinCodes(outcomeCodes()));
    const auto outcome = fields.code("outcome", outcomeCodes(), Need::Optional);
    if (outcome) ending.outcome = enumAt<Outcome>(*outcome);
    const bool lost = outcome && ending.outcome == Outcome::MoneyLost;
    if (lost && !fields.has("amount"))
        report.error(fields.at("amount"), "a \"money_lost\" ending needs \"amount\": the yuan lost (more than 0)");
    ending.amount = fields.positive("amount", Need::Optional).value_or(0);
    if (!lost && outcome && fields.has("amount"))
        report.warning(fields.at("amount"), "\"amount\" is only used by \"money_lost\" endings");
    ending.title = fields.text("title");
    ending.debrief = fields.text("debrief");
    ending.redFlags = fields.texts("red_flags", Need::Optional);
    fields.reportUnknown();
    return ending;
}

} // namespace

void readScenario(BankReport& report, Fields& fields, Scenario& scenario) {
    if (const auto channel = fields.code("channel", scenarioChannels())) scenario.channel = enumAt<Channel>(*channel);
    scenario.genuine = fields.boolean("genuine").value_or(false);
    if (const json* contact = fields.object("contact")) scenario.contact = readContact(report, *contact, fields.at("contact"));
    scenario.title = fields.text("title");
    scenario.start = fields.text("start");
    scenario.hangup = fields.text("hangup", Need::Optional);
    const json* steps = fields.array("steps", 1, SIZE_MAX);
    fields.eachObject(steps, "steps", "step", R"({"id": "...", "channel": "call", ...})",
               [&](const json& step, const std::string& where) { scenario.steps.push_back(readStep(report, step, where)); });
    const json* endings = fields.array("endings", 1, SIZE_MAX);
    fields.eachObject(endings, "endings", "ending", R"({"id": "...", "outcome": "safe", ...})",
               [&](const json& ending, const std::string& where) { scenario.endings.push_back(readEnding(report, ending, where)); });
    // The graph checks name steps by their index, so they need every step and ending read.
    if (steps && endings && steps->size() == scenario.steps.size() && endings->size() == scenario.endings.size())
        checkScenarioGraph(report, fields, scenario);
}

} // namespace game
