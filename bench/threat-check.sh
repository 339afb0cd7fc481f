#!/usr/bin/env bash
# Runs every threat and fault check (tests in the "Threats" category: the service over real HTTP on loopback, the
# kill -9 crash rounds, the extension and hostile snapshots in real Chromium) against started services, and prints a
# table, threat by threat, with pass or fail. Exit code 0 only when all pass.
#   bench/threat-check.sh                 # 20 crash rounds
#   JOBCAPTURE_CRASH_ROUNDS=200 bench/threat-check.sh
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
dotnet test "$root/JobCapture.sln" -c Release --nologo --filter "Category=Threats" \
  --logger "trx" --results-directory "$out" > "$out/run.log" 2>&1
status=$?

printf '%-7s | %-28s | %s\n' "result" "area" "threat check"
printf -- '--------+------------------------------+----------------------------------------------------------------\n'
cat "$out"/*.trx | tr '\n' ' ' | grep -o '<UnitTestResult [^>]*>' | while read -r line; do
  name=$(sed -n 's/.*testName="\([^"]*\)".*/\1/p' <<< "$line")
  outcome=$(sed -n 's/.*outcome="\([^"]*\)".*/\1/p' <<< "$line")
  echo "$outcome|$name"
done | sort -t'|' -k2 | while IFS='|' read -r outcome name; do
  area=$(grep -rlE " ${name%%(*}\(" "$root/tests" --include=*.cs | head -1 | xargs -r basename | sed 's/Tests\.cs$//')
  pretty=$(sed 's/_/ /g; s/&quot;/"/g' <<< "$name")
  result=$([ "$outcome" = "Passed" ] && echo "PASS" || echo "FAIL")
  printf '%-7s | %-28s | %s\n' "$result" "$area" "$pretty"
done
grep -E '^(Passed|Failed)!' "$out/run.log"
[ $status -eq 0 ] || { echo "Some checks failed; the full log is $out/run.log"; exit 1; }
rm -rf "$out"
