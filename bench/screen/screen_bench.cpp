// Frame times of screens on a district's records (5,000 people, 100,000 attempts,
// 2,000,000 answers), drawn by the headless harness: the organiser's sessions screen
// with a session selected, against two baselines measured in the same run: the same
// screen on an empty database, and the title screen (which reads nothing).
#include "scenes/scene_list.h"
#include "support/district_records.h"
#include "support/headless_ui.h"

#include "app/data_folder.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <stdexcept>

namespace {

std::filesystem::path districtFile() {
    static const std::filesystem::path file = [] {
        testing::HeadlessUi empty;
        return testing::districtRecords(std::filesystem::temp_directory_path() / "scamdrill-district", empty.services().banks.banks);
    }();
    return file;
}

// The sessions screen with one session picked, as an organiser looks at it.
void openSessionsScreen(testing::HeadlessUi& ui, const std::string& session) {
    ui.open(scenes::SceneId::ManageSessions);
    if (!ui.click(session)) throw std::runtime_error("no session " + session + " on the sessions screen");
    ui.step(2);
}

void drawFrames(benchmark::State& state, testing::HeadlessUi& ui) {
    for (auto _ : state) ui.step(1);
}

void SessionsScreenFrameDistrict(benchmark::State& state) {
    testing::HeadlessUi ui(game::Language::ZhCN, app::questionsFolder(), districtFile());
    openSessionsScreen(ui, "第200期全民反诈培训"); // 250 attempts, 5,000 answers
    drawFrames(state, ui);
}

void SessionsScreenFrameEmpty(benchmark::State& state) {
    testing::HeadlessUi ui;
    auto& store = ui.store();
    const auto unit = store.addUnit("城关镇", game::UnitKind::Township);
    game::TrainingSession session;
    session.title = "第1期全民反诈培训";
    session.unit = unit;
    (void)store.createSession(session);
    openSessionsScreen(ui, "第1期全民反诈培训");
    drawFrames(state, ui);
}

void TitleScreenFrameDistrict(benchmark::State& state) {
    testing::HeadlessUi ui(game::Language::ZhCN, app::questionsFolder(), districtFile());
    ui.open(scenes::SceneId::Title);
    drawFrames(state, ui);
}

} // namespace

BENCHMARK(TitleScreenFrameDistrict)->Unit(benchmark::kMicrosecond);
BENCHMARK(SessionsScreenFrameEmpty)->Unit(benchmark::kMicrosecond);
BENCHMARK(SessionsScreenFrameDistrict)->Unit(benchmark::kMicrosecond);
