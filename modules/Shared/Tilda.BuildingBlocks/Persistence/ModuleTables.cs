namespace Tilda.BuildingBlocks.Persistence;

/// <summary>
/// Where a module's tables live: its own schema on PostgreSQL and SQL Server, its own name prefix on SQLite (which has no
/// schemas). Used by the DbContext model and by raw SQL, so the two always agree.
/// </summary>
public sealed record ModuleTables(string Module, bool UsesSchemas)
{
    public string? Schema => UsesSchemas ? Module : null;

    public string Table(string name) => UsesSchemas ? name : $"{Module}_{name}";

    public string MigrationsHistoryTable => Table("__migrations");

    /// <summary>The table's name quoted for raw SQL; every provider accepts ANSI double quotes (SQL Server with its
    /// default QUOTED_IDENTIFIER ON).</summary>
    public string Quoted(string name) => Schema is null ? $"\"{Table(name)}\"" : $"\"{Schema}\".\"{Table(name)}\"";

    /// <param name="providerName">EF's provider name: <c>Database.ProviderName</c> or <c>MigrationBuilder.ActiveProvider</c>.</param>
    public static ModuleTables For(string module, string? providerName) =>
        new(module, providerName is not null && !providerName.Contains("Sqlite", StringComparison.Ordinal));
}
