using Microsoft.EntityFrameworkCore;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Facts;

/// <summary>
/// The indicators' read-only view of the fact store. Facts of a type are read once per request, up to the latest
/// date the request needs, and filtered in memory: computing one year means 19 periods over the same facts.
/// </summary>
internal sealed class FactQuery(StatisticsDbContext db, DateOnly until) : IFactQuery
{
    private readonly Dictionary<string, List<Fact>> _byType = [];

    public IReadOnlyList<Fact> Facts(string factType, DateOnly from, DateOnly to) =>
        Load(factType).Where(f => f.Date >= from && f.Date <= to).ToList();

    public IReadOnlyList<Fact> FactsUntil(string factType, DateOnly date) =>
        Load(factType).Where(f => f.Date <= date).ToList();

    private List<Fact> Load(string factType)
    {
        if (!_byType.TryGetValue(factType, out var facts))
        {
            facts = db.Facts.AsNoTracking()
                .Where(f => f.Type == factType && f.Date <= until)
                .AsEnumerable()
                .Select(f => f.ToFact())
                .ToList();
            _byType[factType] = facts;
        }
        return facts;
    }
}
