#!/usr/bin/env bash
# Restore drill: back up a database, restore the backup into a new database on the same server,
# and verify the copy (row counts of every table, access-log head and hash chain, migrations).
# The restored copy is dropped afterwards unless KEEP_RESTORE=1.
#   tooling/ops/restore-drill.sh <database-url>
# Without an argument, a demo source database is made first (and dropped afterwards) from
# BOKJI_DRILL_SERVER (default postgres://postgres@127.0.0.1:5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
stamp=$(date -u +%Y%m%d%H%M%S)
made_source=""
if [ $# -ge 1 ]; then
  source_url=$1
else
  server=${BOKJI_DRILL_SERVER:-postgres://postgres@127.0.0.1:5432/postgres}
  source_url=$(node -e 'const u=new URL(process.argv[1]); u.pathname="/bokji_drill_src_"+process.argv[2]; console.log(u.toString())' "$server" "$stamp")
  psql "$server" -qc "create database bokji_drill_src_$stamp"
  made_source=bokji_drill_src_$stamp
  npx tsx tooling/ops/src/demo-source.ts "$source_url" 100
fi
target=$(node -e 'const u=new URL(process.argv[1]); u.pathname="/bokji_restore_drill_"+process.argv[2]; console.log(u.toString())' "$source_url" "$stamp")
admin=$(node -e 'const u=new URL(process.argv[1]); u.pathname="/postgres"; console.log(u.toString())' "$source_url")
dir=$(mktemp -d)
cleanup() {
  if [ "${KEEP_RESTORE:-0}" != "1" ]; then
    psql "$admin" -qc "drop database if exists bokji_restore_drill_$stamp with (force)" || true
  fi
  if [ -n "$made_source" ]; then psql "$admin" -qc "drop database if exists $made_source with (force)" || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
dump=$(tooling/ops/backup.sh "$source_url" "$dir" | tail -n1)
tooling/ops/restore.sh "$dump" "$target"
npx tsx tooling/ops/src/verify-restore.ts "${dump%.dump}.manifest.json" "$target"
