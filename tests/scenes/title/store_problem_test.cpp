// A records database the game cannot use is explained where the player looks: on the
// title screen when it cannot be opened, in the error popup when a write fails; in the
// UI's language, with what to do.
#include "app/game_services.h"
#include "app/data_folder.h"
#include "scenes/scene_stack.h"
#include "support/headless_ui.h"
#include "support/store_fixtures.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;

namespace {

// Opens the database at file as the program does and returns what it would tell the user.
std::string problemOpening(const HeadlessUi& ui, const std::filesystem::path& file) {
    testing::TempFolder data;
    app::GameServices services(ui.strings(), data.path(), file, app::questionsFolder());
    CHECK(services.services().store == nullptr);
    return services.services().storeProblem;
}

// Puts the problem of opening file on the harness's services, as if the program had started with it.
void startWith(HeadlessUi& ui, const std::filesystem::path& file) {
    ui.services().storeProblem = problemOpening(ui, file);
    ui.services().store = nullptr;
    ui.open(scenes::SceneId::Title);
}

// A records database at file, closed again; then changed with sql (if any) as another program would.
void makeDatabase(const std::filesystem::path& file, const std::string& sql = {}) {
    (void)game::Store::open(file);
    testing::RawDatabase raw(file);
    if (!sql.empty()) raw.exec(sql);
}

// A scene whose drawing fails with a store error, as a write into a locked database does.
class FailingScene : public scenes::Scene {
public:
    explicit FailingScene(std::filesystem::path file) : m_file(std::move(file)) {}
    void draw(scenes::SceneStack&) override {
        scenes::ui::beginScreen("##failing");
        throw game::StoreError(game::StoreError::Kind::Locked, m_file, "SQLite: database is locked");
    }
    [[nodiscard]] scenes::SceneId id() const override { return scenes::SceneId::Title; }

private:
    std::filesystem::path m_file;
};

} // namespace

SCENARIO("a database that cannot be opened is explained on the title screen in the UI's language", "[scenes]") {
    GIVEN("a file that is not a database") {
        HeadlessUi zh;
        const auto file = zh.folder() / "broken.db";
        testing::writeBytes(file, std::string(8192, 'x'));
        THEN("in Chinese: it is damaged, restore the backup or choose another file") {
            startWith(zh, file);
            CHECK(zh.sees("记录数据库打不开"));
            CHECK(zh.sees("已损坏"));
            CHECK(zh.sees("请用最近的备份"));
            CHECK_FALSE(zh.sees("Restore"));
            CHECK(zh.missingGlyphs().empty());
        }
        THEN("in English, the same in English") {
            HeadlessUi en(game::Language::En);
            startWith(en, file);
            CHECK(en.sees("is damaged or is not a database"));
            CHECK(en.sees("Restore the latest backup"));
        }
    }
    GIVEN("a database written by a newer ScamDrill") {
        HeadlessUi zh(game::Language::ZhCN);
        const auto file = zh.folder() / "newer.db";
        makeDatabase(file, "PRAGMA user_version = 999");
        THEN("the title says to update the program, in Chinese and in English") {
            startWith(zh, file);
            CHECK(zh.sees("记录版本 999"));
            CHECK(zh.sees("请升级本程序"));
            HeadlessUi en(game::Language::En);
            startWith(en, file);
            CHECK(en.sees("Update ScamDrill"));
        }
    }
    GIVEN("a database another program holds locked") {
        HeadlessUi zh;
        const auto file = zh.folder() / "busy.db";
        makeDatabase(file);
        testing::RawDatabase other(file);
        other.exec("BEGIN EXCLUSIVE");
        THEN("the title says another program is writing to it: close it and try again") {
            startWith(zh, file);
            CHECK(zh.sees("正在写入"));
            CHECK(zh.sees("请关掉它再试"));
        }
    }
}

SCENARIO("a store error while a screen draws is explained in the popup in the UI's language", "[scenes]") {
    for (const auto language : {game::Language::ZhCN, game::Language::En}) {
        HeadlessUi ui(language);
        ui.open(scenes::SceneId::Title);
        ui.stack().push(std::make_unique<FailingScene>(ui.folder() / "scamdrill.db"));
        ui.step(3);
        INFO(game::languageCode(language));
        if (language == game::Language::ZhCN) {
            CHECK(ui.sees("另一个程序（也许是另一个反诈实战演练窗口）正在写入"));
            CHECK(ui.sees("技术细节：SQLite: database is locked"));
        } else {
            CHECK(ui.sees("Another program (perhaps another ScamDrill window) is writing to"));
        }
        CHECK_FALSE(ui.sees("locked: ")); // the log line is not what the user reads
    }
}
