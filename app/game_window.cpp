#include "app/game_window.h"

#include "app/data_folder.h"
#include "app/font_atlas.h"
#include "app/game_services.h"
#include "app/screenshot.h"
#include "app/style.h"
#include "app/voice_output.h"
#include "game/strings.h"
#include "scenes/quiz/resume_scene.h"
#include "scenes/scene_list.h"
#include "scenes/scene_stack.h"
#include "scenes/automation/script_runner.h"
#include "scenes/services.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

namespace app {

namespace {

// Frames drawn after the last event, so hover and focus changes settle.
constexpr int kFramesAfterEvent = 3;
// The longest the idle loop sleeps before checking the clock again.
constexpr int kIdleWaitMs = 500;

void complain(const std::string& message) { std::cerr << "scamdrill: " << message << std::endl; }

// With SCAMDRILL_TIMING set, prints how long start-up steps took (for measuring start-up).
class StartupClock {
public:
    void mark(const char* what) {
        if (!m_enabled) return;
        const auto now = std::chrono::steady_clock::now();
        std::cerr << "timing: " << what << " "
                  << std::chrono::duration_cast<std::chrono::milliseconds>(now - m_start).count() << " ms\n";
    }

private:
    bool m_enabled = std::getenv("SCAMDRILL_TIMING") != nullptr;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

// Everything that lives as long as the window.
class Window {
public:
    explicit Window(const GameSetup& setup) : m_setup(setup) {}
    ~Window();
    int run();

private:
    bool openWindow();
    void rebuildFonts();
    bool handleEvent(const SDL_Event& event);
    void toggleFullscreen();
    void drawFrame();

