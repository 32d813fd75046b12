using Microsoft.EntityFrameworkCore;
using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.DatabasePlugin;

/// <summary>Would count from the casework tables instead of the facts.</summary>
public sealed class CasesStraightFromTheDatabase : IComputedIndicator
{
    public IndicatorInfo Info { get; } = new("database.cases", new("Tapaukset", "Ärenden", "Cases"), "cases", [], []);

    public IReadOnlyList<string> FactTypes => [];

    public IEnumerable<Contribution> Compute(IReadOnlyList<Fact> facts, ReportingPeriod period)
    {
        using var casework = new CaseworkContext();
        return casework.Model.GetEntityTypes().Select(type => new Contribution(type.Name, new Dictionary<string, string>()));
    }

    private sealed class CaseworkContext : DbContext;
}
