using Microsoft.EntityFrameworkCore;
using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.DatabasePlugin;

/// <summary>Would count from the casework tables instead of the facts.</summary>
public sealed class CasesStraightFromTheDatabase : IIndicator
{
    public IndicatorInfo Info { get; } = new("database.cases", new("Tapaukset", "Ärenden", "Cases"), "cases", [], []);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period)
    {
        using var casework = new CaseworkContext();
        return new IndicatorResult([], casework.Model.GetEntityTypes().Count());
    }

    private sealed class CaseworkContext : DbContext;
}
