#!/usr/bin/env bash
# The one test command: restores, builds and runs every test project; prints one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet restore Tilda.sln
dotnet build Tilda.sln --no-restore -c Release

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Tilda.sln --no-build -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log" || status=$?

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12") into one line.
awk '/(Passed|Failed)! +- +Failed:/ {
        gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit $status
