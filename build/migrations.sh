#!/usr/bin/env bash
# Generates a migration for every module's DbContext on every provider, with the dotnet-ef tool pinned in
# dotnet-tools.json:   build/migrations.sh AddResidencePermits [Module ...]
# Each provider has its own migrations and model snapshot (modules/<M>/Tilda.Modules.<M>/Migrations/<Provider>/), generated
# through the host's own service configuration. A module whose model did not change gets no migration. Nothing connects
# to a database: the connection strings below are placeholders.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: build/migrations.sh MigrationName [Module ...]}
shift
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(Cases Decisions ServiceNeeds ReflectionPeriods CriminalProcess Audit Statistics)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export Auth__SigningKey="design-time-signing-key-of-at-least-32-bytes"
export Statistics__PseudonymKey="design-time-pseudonym-key-of-at-least-32-bytes"
export Tilda__DataPath="$(mktemp -d)"
trap 'rm -rf "$Tilda__DataPath"' EXIT
dotnet tool restore >/dev/null
dotnet build host/Tilda.Host -c Debug >/dev/null

declare -A connection=(
  [Sqlite]="Data Source=$Tilda__DataPath/design.db"
  [PostgreSql]="Host=localhost;Database=tilda_design"
  [SqlServer]="Server=localhost;Database=tilda_design;TrustServerCertificate=true"
)
for module in "${modules[@]}"; do
  project="modules/$module/Tilda.Modules.$module"
  context="${module}DbContext"
  for provider in Sqlite PostgreSql SqlServer; do
    if Database__Provider=$provider ConnectionStrings__Tilda="${connection[$provider]}" \
       dotnet ef migrations has-pending-model-changes --no-build --project "$project" --startup-project host/Tilda.Host \
         --context "$provider$context" >/dev/null 2>&1; then
      echo "$module/$provider: no model changes"
      continue
    fi
    Database__Provider=$provider ConnectionStrings__Tilda="${connection[$provider]}" \
      dotnet ef migrations add "$name" --no-build --project "$project" --startup-project host/Tilda.Host \
        --context "$provider$context" --output-dir "Migrations/$provider" --namespace "Tilda.Modules.$module.Migrations.$provider" >/dev/null
    # dotnet-ef places a new snapshot by its namespace and makes migration classes public; keep both as the project wants.
    misplaced="$project/Tilda/Modules/$module/Migrations/$provider/$provider${context}ModelSnapshot.cs"
    [ ! -f "$misplaced" ] || { mv "$misplaced" "$project/Migrations/$provider/"; rm -rf "$project/Tilda"; }
    sed -i 's/^    public partial class /    internal partial class /' "$project/Migrations/$provider/"*_"$name.cs"
    echo "$module/$provider: $name added"
  done
done
