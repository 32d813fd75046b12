using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.BuildingBlocks.Persistence;
using Xunit;

namespace Tilda.Testing.Persistence;

/// <summary>
/// What every module's generated migrations must satisfy, on every provider. A module's test project derives one class
/// from this with its DbContext type; the tests themselves are written once, here.
/// </summary>
public abstract class ModuleMigrationsTests(Type moduleContext)
{
    private readonly ModuleContexts _module = ModuleContexts.Of(moduleContext);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Given_the_model_When_compared_with_the_providers_migrations_Then_no_change_is_pending(DatabaseProvider provider)
    {
        var warnings = new List<string>();
        using var context = _module.Create(provider, warnings);

        Assert.NotEmpty(context.GetService<IMigrationsAssembly>().Migrations);
        Assert.False(context.Database.HasPendingModelChanges(),
            $"The {provider} migrations of '{_module.Module}' do not match its model: run build/migrations.sh <Name> to generate the missing migration.");
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Given_the_providers_migrations_When_each_is_read_Then_each_has_a_down_that_undoes_something(DatabaseProvider provider)
    {
        using var context = _module.Create(provider, []);
        var migrations = context.GetService<IMigrationsAssembly>();

        Assert.NotEmpty(migrations.Migrations);
        foreach (var (id, type) in migrations.Migrations)
        {
            var down = type.GetMethod("Down", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, [typeof(MigrationBuilder)]);
            Assert.True(down?.DeclaringType == type.AsType(), $"Migration {id} ({provider}) does not override Down.");
            var migration = migrations.CreateMigration(type, context.Database.ProviderName!);
            Assert.True(migration.UpOperations.Count == 0 || migration.DownOperations.Count > 0, $"Migration {id} ({provider}) has an empty Down.");
        }
    }

    [Fact]
    public void Given_an_empty_sqlite_database_When_every_migration_is_applied_and_then_reverted_Then_the_module_tables_appear_and_are_gone()
    {
        using var context = _module.Create(DatabaseProvider.Sqlite, []);
        context.Database.OpenConnection();
        var migrator = context.GetService<IMigrator>();
        var tables = ModelTables(context).Select(t => t.Table).ToList();

        migrator.Migrate();
        Assert.Subset(SqliteTables(context).ToHashSet(), tables.ToHashSet());

        migrator.Migrate(Migration.InitialDatabase);
        Assert.Empty(SqliteTables(context).Intersect(tables));
    }

    [Fact]
    public void Given_the_sql_server_migrations_When_scripted_Then_the_module_schema_holds_its_tables_indexes_and_history_and_ef_warns_of_nothing()
    {
        var warnings = new List<string>();
        using var context = _module.Create(DatabaseProvider.SqlServer, warnings);
        var migrator = context.GetService<IMigrator>();

        var script = SqlServerScript.Parse(migrator.GenerateScript());
        var last = context.GetService<IMigrationsAssembly>().Migrations.Keys.Last();
        var down = SqlServerScript.Parse(migrator.GenerateScript(fromMigration: last, toMigration: Migration.InitialDatabase));

        Assert.Empty(script.Errors);
        Assert.Empty(down.Errors);
        Assert.Contains(_module.Module, script.CreatedSchemas);
        Assert.All(script.CreatedTables, t => Assert.Equal(_module.Module, t.Schema));
        Assert.Contains((_module.Module, "__migrations"), script.CreatedTables);
        foreach (var table in ModelTables(context))
        {
            Assert.Equal(_module.Module, table.Schema);
            Assert.Contains(table, script.CreatedTables);
            Assert.Contains(table, down.DroppedTables);
        }
        foreach (var index in context.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            var created = Assert.Single(script.CreatedIndexes, i => i.Name == index.GetDatabaseName());
            Assert.Equal((_module.Module, index.DeclaringEntityType.GetTableName()), (created.Schema, created.Table));
            Assert.Equal(index.IsUnique, created.Unique);
            // SQL Server's unique indexes count NULLs as equal; SQLite and PostgreSQL (and so Tilda) never do.
            if (index.IsUnique)
                foreach (var column in index.Properties.Where(p => p.IsNullable).Select(p => p.GetColumnName()))
                    Assert.Contains($"[{column}] IS NOT NULL", created.Filter ?? "");
        }
        Assert.Empty(warnings);
    }

    /// <summary>The module's SQL Server script, as the server's parser reads it.</summary>
    protected SqlServerScript SqlServerScriptOfEveryMigration()
    {
        using var context = _module.Create(DatabaseProvider.SqlServer, []);
        return SqlServerScript.Parse(context.GetService<IMigrator>().GenerateScript());
    }

    private static List<(string? Schema, string Table)> ModelTables(DbContext context) =>
        context.Model.GetEntityTypes().Select(e => (e.GetSchema(), e.GetTableName()!)).Distinct().ToList();

    private static List<string> SqliteTables(DbContext context) =>
        context.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToList();
}
