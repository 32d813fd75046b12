using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void Given_the_casework_fact_types_When_listing_the_statistics_migrations_Then_the_store_still_has_its_first_schema()
    {
        // New indicators and new fact types are data in the generic fact store: no table or column is ever added for them.
        var migrations = typeof(StatisticsDbContext).Assembly.GetTypes()
            .Where(t => typeof(Migration).IsAssignableFrom(t))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Id)
            .ToList();

        Assert.Equal(["20261122120000_InitialStatistics"], migrations);
        Assert.Contains(FactTypes.CriminalProcessStage, Facts.FactCatalogue.Types.Select(t => t.Type));
        Assert.Contains(FactTypes.AssistanceMeasureStarted, Facts.FactCatalogue.Types.Select(t => t.Type));
        Assert.Contains(FactTypes.ReflectionPeriodGranted, Facts.FactCatalogue.Types.Select(t => t.Type));
    }

    [Fact]
    public void Given_the_statistics_model_When_its_tables_and_columns_are_listed_Then_they_are_those_of_the_first_migration()
    {
        // The model the code maps is the schema InitialStatistics creates: a fact type or an indicator that needed a column
        // would have to change this list, and a migration with it.
        using var db = new StatisticsDbContext(new DbContextOptionsBuilder<StatisticsDbContext>().UseSqlite("Data Source=:memory:").Options);

        var tables = db.Model.GetEntityTypes()
            .Select(e => $"{e.GetTableName()}({string.Join(',', e.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal))})")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "statistics_facts(Date,Dimensions,Id,Subject,Type)",
            "statistics_inbox(EventId,ProcessedAt)",
            "statistics_indicator_definitions(CreatedAt,CreatedBy,Definition,Deleted,Id,Version)",
        ], tables);
    }
}
