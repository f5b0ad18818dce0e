#include "scenes/scenario/chat_view.h"

#include "scenes/ui.h"

namespace scenes {

namespace {
const ImVec4 kTheirs(1, 1, 1, 1);
} // namespace

void ChatView::enterStep(const ScenarioViewContext& ctx) {
    m_scrollToEnd = true;
    if (!ctx.services.settings.muted) ctx.services.voice.chime();
}

ScenarioAction ChatView::draw(const ScenarioViewContext& ctx) {
    const auto& s = ctx.services.strings;
    const auto* step = ctx.run.currentStep();
    const auto& contact = ctx.run.contact();
    const std::string title = step && !step->group.empty() ? step->group : contact.name;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.93f, 0.93f, 0.93f, 1));
    const float titleHeight = (ui::context().fonts.heading ? ui::context().fonts.heading->FontSize : ImGui::GetFontSize()) * 2.0f;
    ImGui::BeginChild("##chat-title", ImVec2(0, titleHeight), true, ImGuiWindowFlags_NoScrollbar);
    ui::heading(title);
    ImGui::EndChild();
    drawPressure(ctx);
    const float height = conversationHeight(ctx);
    ImGui::BeginChild("##chat-log", ImVec2(0, height), true);
    ScenarioAction action;
    int id = 0;
    // Each line as it was: in its step's group or private chat, from its step's contact.
    std::string place;
    for (const auto& entry : ctx.run.conversation()) {
        if (entry.line.channel != game::Channel::Chat) continue;
        ++id;
        if (!place.empty() && entry.place() != place) ui::hint(s.format("chat.moved_to", {entry.place()}));
        place = entry.place();
        if (entry.mine()) {
            drawMine(entry, s);
            continue;
        }
        // A system or narrator line is an aside, unless it is a card (a transfer the
        // player made, say): the card is drawn, with no speaker above it.
        const bool aside = game::isAside(entry.line);
        if (aside && entry.line.kind == game::LineKind::Text) {
            ui::hint(entry.line.text);
            continue;
        }
        // Names over bubbles in a group, over cards, and whenever someone other than the contact speaks.
        if (!aside && (!entry.group.empty() || entry.line.kind != game::LineKind::Text || entry.line.speaker != "contact"))
            ui::hint(game::speakerName(entry));
        if (entry.line.kind == game::LineKind::Text) {
            drawBubble(entry.line.text, false, kTheirs);
        } else if (drawCard(entry.line, s, id)) {
            if (entry.line.kind == game::LineKind::Voice && !ctx.services.settings.muted) ctx.services.voice.say(entry.line.text);
            // Tapping a link card is the step's tap_link choice, as in a real chat.
            if (entry.line.kind == game::LineKind::Link && entry.line.stepId == step->id) {
                const auto choices = ctx.run.choices();
                for (size_t i = 0; i < choices.size(); ++i)
                    if (choices[i].action == game::ChoiceAction::TapLink) action = {ScenarioAction::Kind::Choose, i};
            }
        }
    }
    if (m_scrollToEnd) {
        ImGui::SetScrollHereY(1.0f);
        m_scrollToEnd = false;
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    const auto choice = drawChoiceButtons(ctx, ImGui::GetContentRegionAvail().x, false, true);
    if (choice.kind != ScenarioAction::Kind::None) action = choice;
    return action;
}

} // namespace scenes
