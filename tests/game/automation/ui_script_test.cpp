#include "game/automation/ui_script.h"

#include <catch2/catch.hpp>

using Kind = game::UiCommand::Kind;

TEST_CASE("a UI script parses every command", "[ui-script]") {
    const auto script = game::parseUiScript(
        "\xEF\xBB\xBF# sign in\nclick 培训测验\r\ntype 张伟\nkey Enter\nwait 10\n\nexpect 欢迎\n"
        "expect-not 错误\nscreenshot out.png\ncrash\n");
    REQUIRE(script.errors.empty());
    REQUIRE(script.commands.size() == 8);
    CHECK(script.commands[0].kind == Kind::Click);
    CHECK(script.commands[0].argument == "培训测验");
    CHECK(script.commands[0].line == 2);
    CHECK(script.commands[1].argument == "张伟");
    CHECK(script.commands[2].kind == Kind::Key);
    CHECK(script.commands[3].frames == 10);
    CHECK(script.commands[4].kind == Kind::Expect);
    CHECK(script.commands[5].kind == Kind::ExpectNot);
    CHECK(script.commands[6].argument == "out.png");
    CHECK(script.commands[7].kind == Kind::Crash);
}

TEST_CASE("a UI script's mistakes name their lines", "[ui-script]") {
    const auto script = game::parseUiScript("clik 开始\nwait soon\nexpect\ntype two words ok\n");
    REQUIRE(script.errors.size() == 3);
    CHECK(script.errors[0] == "line 1: unknown command 'clik'");
    CHECK(script.errors[1].find("line 2") == 0);
    CHECK(script.errors[2] == "line 3: 'expect' needs an argument");
    REQUIRE(script.commands.size() == 1);
    CHECK(script.commands[0].argument == "two words ok");
}
