#!/usr/bin/env bash
# The kill -9 crash test for longer than CI runs it: N rounds (default 200) of posting captures while the service is
# killed, then integrity_check and "every 2xx capture is stored".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JOBCAPTURE_CRASH_ROUNDS="${1:-200}"
dotnet test "$root/tests/JobCapture.App.Tests" -c Release --nologo --filter "FullyQualifiedName~CrashRecoveryTests"
