# Every dependency comes from the distribution's packages; scripts/deps.sh
# installs them in the same four groups.

# The game library (game/): always.
find_package(nlohmann_json 3.2 REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
# The organiser's PIN (Argon2id) and roster templates as .xlsx.
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)

# The program (scenes/, app/): window, GL, fonts, sound, speech, command line.
if(NOT SCAMDRILL_GAME_ONLY)
  find_package(SDL2 REQUIRED CONFIG)
  find_package(OpenGL REQUIRED)
  find_package(Freetype REQUIRED)
  find_package(CLI11 2 REQUIRED CONFIG)
  pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
  pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
  pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
  pkg_check_modules(ESPEAKNG REQUIRED IMPORTED_TARGET espeak-ng)
endif()

# The tests.
if(SCAMDRILL_TESTS)
  find_package(Catch2 2 REQUIRED)
endif()

# The benchmarks.
if(SCAMDRILL_BENCHMARKS)
  find_package(benchmark REQUIRED)
endif()
