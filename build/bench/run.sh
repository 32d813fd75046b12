#!/usr/bin/env bash
# Runs the benchmarks and prints their numbers. Usage: build/bench/run.sh [BenchmarkDotNet arguments]
# e.g. build/bench/run.sh --filter '*Disclosure*' --job short
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project build/bench/Tilda.Benchmarks -- "${@:---filter *}"
