#include "scenes/organiser/bank_report_scene.h"

#include "scenes/names.h"
#include "scenes/palette.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"

namespace scenes {

BankReportScene::BankReportScene(Services& services) : m_services(services) {
    size_t items = 0;
    for (const auto& bank : services.banks.banks) items += bank.items.size();
    m_summary = services.strings.format("banks.summary", {std::to_string(services.banks.banks.size()), std::to_string(items),
                                                          std::to_string(services.banks.skipped.size())});
}

void BankReportScene::draw(SceneStack& stack) {
    const auto& s = m_services.strings;
    const auto& library = m_services.banks;
    ui::beginScreen("##bank-report");
    ui::title(s.get("banks.title"));
    ui::text(m_summary);
    if (ImGui::BeginTable("##banks", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
        for (const char* key : {"banks.col.title", "banks.col.type", "banks.col.items", "banks.col.file"})
            ImGui::TableSetupColumn(s.get(key).c_str());
        ImGui::TableHeadersRow();
        for (const auto& bank : library.banks) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text(bank.title + "  r" + std::to_string(bank.revision));
            ImGui::TableNextColumn();
            ui::text(nameOf(s, bank.fraudType));
            ImGui::TableNextColumn();
            ui::text(std::to_string(bank.items.size()));
            ImGui::TableNextColumn();
            ui::hint(bank.fileName);
        }
        ImGui::EndTable();
    }
    if (!library.skipped.empty()) {
        ui::heading(s.get("banks.skipped"));
        for (const auto& entry : library.skipped) {
            const std::string what = entry.itemId.empty() ? s.get("banks.whole_bank") : entry.itemId;
            ui::coloured(entry.file + "  " + what + (entry.pointer.empty() ? "" : "  " + entry.pointer),
                         palette::kBad);
            ui::text("    " + entry.reason);
        }
        ui::hint(s.get("banks.skipped.hint"));
    }
    if (ui::button(s.get("common.back") + "##back") || ui::keyPressed(ImGuiKey_Escape)) stack.pop();
    ui::endScreen();
}

} // namespace scenes
