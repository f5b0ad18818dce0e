#include "scenes/scenario/debrief_scene.h"

#include "game/region.h"
#include "scenes/palette.h"
#include "scenes/scenario/scenario_view.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

#include <cstdio>

namespace scenes {

DebriefScene::DebriefScene(Services& services, game::Debrief debrief)
    : m_services(services), m_debrief(std::move(debrief)) {}

void DebriefScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    const auto& d = m_debrief;
    ui::beginScreen("##debrief");
    // The debrief scrolls; the button to go on stays in view below it.
    ui::beginBody("##debrief-body");
    ui::hint(s.format("debrief.of", {d.scenarioTitle}));
    char amount[32];
    std::snprintf(amount, sizeof amount, "%.0f", d.amount);
    std::string banner;
    switch (d.outcome) {
    case game::Outcome::Safe: banner = s.get(d.genuine ? "debrief.outcome.genuine_handled" : "debrief.outcome.safe"); break;
    case game::Outcome::MoneyLost: banner = s.format("debrief.outcome.money_lost", {amount}); break;
    case game::Outcome::InfoLeaked: banner = s.get("debrief.outcome.info_leaked"); break;
    case game::Outcome::GenuineRefused: banner = s.get("debrief.outcome.genuine_refused"); break;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, d.outcome == game::Outcome::Safe ? palette::kGood : palette::kBad);
    ui::title(banner);
    ImGui::PopStyleColor();
    ui::heading(d.title);
    ui::text(d.text);
    if (!d.stoppedAtStep.empty()) // a scam stopped before it succeeded
        ui::coloured(s.get("debrief.stopped"), palette::kGood);
    const auto& region = m_services.settings.region;
    if (d.followUp && *d.followUp != game::FollowUp::None)
        ui::coloured(game::fillPlaceholders(s.get("debrief.follow_up." + std::string(game::codeOf(*d.followUp))), region),
                     palette::kGood);
    ImGui::Separator();
    if (d.genuine) {
        ui::heading(s.get("debrief.why_genuine"));
        ui::text(d.whyGenuine);
        if (!d.redFlags.empty()) ui::heading(s.get("debrief.mistakes"));
    } else {
        ui::heading(s.get("debrief.red_flags"));
    }
    for (const auto& flag : d.redFlags) ui::coloured("◆ " + flag, palette::kFlag);
    ui::heading(s.get("debrief.what_to_do"));
    for (const auto& key : d.whatToDo) ui::text("· " + game::fillPlaceholders(s.get(key), region));
    ui::hint(s.format("debrief.contacts", {region.police, region.antifraud, region.localLine, region.localWechat}));
    ImGui::Separator();
    if (ImGui::CollapsingHeader(s.get(d.genuine ? "debrief.transcript_genuine" : "debrief.transcript").c_str(),
                                ImGuiTreeNodeFlags_DefaultOpen))
        drawTranscript();
    ui::endBody();
    if (ui::bigButton(s.get("debrief.done") + "##done", true, ImGui::GetFontSize() * 10) || ui::keyPressed(ImGuiKey_Escape)
        || ui::keyPressed(ImGuiKey_Enter))
        stack.pop();
    ui::endScreen();
}

// The conversation as it went: the other side's lines, the player's choices, red flags marked.
void DebriefScene::drawTranscript() {
    const auto& s = m_services.strings;
    for (const auto& entry : m_debrief.transcript) {
        const auto& line = entry.line;
        const std::string text = cardText(line, s, false);
        switch (entry.kind) {
        case game::EntryKind::Chose: ui::coloured(s.format("debrief.you_said", {text}), palette::kPlayer); break;
        case game::EntryKind::Declined: ui::coloured(s.get("debrief.you_declined"), palette::kPlayer); break;
        case game::EntryKind::Heard:
            if (game::isAside(line)) ui::hint(text);
            else if (line.speaker == "contact") ui::text(s.format("debrief.they_said", {text}));
            else ui::text(line.speaker + "：" + text);
            break;
        }
        if (!line.redFlag.empty()) ui::coloured("    ◆ " + line.redFlag, palette::kFlag);
    }
}

} // namespace scenes
