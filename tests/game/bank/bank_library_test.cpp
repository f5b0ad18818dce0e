#include "support/bank_fixtures.h"

#include "support/temp_folder.h"
#include "game/bank/bank_library.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A fresh empty folder under the system temp folder, removed at the end of the test.
struct TempFolder {
    fs::path path;
    explicit TempFolder(const std::string& name) : path(fs::temp_directory_path() / ("scamdrill-bank-" + name)) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
    void write(const std::string& name, const std::string& text) const {
        fs::create_directories((path / name).parent_path());
        std::ofstream(path / name, std::ios::binary) << text;
    }
};

json otherBank(const std::string& id) {
    json bank = fixtures::validBank();
    bank["id"] = id;
    for (auto& item : bank["items"]) item["id"] = id + "." + item["id"].get<std::string>();
    return bank;
}

} // namespace

SCENARIO("the library keeps valid banks and skips what is broken", "[bank]") {
    GIVEN("a folder with a good bank, a bank with one broken item, a broken file and a schema") {
        TempFolder folder("library");
        json broken = otherBank("b");
        fixtures::itemOf(broken, "b.test.single")["answer"] = {"E"};
        folder.write("a.json", fixtures::validBank().dump(2));
        folder.write("b.json", broken.dump(2));
        folder.write("c.json", "{\"format\": \"scamdrill-bank\", ");
        folder.write("x.schema.json", "{}");
        folder.write("notes.txt", "not a bank");
        WHEN("it is loaded") {
            const auto library = game::loadBankFolder(folder.path);
            THEN("both readable banks load, the broken item and the broken file are listed as skipped") {
                REQUIRE(library.banks.size() == 2);
                CHECK(library.banks[0].id == "test");
                CHECK(library.banks[0].items.size() == 6);
                CHECK(library.banks[1].id == "b");
                CHECK(library.banks[1].items.size() == 5);
                CHECK(library.banks[1].item("b.test.single") == nullptr);
                CHECK(library.item("b.test.multi") != nullptr);
                CHECK(library.fileCount == 3);
                CHECK(library.itemCount == 12);
                REQUIRE(library.skipped.size() == 2);
                CHECK(library.skipped[0].file == (folder.path / "b.json").string());
                CHECK(library.skipped[0].itemId == "b.test.single");
                CHECK(library.skipped[0].pointer == "/items/0");
                CHECK(library.skipped[0].reason == "answer \"E\" names no option (options are A-D)");
                CHECK(library.skipped[1].file == (folder.path / "c.json").string());
                CHECK(library.skipped[1].itemId.empty());
                CHECK(library.skipped[1].reason.find("JSON syntax error") == 0);
            }
        }
    }
    GIVEN("two banks that use the same item id") {
        json later = otherBank("z");
        later["items"][1]["id"] = "test.multi";
        const std::vector<game::BankSource> sources = {{"a.json", fixtures::validBank().dump()}, {"z.json", later.dump()}};
        WHEN("they are loaded") {
            const auto library = game::loadBanks(sources);
            THEN("the later one is skipped and the earlier kept") {
                REQUIRE(library.banks.size() == 2);
                CHECK(library.banks[0].item("test.multi") != nullptr);
                CHECK(library.banks[1].items.size() == 5);
                CHECK(library.banks[1].item("test.multi") == nullptr);
                REQUIRE(library.skipped.size() == 1);
                CHECK(library.skipped[0].file == "z.json");
                CHECK(library.skipped[0].itemId == "test.multi");
            }
        }
    }
    GIVEN("a bank with an error in a bank-level field") {
        json bank = fixtures::validBank();
        bank["revision"] = "two";
        const std::vector<game::BankSource> sources = {{"a.json", bank.dump()}};
        THEN("the whole bank is skipped with the reason") {
            const auto library = game::loadBanks(sources);
            CHECK(library.banks.empty());
            REQUIRE(library.skipped.size() == 1);
            CHECK(library.skipped[0].reason == "\"revision\" must be a whole number, not a string (\"two\")");
        }
    }
}

TEST_CASE("a missing bank folder is an environment error naming it", "[bank]") {
    CHECK_THROWS_WITH(game::loadBankFolder("/no/such/scamdrill/folder"),
                      Catch::Contains("/no/such/scamdrill/folder") && Catch::Contains("does not exist"));
}

TEST_CASE("a recursive search skips templates folders", "[bank]") {
    TempFolder folder("recursive");
    folder.write("a.json", "{}");
    folder.write("more/b.json", "{}");
    folder.write("templates/sample.json", "{}");
    const auto files = game::bankFilesIn(folder.path, true);
    REQUIRE(files.size() == 2);
    CHECK(files[0] == folder.path / "a.json");
    CHECK(files[1] == folder.path / "more" / "b.json");
    CHECK(game::bankFilesIn(folder.path).size() == 1);
}

TEST_CASE("the built-in banks load with no problems", "[bank]") {
    const auto library = game::loadBankFolder(testing::builtInQuestions());
    INFO(fixtures::describe(library.problems));
    CHECK(library.problems.empty());
    CHECK(library.skipped.empty());
    REQUIRE(library.banks.size() >= 2);
    const game::Bank* general = nullptr;
    const game::Bank* police = nullptr;
    for (const auto& bank : library.banks) {
        if (bank.id == "general") general = &bank;
        if (bank.id == "fake-police") police = &bank;
    }
    REQUIRE(general != nullptr);
    REQUIRE(police != nullptr);
    CHECK(general->items.size() >= 12);
    for (const auto kind : {game::ItemKind::Single, game::ItemKind::Multi, game::ItemKind::TrueFalse,
                            game::ItemKind::SpotFlags, game::ItemKind::Ordering}) {
        game::ItemFilter filter;
        filter.kinds = {kind};
        CHECK_FALSE(game::selectItems(std::span(general, 1), filter).empty());
    }
    const game::Item* call = police->item("fake-police.call-01");
    REQUIRE(call != nullptr);
    CHECK_FALSE(call->scenario.genuine);
    CHECK(call->scenario.contact.number.rfind("+00", 0) == 0);
    const game::Item* genuine = police->item("fake-police.genuine-96110");
    REQUIRE(genuine != nullptr);
    CHECK(genuine->scenario.genuine);
    CHECK(genuine->fraudType == game::FraudType::Genuine);
}
