# Sourced by the tests/ui/*.sh tests: runs the real program under Xvfb with a
# UI script, in a fresh data folder. Usage: run_ui_script SCRIPT [ARGS...]
# Sets $data (the data folder) and $out (where screenshots go).
set -euo pipefail
bin="$1"
out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -rf "$out"
mkdir -p "$out"
data="$out/data"
export XDG_DATA_HOME="$data"
export SDL_AUDIODRIVER=dummy
export SCAMDRILL_LANG="${SCAMDRILL_LANG:-zh-CN}"

run_ui_script() {
  local script="$1"
  shift
  (cd "$out" && xvfb-run -a -s "-screen 0 1600x900x24" "$bin" --ui-script "$here/$script" "$@")
}

# png_size FILE: prints WIDTHxHEIGHT of a PNG.
png_size() { identify -format '%wx%h' "$1"; }

fail() { echo "FAIL: $*" >&2; exit 1; }
