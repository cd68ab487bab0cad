#!/usr/bin/env bash
# Backup of a Bokji PostgreSQL database: a consistent pg_dump (custom format) and a manifest of row
# counts and the access-log head taken in the same snapshot.
#   tooling/ops/backup.sh <database-url> [backup-dir]     → <dir>/bokji-<UTC stamp>.dump + .manifest.json
set -euo pipefail
cd "$(dirname "$0")/../.."
url=${1:?usage: backup.sh <database-url> [backup-dir]}
dir=${2:-${BOKJI_BACKUP_DIR:-./backups}}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
npx tsx tooling/ops/src/backup.ts "$url" "$dir/bokji-$stamp.dump" >&2
echo "$dir/bokji-$stamp.dump"
