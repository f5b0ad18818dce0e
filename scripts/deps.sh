# Sourced by scripts/run and scripts/test: the Debian packages ScamDrill needs,
# and a function that installs whichever of them are missing.

# What the game needs to build and run.
RUN_PACKAGES=(
  cmake g++ make pkg-config
  libsdl2-dev libimgui-dev libstb-dev libfreetype-dev libfontconfig-dev
  libgl-dev libgl1-mesa-dri
  nlohmann-json3-dev libsqlite3-dev libzip-dev libpugixml-dev
  libxlsxwriter-dev libhpdf-dev espeak-ng libespeak-ng-dev
  fonts-noto-cjk fonts-wqy-zenhei
  catch2 libbenchmark-dev
)
# What the tests need on top: a virtual display and readers for exported files.
TEST_PACKAGES=(
  xvfb xauth poppler-utils poppler-data imagemagick sqlite3
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
