#include "support/bank_fixtures.h"

#include "support/program_run.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

// Runs `scamdrill validate ARGS...`.
testing::ProgramRun validate(std::vector<std::string> args) {
    args.insert(args.begin(), "validate");
    return testing::runInProcess(args);
}

fs::path freshFolder(const std::string& name) {
    const fs::path path = fs::temp_directory_path() / ("scamdrill-validate-" + name);
    fs::remove_all(path);
    fs::create_directories(path);
    return path;
}

} // namespace

TEST_CASE("validate with no path checks the installed banks cleanly", "[bank]") {
    const auto run = validate({});
    INFO(run.out << run.err);
    CHECK(run.status == 0);
    CHECK(run.out.find(": error: ") == std::string::npos);
    CHECK(run.out.find(" 0 errors, 0 warnings\n") != std::string::npos);
    CHECK(run.out.find(" banks, ") != std::string::npos);
}

TEST_CASE("validate prints every problem and a summary, and exits 1 on errors", "[bank]") {
    const fs::path folder = freshFolder("errors");
    nlohmann::json bank = fixtures::validBank();
    fixtures::itemOf(bank, "test.single")["answer"] = {"E"};
    fixtures::itemOf(bank, "test.multi")["answer"] = {"A"};
    std::ofstream(folder / "bank.json") << bank.dump(2);
    std::ofstream(folder / "broken.json") << "{\n  \"format\": ,\n}";
    fs::create_directories(folder / "templates");
    std::ofstream(folder / "templates" / "ignored.json") << "not json";
    const auto run = validate({folder.string()});
    INFO(run.out << run.err);
    CHECK(run.status == 1);
    const std::string bankFile = (folder / "bank.json").string();
    CHECK(run.out.find(bankFile + ":") == 0);
    CHECK(run.out.find(": error: test.single /items/0/answer/0: answer \"E\" names no option (options are A-D)\n") != std::string::npos);
    CHECK(run.out.find(": warning: test.multi /items/1/answer: a multi item with only one answer") != std::string::npos);
    CHECK(run.out.find((folder / "broken.json").string() + ":2:13: error: JSON syntax error") != std::string::npos);
    CHECK(run.out.find("ignored.json") == std::string::npos);
    CHECK(run.out.substr(run.out.rfind('\n', run.out.size() - 2) + 1) == "2 banks, 6 items, 2 errors, 1 warning\n");
    fs::remove_all(folder);
}

TEST_CASE("validate exits 0 when there are only warnings", "[bank]") {
    const fs::path folder = freshFolder("warnings");
    nlohmann::json bank = fixtures::validBank();
    fixtures::itemOf(bank, "test.single")["red_flags"] = nlohmann::json::array();
    const fs::path file = folder / "one.json";
    std::ofstream(file) << bank.dump(2);
    const auto run = validate({file.string()});
    INFO(run.out);
    CHECK(run.status == 0);
    CHECK(run.out.find("1 bank, 6 items, 0 errors, 1 warning\n") != std::string::npos);
    fs::remove_all(folder);
}

TEST_CASE("validate exits 2 for a path that does not exist", "[bank]") {
    const auto run = validate({"/no/such/bank.json"});
    CHECK(run.status == 2);
    CHECK(run.err == "scamdrill validate: /no/such/bank.json: no such file or folder\n");
    CHECK(run.out.empty());
    CHECK(validate({"--strict"}).status == 2);
}

TEST_CASE("the scamdrill binary runs validate", "[bank]") {
    const fs::path folder = freshFolder("binary");
    std::ofstream(folder / "bad.json") << "[]";
    const std::string command = std::string("\"") + SCAMDRILL_BINARY + "\" validate \"" + (folder / "bad.json").string() + "\" > \"" +
                                (folder / "out.txt").string() + "\"";
    const int status = std::system(command.c_str());
    std::ifstream in(folder / "out.txt");
    std::stringstream out;
    out << in.rdbuf();
    INFO(out.str());
    CHECK(status != 0);
    CHECK(out.str().find("error: a bank is a JSON object") != std::string::npos);
    CHECK(out.str().find("1 bank, 0 items, 1 error, 0 warnings") != std::string::npos);
    fs::remove_all(folder);
}
