#!/usr/bin/env bash
# Imports 100 and N (default 10000) generated postings (the shared corpus pages made distinct) with `jobcapture
# import`, serves each set, and times GET /, /?q=engineer, /board, /due and /stats on both, taking turns.
# Usage: bench/dashboard-scale/run.sh [N] [WORK_DIR]   (a WORK_DIR kept from an earlier run skips the imports)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pages="${JOBCAPTURE_SHARED_DIR:-$repo/../shared}/corpus/pages"
[ -d "$pages" ] || { echo "no corpus pages at $pages" >&2; exit 1; }
large="${1:-10000}"
work="${2:-$(mktemp -d)}"
servers=()
trap 'for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT

for count in 100 "$large"; do
  set_dir="$work/$count"
  if [ ! -d "$set_dir/data" ]; then
    python3 "$here/generate.py" "$pages" "$count" "$set_dir/pages"
    start=$(date +%s)
    "$repo/jobcapture" import "$set_dir/pages" --data-dir "$set_dir/data" > "$set_dir/import.log"
    echo "imported $count pages in $(( $(date +%s) - start )) s: $(tail -1 "$set_dir/import.log")"
  fi
done

# Each service also takes the next port for its snapshot origin: 100 apart.
"$repo/jobcapture" serve --port 5880 --data-dir "$work/100/data" > "$work/100/serve.log" 2>&1 & servers+=($!)
"$repo/jobcapture" serve --port 5980 --data-dir "$work/$large/data" > "$work/$large/serve.log" 2>&1 & servers+=($!)
for port in 5880 5980; do
  until curl -sf "http://127.0.0.1:$port/api/health" > /dev/null; do sleep 0.5; done
done
python3 "$here/time_pages.py" http://127.0.0.1:5880 http://127.0.0.1:5980
echo "data sets kept in $work"
