#!/usr/bin/env bash
# The real program under Xvfb: title, text size kept between runs, F11.
source "$(dirname "$0")/run_script.sh"
run_ui_script title_flow.txt || fail "the UI script failed"
for shot in title settings-extra-large title-extra-large fullscreen windowed; do
  [ -s "$out/$shot.png" ] || fail "no screenshot $shot.png"
done
[ "$(png_size "$out/title.png")" = "1280x720" ] || fail "title.png is $(png_size "$out/title.png"), not 1280x720"
[ "$(png_size "$out/fullscreen.png")" = "1600x900" ] || fail "F11 did not fill the 1600x900 screen: $(png_size "$out/fullscreen.png")"
[ "$(png_size "$out/windowed.png")" = "1280x720" ] || fail "F11 again did not restore the window"
grep -q extra_large "$data/scamdrill/settings.json" || fail "the text size was not kept"
# The next run starts with the kept text size: a taller title than the first run's.
printf 'expect 反诈实战演练\nscreenshot second-run.png\n' > "$out/second.txt"
(cd "$out" && xvfb-run -a -s "-screen 0 1600x900x24" "$bin" --ui-script "$out/second.txt") || fail "second run failed"
# The top of the screen (title and tagline) must look exactly as it did after
# the change, and unlike the first run's standard size.
top_diff() { compare -metric AE -crop 1280x200+0+0 "$1" "$2" null: 2>&1 || true; }
[ "$(top_diff "$out/second-run.png" "$out/title-extra-large.png")" = "0" ] || fail "the second run did not use the kept text size"
[ "$(top_diff "$out/second-run.png" "$out/title.png")" != "0" ] || fail "extra large text looks like standard text"
echo "ok: screenshots in $out"
