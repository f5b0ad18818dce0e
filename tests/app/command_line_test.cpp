#include "app/command_line.h"
#include "app/subcommands.h"
#include "support/program_run.h"

#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include <memory>

namespace {

using Action = app::CommandLine::Action;

app::CommandLine parse(const std::vector<std::string>& args) { return app::parseCommandLine(args, app::subcommands()); }

// The game's options from a command line that must start the game.
app::Options gameOptions(const std::vector<std::string>& args) {
    const auto line = parse(args);
    INFO(line.err);
    REQUIRE(line.action == Action::StartGame);
    return line.options;
}

// A usage error: exit code 2, nothing on stdout, and what was wrong on stderr.
std::string usageError(const std::vector<std::string>& args) {
    const auto line = parse(args);
    CHECK(line.action == Action::Exit);
    CHECK(line.exitCode == app::kExitUsage);
    CHECK(line.out.empty());
    return line.err;
}

} // namespace

TEST_CASE("the command line: --db PATH and --db=PATH", "[command-line]") {
    CHECK(gameOptions({"--db", "/tmp/x.db"}).database == "/tmp/x.db");
    CHECK(gameOptions({"--db=/tmp/y.db"}).database == "/tmp/y.db");
    CHECK_FALSE(gameOptions({}).database);
    CHECK_THAT(usageError({"--db"}), Catch::Contains("--db"));
}

TEST_CASE("the command line: -- ends the options", "[command-line]") {
    CHECK(gameOptions({"--db", "x.db", "--"}).database == "x.db");
    CHECK_THAT(usageError({"--", "--db", "x.db"}), Catch::Contains("not expected"));
    // After --, a word starting with '-' is a path for validate, not an option.
    const auto run = testing::runInProcess({"validate", "--", "-no-such-bank.json"});
    CHECK(run.status == 2);
    CHECK(run.err == "scamdrill validate: -no-such-bank.json: no such file or folder\n");
}

TEST_CASE("the command line: --lang takes zh-CN or en only", "[command-line]") {
    CHECK(gameOptions({"--lang", "en"}).language == "en");
    CHECK(gameOptions({"--lang=zh-CN"}).language == "zh-CN");
    CHECK(gameOptions({}).language.empty()); // from the environment
    const std::string error = usageError({"--lang", "fr"});
    CHECK_THAT(error, Catch::StartsWith("scamdrill: --lang"));
    CHECK_THAT(error, Catch::Contains("fr") && Catch::Contains("zh-CN") && Catch::Contains("en"));
    CHECK(testing::runInProcess({"--lang", "fr"}).status == 2);
}

TEST_CASE("the command line: unknown options and missing values are errors that say what and where", "[command-line]") {
    const std::string unknown = usageError({"--no-such-option"});
    CHECK_THAT(unknown, Catch::StartsWith("scamdrill: ") && Catch::Contains("--no-such-option"));
    CHECK_THAT(unknown, Catch::Contains("scamdrill --help"));
    CHECK_THAT(usageError({"--bogus=1"}), Catch::Contains("--bogus"));
    CHECK_THAT(usageError({"vallidate"}), Catch::Contains("vallidate"));
    // A subcommand's mistakes name the subcommand and its help.
    const auto run = testing::runInProcess({"import", "bank.txt", "-o", "out.json", "--bogus"});
    CHECK(run.status == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, Catch::StartsWith("scamdrill import: ") && Catch::Contains("--bogus"));
    CHECK_THAT(run.err, Catch::Contains("scamdrill import --help"));
    CHECK_THAT(testing::runInProcess({"validate", "--lang", "en"}).err, Catch::Contains("--lang"));
}