    const GameSetup& m_setup;
    SDL_Window* m_window = nullptr;
    SDL_GLContext m_gl = nullptr;
    bool m_imgui = false;
    scenes::UiContext m_ui;
    std::unique_ptr<FontAtlas> m_fonts;
    std::unique_ptr<scenes::SceneStack> m_stack;
    scenes::UiDriver m_driver;
    std::unique_ptr<scenes::ScriptRunner> m_script;
    std::string m_pendingShot;
    int m_framesDrawn = 0;
    int m_windowedSize[2] = {1280, 720};
    std::unique_ptr<GameServices> m_game;
};

Window::~Window() {
    m_stack.reset();
    m_game.reset(); // closes the audio device before SDL shuts down
    if (m_imgui) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (m_gl) SDL_GL_DeleteContext(m_gl);
    if (m_window) SDL_DestroyWindow(m_window);
    SDL_Quit();
}

bool Window::openWindow() {
    const auto& s = m_setup.strings;
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        complain(s.format("startup.no_display", {SDL_GetError()}));
        return false;
    }
    // SDL falls back to an invisible "offscreen" driver when there is no display;
    // only accept it (or "dummy") when asked for by name through SDL_VIDEODRIVER.
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    const char* requested = std::getenv("SDL_VIDEODRIVER");
    if ((driver == "offscreen" || driver == "dummy") && !(requested && driver == requested)) {
        complain(s.format("startup.no_display", {"SDL video driver: " + driver}));
        return false;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    m_window = SDL_CreateWindow(s.get("app.name").c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 720, flags);
    if (!m_window) {
        complain(s.format("startup.no_opengl", {SDL_GetError()}));
        return false;
    }
    m_gl = SDL_GL_CreateContext(m_window);
    if (!m_gl) {
        complain(s.format("startup.no_opengl", {SDL_GetError()}));
        return false;
    }
    SDL_GL_MakeCurrent(m_window, m_gl);
    SDL_GL_SetSwapInterval(1);
    return true;
}

void Window::rebuildFonts() {
    ImGuiIO& io = ImGui::GetIO();
    m_ui.fonts = m_fonts->build(io);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Window::toggleFullscreen() {
    const bool full = (SDL_GetWindowFlags(m_window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
    if (!full) SDL_GetWindowSize(m_window, &m_windowedSize[0], &m_windowedSize[1]);
    SDL_SetWindowFullscreen(m_window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
    // Without a window manager nothing restores the old size: do it here.
    if (full) SDL_SetWindowSize(m_window, m_windowedSize[0], m_windowedSize[1]);
}

// Returns false when the program should end.
bool Window::handleEvent(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) return false;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE
        && event.window.windowID == SDL_GetWindowID(m_window))
        return false;
    if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_F11 && !event.key.repeat) toggleFullscreen();
    return true;
}

void Window::drawFrame() {
    ImGuiIO& io = ImGui::GetIO();
    m_fonts->setPixels(game::textPixels(m_game->settings().textSize));
    if (m_fonts->dirty()) {
        const auto started = std::chrono::steady_clock::now();
        rebuildFonts();
        if (std::getenv("SCAMDRILL_TIMING"))
            std::cerr << "timing: font atlas built in "
                      << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count()
                      << " ms (" << m_fonts->glyphCount() << " glyphs)\n";
        applyStyle(game::textPixels(m_game->settings().textSize));
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    m_driver.beforeFrame(io);
    ImGui::NewFrame();
    m_ui.trace.beginFrame();
    m_stack->draw();
    ImGui::Render();
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.96f, 0.97f, 0.99f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!m_pendingShot.empty()) {
        std::string why;
        if (!writeBackBufferPng(m_pendingShot, w, h, why)) complain(why);
        m_pendingShot.clear();
    }
    SDL_GL_SwapWindow(m_window);
    ++m_framesDrawn;
    m_stack->applyPending();
    m_fonts->noteFrame(m_ui.trace);
}

int Window::run() {
    const auto& s = m_setup.strings;
    StartupClock clock;
    const auto font = findChineseFont();
    clock.mark("font found");
    if (!font) {
        complain(s.get("startup.no_font"));
        return kExitEnvironment;
    }
    try {
        m_fonts = std::make_unique<FontAtlas>(*font);
    } catch (const std::exception& e) {
        complain(s.format("startup.bad_font", {font->path, e.what()}));
        return kExitEnvironment;
    }
    clock.mark("font file read");
    for (const auto& [key, text] : s.entries()) m_fonts->addUiText(text);
    m_fonts->addText(m_setup.database.string());

    m_game = std::make_unique<GameServices>(s, m_setup.dataFolder, m_setup.database, questionsFolder(),
                                            std::make_unique<VoiceOutput>());
    clock.mark("services made");
    if (!m_game->settingsProblem().empty()) complain(m_game->settingsProblem());
    if (!m_game->services().storeProblem.empty()) complain(m_game->services().storeProblem);
    m_game->forEachShownText([this](const std::string& text) { m_fonts->addText(text); });

    clock.mark("records and banks loaded");
    if (!openWindow()) return kExitEnvironment;
    clock.mark("window open");
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    m_imgui = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // scenes place their own windows
    io.UserData = &m_ui;
    ImGui_ImplSDL2_InitForOpenGL(m_window, m_gl);
    ImGui_ImplOpenGL3_Init("#version 130");

    m_stack = std::make_unique<scenes::SceneStack>(s);
    m_stack->push(scenes::makeScene(scenes::SceneId::Title, m_game->services()));
    if (scenes::hasUnfinishedAttempts(m_game->services())) m_stack->push(scenes::makeScene(scenes::SceneId::Resume, m_game->services()));
    m_stack->applyPending();

    if (m_setup.options.uiScript) {
        std::ifstream in(*m_setup.options.uiScript, std::ios::binary);
        if (!in) {
            complain("cannot read the UI script " + *m_setup.options.uiScript);
            return kExitUsage;
        }
        std::stringstream text;
        text << in.rdbuf();
        scenes::ScriptRunner::Host host;
        host.screenshot = [this](const std::string& file) { m_pendingShot = file; return true; };
        host.crash = [] { std::_Exit(kExitCrash); };
        host.hostKey = [](const std::string& key) {
            if (key != "F11") return false;
            SDL_Event e{};
            e.type = SDL_KEYDOWN;
            e.key.keysym.sym = SDLK_F11;
            e.key.keysym.scancode = SDL_SCANCODE_F11;
            SDL_PushEvent(&e);
            return true;
        };
        m_script = std::make_unique<scenes::ScriptRunner>(game::parseUiScript(text.str()), *m_setup.options.uiScript,
                                                          m_driver, std::move(host));
    }

    int framesToSettle = kFramesAfterEvent;
    for (;;) {
        const bool busy = m_script || m_setup.options.screenshot || framesToSettle > 0 || m_stack->animating()
            || m_fonts->dirty();
        SDL_Event event;
        if (!busy) {
            const int tick = m_stack->tickMs();
            if (SDL_WaitEventTimeout(&event, tick > 0 ? tick : kIdleWaitMs)) {
                if (!handleEvent(event)) return kExitOk;
                framesToSettle = kFramesAfterEvent;
            } else if (tick == 0) {
                continue; // nothing happened and nothing ticks: draw nothing
            }
        }
        while (SDL_PollEvent(&event)) {
            if (!handleEvent(event)) return kExitOk;
            framesToSettle = kFramesAfterEvent;
        }
        if (m_setup.options.screenshot && m_framesDrawn + 1 == m_setup.options.frames)
            m_pendingShot = *m_setup.options.screenshot;
        drawFrame();
        if (m_framesDrawn == 1) clock.mark("first frame drawn");
        if (framesToSettle > 0) --framesToSettle;
        if (m_stack->empty()) return kExitOk;
        if (m_setup.options.screenshot && m_framesDrawn >= m_setup.options.frames) return kExitOk;
        if (m_script) {
            const auto state = m_script->afterFrame(m_ui.trace);
            if (state == scenes::ScriptRunner::State::Failed) {
                complain(m_script->failure());
                return kExitScriptFailed;
            }
            if (state == scenes::ScriptRunner::State::Passed) return kExitOk;
        }
    }
}

} // namespace

int runGameWindow(const GameSetup& setup) {
    Window window(setup);
    return window.run();
}

} // namespace app
