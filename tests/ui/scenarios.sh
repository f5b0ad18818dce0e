#!/usr/bin/env bash
# A call, an SMS, a chat and a web page scenario played in the real window, with screenshots;
# the endings are recorded as answers.
source "$(dirname "$0")/run_script.sh"
db="$out/records.db"
run_ui_script scenarios.txt --db "$db" || fail "the scenario script failed"
for shot in call-ringing call-pressure call-ended call-debrief sms-inbox sms-message sms-debrief chat-group chat-order chat-debrief web-form web-debrief; do
  [ -s "$out/$shot.png" ] || fail "no screenshot $shot.png"
done
endings=$(sqlite3 "$db" "SELECT group_concat(json_extract(response, '$.scenario.outcome'), ',') FROM (SELECT response FROM answers ORDER BY id)")
[ "$endings" = "safe,safe,money_lost,info_leaked" ] || fail "expected the endings safe,safe,money_lost,info_leaked, got '$endings'"
hangup=$(sqlite3 "$db" "SELECT json_extract(response, '$.scenario.follow_up') FROM answers ORDER BY id LIMIT 1")
[ "$hangup" = "call_110" ] || fail "the call's follow-up (call 110) was not recorded: '$hangup'"
echo "ok: screenshots in $out"
