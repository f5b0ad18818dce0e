#include "scenes/scenario/sms_view.h"

#include <algorithm>

#include "scenes/ui.h"

namespace scenes {

namespace {
constexpr int kDecoys = 3; // ordinary messages around the scenario's, as in a real inbox
const ImVec4 kIncoming(0.90f, 0.91f, 0.93f, 1);

std::string preview(const std::string& text) {
    // About 24 characters of UTF-8 text.
    size_t bytes = 0, chars = 0;
    while (bytes < text.size() && chars < 24) {
        const auto c = static_cast<unsigned char>(text[bytes]);
        bytes += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        ++chars;
    }
    return bytes < text.size() ? text.substr(0, bytes) + "…" : text;
}
} // namespace

void SmsView::enterStep(const ScenarioViewContext& ctx) {
    // Only a new message arrives in the inbox with a chime; a step of narration alone
    // ("你自己打开购物平台APP……") goes on in the thread the player is reading.
    const auto lines = ctx.run.currentLines();
    const bool newMessage = std::any_of(lines.begin(), lines.end(), [](const game::SeenLine& l) { return !game::isAside(l); });
    if (!newMessage && m_started) return;
    m_started = true;
    m_open = false;
    m_openDecoy = -1;
    if (!ctx.services.settings.muted) ctx.services.voice.chime();
}

ScenarioAction SmsView::draw(const ScenarioViewContext& ctx) {
    if (m_open) return drawThread(ctx);
    drawInbox(ctx);
    return {};
}

void SmsView::drawInbox(const ScenarioViewContext& ctx) {
    const auto& s = ctx.services.strings;
    ui::heading(s.get("sms.inbox"));
    drawPressure(ctx);
    const auto& contact = ctx.run.contact();
    std::string last;
    for (const auto& line : ctx.run.currentLines())
        if (!game::isAside(line) || last.empty()) last = line.text;
    const std::string sender = contact.number.empty() ? contact.name : contact.number;
    const ImVec2 row(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 2.6f);
    if (ui::selectable("● " + sender + "\n    " + preview(last) + "##sms-new", false, row)) m_open = true;
    if (ui::keyPressed(ImGuiKey_Enter)) m_open = true;
    for (int i = 0; i < kDecoys; ++i) {
        const std::string key = "sms.decoy." + std::to_string(i + 1);
        if (ui::selectable("   " + s.get(key + ".from") + "\n    " + preview(s.get(key + ".text")) + "##decoy" + std::to_string(i),
                           m_openDecoy == i, row))
            m_openDecoy = m_openDecoy == i ? -1 : i;
        if (m_openDecoy == i) drawBubble(s.get(key + ".text"), false, kIncoming);
    }
    ui::hint(s.get("sms.tap_to_open"));
}

ScenarioAction SmsView::drawThread(const ScenarioViewContext& ctx) {
    const auto& s = ctx.services.strings;
    const auto& contact = ctx.run.contact();
    if (ui::button(s.get("sms.back_to_inbox") + "##inbox")) m_open = false;
    ImGui::SameLine();
    ui::heading(contact.number.empty() ? contact.name : contact.number);
    drawPressure(ctx);
    ScenarioAction action;
    const float height = conversationHeight(ctx);
    ImGui::BeginChild("##sms-thread", ImVec2(0, height), true);
    int id = 0;
    for (const auto& entry : ctx.run.conversation()) {
        if (entry.line.channel != game::Channel::Sms && entry.line.channel != game::Channel::Email) continue;
        ++id;
        if (entry.mine()) {
            drawMine(entry, ctx.services.strings);
            continue;
        }
        // Narration ("手机响了一声") is an aside, not a message from the sender.
        if (game::isAside(entry.line)) {
            ui::hint(entry.line.text);
            continue;
        }
        if (entry.line.text != entry.line.url) drawBubble(entry.line.text, false, kIncoming);
        if (!entry.line.url.empty() && entry.line.stepId == ctx.run.currentStep()->id) {
            // The link is tappable: tapping it is the step's tap_link choice.
            const auto choices = ctx.run.choices();
            for (size_t i = 0; i < choices.size(); ++i) {
                if (choices[i].action != game::ChoiceAction::TapLink) continue;
                ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.1f, 0.3f, 0.85f, 1));
                if (ui::selectable(entry.line.url + "##link" + std::to_string(id), false)) action = {ScenarioAction::Kind::Choose, i};
                ImGui::PopStyleColor();
                break;
            }
        }
    }
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1) ImGui::SetScrollHereY(1.0f);
    ImGui::EndChild();
    const auto choice = drawChoiceButtons(ctx, ImGui::GetContentRegionAvail().x, false, true);
    if (choice.kind != ScenarioAction::Kind::None) action = choice;
    return action;
}

} // namespace scenes