TEST_CASE("the command line: validate and import are subcommands with their own options and help", "[command-line]") {
    const auto validateHelp = parse({"validate", "--help"});
    CHECK(validateHelp.action == Action::Exit);
    CHECK(validateHelp.exitCode == app::kExitOk);
    CHECK_THAT(validateHelp.out, Catch::Contains("scamdrill validate") && Catch::Contains("PATH"));
    CHECK_THAT(validateHelp.out, !Catch::Contains("--ui-script"));

    const auto importHelp = parse({"import", "-h"});
    CHECK(importHelp.exitCode == app::kExitOk);
    CHECK_THAT(importHelp.out, Catch::Contains("scamdrill import") && Catch::Contains("--output") && Catch::Contains("--fraud-type"));
    CHECK_THAT(importHelp.out, !Catch::Contains("--ui-script"));

    CHECK(parse({"validate", "questions"}).action == Action::RunCommand);
    CHECK(parse({"import", "--output=out.json", "bank.txt"}).action == Action::RunCommand);
    CHECK_THAT(usageError({"import", "bank.txt"}), Catch::Contains("--output"));
    CHECK_THAT(usageError({"import", "-o", "out.json"}), Catch::Contains("FILE"));
    CHECK_THAT(usageError({"import", "a.txt", "b.txt", "-o", "out.json"}), Catch::Contains("b.txt"));
    CHECK_THAT(usageError({"import", "a.txt", "-o", "out.json", "--fraud-type", "no-such-type"}),
               Catch::Contains("\"no-such-type\" is not a fraud type"));
}

TEST_CASE("the command line: a subcommand is a name, a summary and a define function", "[command-line]") {
    const std::vector<app::Subcommand> list = {
        {"greet", "say hello", [](CLI::App& command) -> app::CommandRun {
             auto name = std::make_shared<std::string>();
             command.add_option("--name", *name, "who to greet")->required();
             return [name] { return *name == "Li" ? 7 : 1; };
         }},
    };
    const auto line = app::parseCommandLine({"greet", "--name=Li"}, list);
    REQUIRE(line.action == Action::RunCommand);
    CHECK(line.command() == 7);
    CHECK_THAT(app::parseCommandLine({"--help"}, list).out, Catch::Contains("greet") && Catch::Contains("say hello"));
    CHECK_THAT(app::parseCommandLine({"greet", "--help"}, list).out, Catch::Contains("who to greet"));
    CHECK(app::parseCommandLine({"greet"}, list).exitCode == app::kExitUsage);
}

TEST_CASE("the command line: --help and --version", "[command-line]") {
    for (const char* flag : {"--help", "-h"}) {
        const auto help = parse({flag});
        CHECK(help.action == Action::Exit);
        CHECK(help.exitCode == app::kExitOk);
        CHECK(help.err.empty());
        for (const char* text : {"--lang", "--db", "--ui-script", "--screenshot", "--frames", "--version", "validate", "import"})
            CHECK_THAT(help.out, Catch::Contains(text));
        CHECK_THAT(help.out, Catch::Contains("Exit codes: 0 done"));
    }
    const auto version = parse({"--version"});
    CHECK(version.action == Action::Exit);
    CHECK(version.exitCode == app::kExitOk);
    CHECK(version.out == "scamdrill " SCAMDRILL_VERSION "\n");
}

TEST_CASE("the command line: --ui-script FILE", "[command-line]") {
    CHECK(gameOptions({"--ui-script", "flow.txt"}).uiScript == "flow.txt");
    CHECK(gameOptions({"--ui-script=flow.txt"}).uiScript == "flow.txt");
    CHECK_THAT(usageError({"--ui-script", "flow.txt", "--screenshot", "s.png"}), Catch::Contains("--ui-script"));
}

TEST_CASE("the command line: --screenshot FILE [--frames N]", "[command-line]") {
    const auto defaults = gameOptions({"--screenshot", "s.png"});
    CHECK(defaults.screenshot == "s.png");
    CHECK(defaults.frames == 5);
    const auto seven = gameOptions({"--screenshot=s.png", "--frames=7"});
    CHECK(seven.screenshot == "s.png");
    CHECK(seven.frames == 7);
    CHECK_THAT(usageError({"--screenshot", "s.png", "--frames", "zero"}), Catch::Contains("--frames"));
    CHECK_THAT(usageError({"--screenshot", "s.png", "--frames", "0"}), Catch::Contains("--frames"));
    CHECK_THAT(usageError({"--frames", "3"}), Catch::Contains("--screenshot")); // --frames is for --screenshot
}
