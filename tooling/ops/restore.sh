#!/usr/bin/env bash
# Restores a Bokji backup into a database that must not exist yet (it is created here), so a
# restore never lands on top of live data.
#   tooling/ops/restore.sh <backup.dump> <target-database-url>
set -euo pipefail
dump=${1:?usage: restore.sh <backup.dump> <target-database-url>}
target=${2:?usage: restore.sh <backup.dump> <target-database-url>}
name=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).pathname.slice(1)))' "$target")
server=$(node -e 'const u=new URL(process.argv[1]); u.pathname="/postgres"; console.log(u.toString())' "$target")
[[ "$name" =~ ^[A-Za-z0-9_]+$ ]] || { echo "restore: unusual database name '$name'" >&2; exit 2; }
if [ "$(psql "$server" -tAc "select 1 from pg_database where datname = '$name'")" = "1" ]; then
  echo "restore: database $name already exists; restore into a new one (then switch DATABASE_URL)" >&2
  exit 2
fi
psql "$server" -qc "create database \"$name\""
start=$(date +%s)
pg_restore --no-owner --no-privileges --exit-on-error --dbname "$target" "$dump"
echo "restore: $dump → $name in $(( $(date +%s) - start )) s"
