#include "app/game_services.h"

#include <chrono>
#include <random>

namespace app {

std::string describeStoreProblem(const game::StringTable& strings, const game::StoreError& error) {
    return strings.format("store.problem", {game::explain(strings, error)});
}

GameServices::GameServices(const game::StringTable& strings, const std::filesystem::path& dataFolder,
                           const std::filesystem::path& database, const std::filesystem::path& banksFolder,
                           std::unique_ptr<scenes::Voice> voice)
    : m_settingsFile(dataFolder / "settings.json"),
      m_voice(voice ? std::move(voice) : std::make_unique<scenes::SilentVoice>()) {
    m_settings = m_settingsFile.load();
    std::string storeProblem;
    try {
        m_store.emplace(game::Store::open(database));
    } catch (const game::StoreError& e) {
        storeProblem = describeStoreProblem(strings, e);
    }
    try {
        m_banks = game::loadBankFolder(banksFolder);
    } catch (const game::BankFolderError& e) {
        m_banks = {};
        storeProblem += (storeProblem.empty() ? "" : "\n") + strings.format("banks.folder_problem", {e.what()});
    }
    m_services = std::make_unique<scenes::Services>(scenes::Services{
        strings, m_settings, m_settingsFile, database, m_store ? &*m_store : nullptr, storeProblem, m_banks,
        [] { return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()); },
        [] {
            std::random_device device;
            return (static_cast<std::uint64_t>(device()) << 32) ^ device();
        },
        *m_voice});
}

void GameServices::forEachShownText(const std::function<void(const std::string&)>& show) {
    for (const auto& bank : m_banks.banks) {
        show(bank.title);
        for (const auto& item : bank.items) {
            show(item.prompt);
            show(item.explanation);
            for (const auto& f : item.redFlags) show(f);
            for (const auto& o : item.options) show(o.text);
            for (const auto& s : item.steps) show(s.text);
            show(item.message.sender);
            show(item.message.text);
            for (const auto& f : item.flags) show(f.why);
        }
    }
    if (!m_store) return;
    try {
        auto& store = *m_store;
        for (const auto& u : store.listUnits()) {
            show(u.unit.name);
            for (const auto& p : store.peopleInUnit(u.unit.id, false)) show(p.name);
        }
    } catch (const game::StoreError&) {
        // The names come into the atlas when first drawn instead.
    }
}

} // namespace app
