using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Engine;

/// <summary>One value of a computed table (a cell, or the total): per person, how much they count in it.</summary>
internal sealed record ComputedCell(IReadOnlyList<string> Key, IReadOnlyDictionary<long, long> Contributions)
{
    public long Value => Contributions.Values.Sum();
}

/// <summary>
/// An indicator's table for one snapshot, before disclosure control: every non-empty cell, in the order of its dimension
/// values, with the persons behind it, and the total. A person counts once in the total of what is counted as persons
/// (however many rows they appear in) and with every event of what is counted as events — so <c>clients.total</c> is its
/// clients once each plus their dependent children.
/// </summary>
internal sealed record ComputedTable(IndicatorEntry Entry, Snapshot Snapshot, IReadOnlyList<ComputedCell> Cells, IReadOnlyDictionary<long, long> Total)
{
    public IndicatorInfo Info => Entry.Indicator.Info;
}

/// <summary>
/// Computes indicator tables from a snapshot of the fact store. A counted indicator runs as one SQL query per count where
/// the data is; a computed plugin gets the facts of the types it names dated in the period, nothing older. Cancelling the
/// request cancels the query.
/// </summary>
internal sealed class TableEngine(StatisticsDbContext db, DatabaseSettings database)
{
    /// <summary>The tables of the indicators, in their order, for one snapshot.</summary>
    public async Task<IReadOnlyList<ComputedTable>> ComputeAsync(IReadOnlyList<IndicatorEntry> entries, Snapshot snapshot, CancellationToken cancellationToken)
    {
        if (ProviderSql.RefreshPlannerStatistics(database.Provider, db.Tables.Quoted("facts")) is { } analyze)
            await db.Database.ExecuteSqlRawAsync(analyze, cancellationToken);
        var tables = new List<ComputedTable>();
        foreach (var entry in entries) tables.Add(await ComputeAsync(entry, snapshot, cancellationToken));
        return tables;
    }

    public async Task<ComputedTable> ComputeAsync(IndicatorEntry entry, Snapshot snapshot, CancellationToken cancellationToken)
    {
        var info = entry.Indicator.Info;
        var rows = entry.Indicator switch
        {
            ICountedIndicator counted => await CountAsync(counted, snapshot, cancellationToken),
            IComputedIndicator computed => await ComputeInMemoryAsync(computed, snapshot, cancellationToken),
            _ => throw new InvalidOperationException($"{info.Id} is neither counted nor computed."),
        };
        // A table without dimensions is its total alone.
        var cells = rows.Where(_ => info.Dimensions.Count > 0)
            .GroupBy(r => r.Key, KeyComparer.Instance)
            .Select(g => new ComputedCell(g.Key, g.GroupBy(r => r.Subject).ToDictionary(s => s.Key, s => s.Sum(r => r.Count))))
            .OrderBy(c => c.Key, KeyComparer.Instance)
            .ToList();
        var total = rows.GroupBy(r => r.Subject).ToDictionary(g => g.Key, g => (g.Any(r => r.AsPerson) ? 1 : 0) + g.Where(r => !r.AsPerson).Sum(r => r.Count));
        return new ComputedTable(entry, snapshot, cells, total);
    }

    /// <summary>A person's count in one cell; a person counted as a person counts 1 there however many facts match.</summary>
    private sealed record Row(IReadOnlyList<string> Key, long Subject, long Count, bool AsPerson);

    private async Task<List<Row>> CountAsync(ICountedIndicator indicator, Snapshot snapshot, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        var dimensions = indicator.Info.Dimensions;
        foreach (var count in indicator.Counts)
        {
            var names = count.By.Select(d => d.Name).ToList();
            if (!names.Order(StringComparer.Ordinal).SequenceEqual(dimensions.Order(StringComparer.Ordinal), StringComparer.Ordinal))
                throw new InvalidOperationException($"{indicator.Info.Id}: a count's dimensions must be the indicator's ({string.Join(", ", dimensions)}).");
            var (sql, parameters) = CountSql.Build(database.Provider, db.Tables.Quoted("facts"), count, snapshot);
            await foreach (var row in db.Database.SqlQueryRaw<ContributionRow>(sql, parameters).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                string?[] values = [row.D0, row.D1, row.D2, row.D3];
                var key = dimensions.Select(d => values[names.IndexOf(d)] ?? "").ToList();
                var asPerson = count.As == Counting.Persons;
                rows.Add(new Row(key, row.Subject, asPerson ? 1 : row.N, asPerson));
            }
        }
        return rows;
    }

    private async Task<List<Row>> ComputeInMemoryAsync(IComputedIndicator indicator, Snapshot snapshot, CancellationToken cancellationToken)
    {
        var types = indicator.FactTypes.ToList();
        var facts = (await db.Facts.AsNoTracking()
                .Where(f => types.Contains(f.Type) && f.Date >= snapshot.From && f.Date <= snapshot.To && f.RecordedAt <= snapshot.CutOff)
                .ToListAsync(cancellationToken))
            .Select(f => f.ToFact()).ToList();
        var dimensions = indicator.Info.Dimensions;
        var persons = indicator.Info.CountsPersons;
        return indicator.Compute(facts, snapshot.Period)
            .GroupBy(c => (Subject: long.Parse(c.Subject, CultureInfo.InvariantCulture), Key: string.Join('\u001f', dimensions.Select(d => c.Cell.GetValueOrDefault(d, "")))))
            .Select(g => new Row(g.Key.Key.Split('\u001f'), g.Key.Subject, persons ? 1 : g.Sum(c => (long)c.Count), persons))
            .ToList();
    }

    /// <summary>Orders and compares cell keys value by value, ordinally.</summary>
    internal sealed class KeyComparer : IComparer<IReadOnlyList<string>>, IEqualityComparer<IReadOnlyList<string>>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
                if (string.CompareOrdinal(x[i], y[i]) is var c and not 0) return c;
            return x.Count.CompareTo(y.Count);
        }

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) => Compare(x, y) == 0;

        public int GetHashCode(IReadOnlyList<string> key) => key.Aggregate(17, (h, v) => HashCode.Combine(h, v));
    }
}
