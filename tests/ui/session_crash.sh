#!/usr/bin/env bash
# Sign in, answer three items, crash; the next start resumes with exactly
# those three answers in the database.
source "$(dirname "$0")/run_script.sh"
db="$out/records.db"
set +e
run_ui_script session_crash.txt --db "$db"
status=$?
set -e
[ "$status" -eq 137 ] || fail "the first run should end by the script's crash (137), got $status"
count() { sqlite3 "$db" "$1"; }
[ "$(count 'SELECT count(*) FROM answers')" = "3" ] || fail "expected 3 answers after the crash, found $(count 'SELECT count(*) FROM answers')"
[ "$(count 'SELECT count(*) FROM attempts WHERE finished_at IS NULL')" = "1" ] || fail "expected one unfinished attempt"
[ "$(count "SELECT count(*) FROM sign_ins s JOIN people p ON p.id = s.person_id WHERE p.name = '张伟'")" = "1" ] || fail "张伟 is not signed in"
run_ui_script session_resume.txt --db "$db" || fail "the resume script failed"
[ "$(count 'SELECT count(*) FROM answers')" = "3" ] || fail "resuming changed the answers"
[ "$(count 'SELECT count(DISTINCT item_id) FROM answers')" = "3" ] || fail "answers are not three different items"
[ "$(count 'SELECT group_concat(position) FROM (SELECT position FROM answers ORDER BY position)')" = "0,1,2" ] || fail "answers are not the first three items"
echo "ok: screenshots in $out"
