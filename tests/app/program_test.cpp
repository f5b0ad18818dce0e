// The real binary: help, version, and clear failures when the machine lacks
// a display, OpenGL or a Chinese font.
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace {
struct Run {
    int status = -1;
    std::string output;
};
// Runs the built scamdrill with an environment prefix, capturing stdout+stderr.
Run runScamdrill(const std::string& env, const std::string& args) {
    testing::TempFolder home;
    const std::string cmd = "timeout 30 env " + env + " XDG_DATA_HOME='" + home.path().string() + "' '" SCAMDRILL_BINARY "' " + args + " 2>&1";
    Run run;
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 512> buf{};
    while (size_t n = fread(buf.data(), 1, buf.size(), pipe)) run.output.append(buf.data(), n);
    const int raw = pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}
} // namespace

TEST_CASE("scamdrill --help and --version", "[program]") {
    const auto help = runScamdrill("", "--help");
    CHECK(help.status == 0);
    CHECK(help.output.find("--ui-script") != std::string::npos);
    CHECK(help.output.find("validate") != std::string::npos);
    const auto version = runScamdrill("", "--version");
    CHECK(version.status == 0);
    CHECK(version.output == "scamdrill " SCAMDRILL_VERSION "\n");
    const auto bad = runScamdrill("", "--no-such-option");
    CHECK(bad.status == 2);
    CHECK(bad.output.find("--no-such-option") != std::string::npos);
}

TEST_CASE("without a display the program says so and exits non-zero", "[program]") {
    const auto run = runScamdrill("-u DISPLAY -u WAYLAND_DISPLAY SCAMDRILL_LANG=en", "");
    CHECK(run.status == 3);
    CHECK(run.output.find("no graphical display") != std::string::npos);
    CHECK(run.output.find("xvfb-run") != std::string::npos);
}

TEST_CASE("without OpenGL the program says what to install", "[program]") {
    // SDL's dummy video driver starts but cannot make a GL window.
    const auto run = runScamdrill("SDL_VIDEODRIVER=dummy SCAMDRILL_LANG=zh_CN.UTF-8", "");
    CHECK(run.status == 3);
    CHECK(run.output.find("OpenGL") != std::string::npos);
    CHECK(run.output.find("libgl1-mesa-dri") != std::string::npos);
}

TEST_CASE("without a Chinese font the program says what to install", "[program]") {
    testing::TempFolder fonts;
    const auto conf = fonts.path() / "fonts.conf";
    FILE* f = std::fopen(conf.string().c_str(), "w");
    REQUIRE(f);
    std::fputs("<?xml version=\"1.0\"?><fontconfig><dir>/nonexistent</dir><cachedir>/tmp/scamdrill-fc</cachedir></fontconfig>", f);
    std::fclose(f);
    const auto run = runScamdrill("FONTCONFIG_FILE='" + conf.string() + "' SCAMDRILL_LANG=en", "");
    CHECK(run.status == 3);
    CHECK(run.output.find("No Chinese font") != std::string::npos);
    CHECK(run.output.find("fonts-noto-cjk") != std::string::npos);
}
