#!/usr/bin/env bash
# The one test command: restores, builds and runs every test project on SQLite, then runs the HTTP integration
# tests (and the statistics engine's database tests) again on a throwaway PostgreSQL server (installed and started here, removed at the end, also on failure), and
# a third time on SQL Server when TILDA_TEST_SQLSERVER is an administrator connection string to one (no SQL Server
# engine can be installed here: without it that pass is reported as skipped).
# The browser tests (trait Category=Browser: the host process, Debian's Chromium driven by Playwright, axe-core on every
# page) run once, on SQLite, after the first pass; Chromium is installed here when missing (root and apt-get).
# Prints one summary line: "Tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
source build/postgres.sh
source build/chromium.sh
logs=$(mktemp -d)
trap 'postgres_stop; rm -rf "$logs"' EXIT

dotnet restore Tilda.sln || exit 1
dotnet build Tilda.sln --no-restore -c Release || exit 1

# Sums dotnet test's per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12") in a log.
count() {
  awk '/(Passed|Failed)! +- +Failed:/ {
         gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
       END { printf "%d %d %d\n", p, f, s }' "$1"
}

status=0
echo "=== Every test project, SQLite ==="
TILDA_TEST_PROVIDER=Sqlite dotnet test Tilda.sln --no-build -c Release --filter "Category!=Browser" 2>&1 | tee "$logs/sqlite.log" || status=1
read -r passed failed skipped < <(count "$logs/sqlite.log")
integration=$(awk '/(Passed|Failed)! .*Tilda.Host.IntegrationTests.dll/ { for (i = 1; i <= NF; i++) if ($i == "Total:") print $(i+1) }' "$logs/sqlite.log" | tr -d ,)

echo "=== Browser tests (Chromium, SQLite) ==="
browser_started=$(date +%s)
if chromium_ready; then
  TILDA_TEST_PROVIDER=Sqlite dotnet test tests/Tilda.Host.IntegrationTests --no-build -c Release --filter Category=Browser 2>&1 | tee "$logs/browser.log" || status=1
  read -r p f s < <(count "$logs/browser.log")
  echo "Browser: $p passed, $f failed, $s skipped in $(( $(date +%s) - browser_started )) s (screenshots and axe-core results in artifacts/browser/)"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
else
  echo "Browser tests skipped: $CHROMIUM_SKIP_REASON"
  skipped=$((skipped + $(grep -rl 'Trait("Category", "Browser")' tests/Tilda.Host.IntegrationTests/Browser | xargs grep -h -c '\[Fact\]' | awk '{ n += $1 } END { print n + 0 }')))
fi

# The HTTP integration tests and the statistics engine's database tests (trait Database=provider) again on a server
# database (TILDA_TEST_PROVIDER=$2), their counts added to the total.
server_pass() {
  TILDA_TEST_PROVIDER=$2 dotnet test tests/Tilda.Host.IntegrationTests --no-build -c Release --filter "Category!=Browser" 2>&1 | tee "$logs/$2.log" || status=1
  TILDA_TEST_PROVIDER=$2 dotnet test tests/Tilda.Modules.Statistics.Tests --no-build -c Release --filter Database=provider 2>&1 \
    | tee -a "$logs/$2.log" || status=1
  read -r p f s < <(count "$logs/$2.log")
  echo "$1: $p passed, $f failed, $s skipped"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

# A server pass that could not run: its tests count as skipped, never as passed.
server_skipped() {
  local engine
  engine=$(dotnet test tests/Tilda.Modules.Statistics.Tests --no-build -c Release --filter Database=provider --list-tests 2>/dev/null | grep -c '^    ')
  echo "$1 tests skipped ($(( ${integration:-0} + engine )) tests): $2"
  skipped=$((skipped + ${integration:-0} + engine))
}

echo "=== HTTP integration tests, PostgreSQL ==="
if postgres_start; then server_pass PostgreSQL PostgreSql; else server_skipped PostgreSQL "$POSTGRES_SKIP_REASON"; fi

echo "=== HTTP integration tests, SQL Server ==="
if [ -n "${TILDA_TEST_SQLSERVER:-}" ]; then server_pass "SQL Server" SqlServer
else server_skipped "SQL Server" "TILDA_TEST_SQLSERVER is not set (docs/operations.md says how to run them)"; fi

echo "SQLite: $(count "$logs/sqlite.log" | awk '{print $1 " passed, " $2 " failed, " $3 " skipped"}')"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] || status=1
exit $status
