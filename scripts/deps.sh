# Sourced by scripts/run, test, bench and test-game-only: the Debian packages
# ScamDrill needs, in the groups cmake/Dependencies.cmake finds them in, and a
# function that installs whichever of them are missing.

# The game library (game/, the game-only build): compiler, build tools and
# the libraries the rules and data use.
GAME_PACKAGES=(
  cmake g++ make pkg-config
  nlohmann-json3-dev libsqlite3-dev libzip-dev libpugixml-dev
  libsodium-dev libxlsxwriter-dev
)
# The program on top (scenes/, app/): window, GL, fonts, sound, speech, command line.
PROGRAM_PACKAGES=(
  libsdl2-dev libimgui-dev libstb-dev libfreetype-dev libfontconfig-dev
  libgl-dev libgl1-mesa-dri libcli11-dev
  espeak-ng libespeak-ng-dev
  fonts-noto-cjk fonts-wqy-zenhei
)
# The tests on top: Catch2 (all the game library's tests need), then a virtual
# display and readers for exported files for the program's tests.
GAME_TEST_PACKAGES=(
  catch2
)
TEST_PACKAGES=(
  "${GAME_TEST_PACKAGES[@]}"
  xvfb xauth poppler-utils poppler-data imagemagick sqlite3
)
# The benchmarks on top.
BENCH_PACKAGES=(
  libbenchmark-dev
)

# install_missing PKG...: apt-get installs the packages not yet installed.
install_missing() {
  local missing=()
  local p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# jobs: how many compile jobs this machine can run.
jobs() { nproc 2>/dev/null || echo 2; }
