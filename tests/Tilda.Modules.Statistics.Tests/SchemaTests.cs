using System.Reflection;
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
    }
}
