using Tilda.BuildingBlocks.Persistence;
using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.ForbiddenPlugin;

/// <summary>Would be a perfectly good indicator, but it references the building blocks (it could reach the database).</summary>
public sealed class ReachesIntoTheHost : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new("forbidden.indicator", new("Kielletty", "Förbjuden", "Forbidden"), "persons", [], []);

    public IReadOnlyList<Count> Counts { get; } = [new(typeof(DatabaseProvider).Name)];
}
