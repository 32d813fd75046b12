#!/usr/bin/env bash
# The statistics engine at scale: builds the host and the bench, starts a throwaway PostgreSQL server (build/postgres.sh),
# and prints, for SQLite and PostgreSQL at 10,000 / 100,000 / 1,000,000 persons, the release of the annual deck next to
# hand-written SQL for the same tables, their ratio, the host's peak memory, and the time ratios between sizes.
# Usage: build/bench/run.sh [--persons 10000,100000] [--providers sqlite] [--year 2025] [--seed N]
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/postgres.sh
trap postgres_stop EXIT
dotnet build host/Tilda.Host -c Release -v quiet -nologo
dotnet build build/bench/Tilda.Benchmarks -c Release -v quiet -nologo
if [[ " $* " != *" --providers "* ]] && ! postgres_start; then
  echo "PostgreSQL could not start ($POSTGRES_SKIP_REASON): running on SQLite only" >&2
  set -- --providers sqlite "$@"
fi
dotnet build/bench/Tilda.Benchmarks/bin/Release/net10.0/Tilda.Benchmarks.dll "$@"
