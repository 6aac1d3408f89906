#!/usr/bin/env bash
# Re-records Engine.Tests/Fixtures, the CPython 3.11 answers the Engine tests replay.
#
# Runs the Engine tests with ORACLE=record (every question asked of the live oracle,
# ../shared/oracle/cpython.py under python3 3.11; a new or changed answer is appended to its
# file, Engine.Tests/Fixtures/<stage>.jsonl.gz), logging every key a test asked for. Then each
# fixture file is rewritten sorted by key, one line per key (the last recorded wins), without the
# fixtures no test asked for. Nothing changed in CPython or in the tests' questions = no change
# in the files.
#
#   bash tools/record-oracle-fixtures.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
fixtures=Engine.Tests/Fixtures

command -v dotnet >/dev/null || { echo "dotnet SDK not found"; exit 1; }
command -v python3 >/dev/null || { echo "python3 (CPython 3.11) is needed to record the fixtures"; exit 1; }
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' \
  || { echo "the oracle needs CPython 3.11 as python3"; exit 1; }
oracle=
for dir in "$(pwd)" "$(dirname "$(pwd)")" "$(dirname "$(dirname "$(pwd)")")"; do
  for candidate in "$dir/shared/oracle/cpython.py" "$dir/../shared/oracle/cpython.py"; do
    [ -z "$oracle" ] && [ -f "$candidate" ] && oracle=$candidate
  done
done
[ -n "$oracle" ] || { echo "../shared/oracle/cpython.py (the oracle) not found beside the repository"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$work/keys"
export PYTHONHASHSEED=0 ORACLE=record ORACLE_KEYS_LOG="$work/keys"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== recording: the Engine tests against $oracle"
status=0
dotnet test Engine.Tests/Engine.Tests.csproj -c Release "$@" || status=$?
unset ORACLE ORACLE_KEYS_LOG

# Without every test passing, a test that stopped early may not have asked all its questions:
# keep every fixture then, only sorted and one line per key.
prune=1
if [ "$status" -ne 0 ] || [ "$#" -ne 0 ]; then prune=0; fi

echo "== compacting $fixtures (prune unused: $([ $prune = 1 ] && echo yes || echo no))"
mkdir -p "$fixtures"
for file in "$fixtures"/*.jsonl.gz; do
  [ -e "$file" ] || continue
  # A line is {"key":"<64 hex digits>",...}: the key is characters 9 to 72.
  gzip -dc "$file" | awk -v keys="$work/keys" -v prune=$prune -v name="$file" '
    FILENAME == keys { used[$0] = 1; next }
    $0 == "" { next }
    substr($0, 1, 8) != "{\"key\":\"" { print name ": line " FNR " is not a fixture" > "/dev/stderr"; bad = 1; exit 1 }
    { key = substr($0, 9, 64); if (!prune || (key in used)) last[key] = $0 }
    END { if (!bad) for (k in last) print last[k] }
  ' "$work/keys" - | LC_ALL=C sort > "$work/compacted"
  if [ ! -s "$work/compacted" ]; then
    rm "$file"
  elif ! gzip -dc "$file" | cmp -s - "$work/compacted"; then
    # rewritten only when its content changed, so that another gzip's bytes make no difference
    gzip -9n < "$work/compacted" > "$work/compacted.gz"
    mv "$work/compacted.gz" "$file"
  fi
done

shopt -s nullglob
files=("$fixtures"/*.jsonl.gz)
count=0 plain=0 packed=0
for file in "${files[@]}"; do
  lines=$(gzip -dc "$file" | wc -l); bytes=$(gzip -dc "$file" | wc -c); size=$(wc -c < "$file")
  printf '   %-28s %6d fixtures %10d bytes (%d gzipped)\n' "$(basename "$file")" "$lines" "$bytes" "$size"
  count=$((count + lines)) plain=$((plain + bytes)) packed=$((packed + size))
done
echo "== $count fixtures in $fixtures: $plain bytes, $packed gzipped; the tests asked $(sort -u "$work/keys" | wc -l) distinct questions"
if [ "$status" -ne 0 ]; then
  echo "the tests failed in record mode (see above): the answers were recorded, nothing was pruned"
fi
exit $status
