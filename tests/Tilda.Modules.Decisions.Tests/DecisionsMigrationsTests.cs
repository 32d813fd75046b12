using Tilda.Testing.Persistence;

namespace Tilda.Modules.Decisions.Tests;

public sealed class DecisionsMigrationsTests() : ModuleMigrationsTests(typeof(DecisionsDbContext))
{
    /// <summary>A case has at most one open admission; closed ones (OpenForCaseId NULL) must not collide on SQL Server.</summary>
    [Fact]
    public void Given_the_sql_server_script_When_read_Then_the_one_open_admission_index_ignores_closed_admissions()
    {
        var index = Assert.Single(SqlServerScriptOfEveryMigration().CreatedIndexes, i => i.Name == "IX_admission_decisions_OpenForCaseId");

        Assert.True(index.Unique);
        Assert.Equal("[OpenForCaseId] IS NOT NULL", index.Filter);
    }
}
