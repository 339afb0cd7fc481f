#!/usr/bin/env bash
# The shared-server load benchmark (bench/JobCapture.ServerLoad) on SQLite and on a throwaway PostgreSQL cluster with
# fsync on, like SQLite's synchronous=FULL. Arguments go to the benchmark: --users 20 --postings 1000 --clients 16 --seconds 30.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tests/postgres.sh"
trap stop_postgres EXIT
start_postgres --durable
dotnet run --project "$root/bench/JobCapture.ServerLoad" -c Release -- --postgres "$JOBCAPTURE_TEST_POSTGRES" "$@"
