using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Engine;

/// <summary>One value of a computed table (a cell, or the total): per person, how much they count in it.</summary>
internal sealed record ComputedCell(IReadOnlyList<string> Key, IReadOnlyDictionary<long, long> Contributions)
{
    /// <summary>Summed once: the contributions never change after the cell is built, and disclosure control reads this often.</summary>
    public long Value { get; } = Contributions.Values.Sum();
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
/// Computes indicator tables from a snapshot of the fact store. Counted indicators run where the data is: their counts
/// are grouped by how they select facts, and each group is one SQL query (so the ten counts of the annual deck that read
/// each person's first admission, or the admissions open at the end, read them once). A computed plugin gets the facts
/// of the types it names dated in the period, nothing older. Cancelling the request cancels the query.
/// </summary>
internal sealed class TableEngine(StatisticsDbContext db, DatabaseSettings database)
{
    /// <summary>The tables of the indicators, in their order, for one snapshot.</summary>
    public async Task<IReadOnlyList<ComputedTable>> ComputeAsync(IReadOnlyList<IndicatorEntry> entries, Snapshot snapshot, CancellationToken cancellationToken)
    {
        if (ProviderSql.RefreshPlannerStatistics(database.Provider, db.Tables.Quoted("facts")) is { } analyze)
            await db.Database.ExecuteSqlRawAsync(analyze, cancellationToken);
        var builders = entries.Select(e => new TableBuilder(e.Indicator.Info)).ToList();
        await CountAsync(entries, builders, snapshot, cancellationToken);
        for (var i = 0; i < entries.Count; i++)
            if (entries[i].Indicator is IComputedIndicator computed) await ComputeInMemoryAsync(computed, builders[i], snapshot, cancellationToken);
            else if (entries[i].Indicator is not ICountedIndicator)
                throw new InvalidOperationException($"{entries[i].Info.Id} is neither counted nor computed.");
        return [.. entries.Select((e, i) => builders[i].Build(e, snapshot))];
    }

    private async Task CountAsync(IReadOnlyList<IndicatorEntry> entries, List<TableBuilder> builders, Snapshot snapshot, CancellationToken cancellationToken)
    {
        var facts = db.Tables.Quoted("facts");
        var counts = entries
            .SelectMany((entry, i) => entry.Indicator is ICountedIndicator counted ? counted.Counts.Select(count => (Table: i, Count: count)) : [])
            .ToList();
        foreach (var (table, count) in counts) Validate(entries[table].Info, count);
        foreach (var group in counts.GroupBy(c => CountSql.SelectionKey(database.Provider, facts, c.Count, snapshot), StringComparer.Ordinal))
        {
            var members = group.ToList();
            var (sql, parameters) = CountSql.Build(database.Provider, facts, [.. members.Select(m => m.Count)], snapshot);
            await foreach (var row in db.Database.SqlQueryRaw<ContributionRow>(sql, parameters).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                var (table, count) = members[row.Q];
                builders[table].Add(count, row);
            }
        }
    }

    private static void Validate(IndicatorInfo info, Count count)
    {
        if (!count.By.Select(d => d.Name).Order(StringComparer.Ordinal).SequenceEqual(info.Dimensions.Order(StringComparer.Ordinal), StringComparer.Ordinal))
            throw new InvalidOperationException($"{info.Id}: a count's dimensions must be the indicator's ({string.Join(", ", info.Dimensions)}).");
    }

    private async Task ComputeInMemoryAsync(IComputedIndicator indicator, TableBuilder builder, Snapshot snapshot, CancellationToken cancellationToken)
    {
        var types = indicator.FactTypes.ToList();
        var facts = (await db.Facts.AsNoTracking()
                .Where(f => types.Contains(f.Type) && f.Date >= snapshot.From && f.Date <= snapshot.To && f.RecordedAt <= snapshot.CutOff)
                .ToListAsync(cancellationToken))
            .Select(f => f.ToFact()).ToList();
        foreach (var contribution in indicator.Compute(facts, snapshot.Period))
            builder.Add(long.Parse(contribution.Subject, CultureInfo.InvariantCulture),
                [.. indicator.Info.Dimensions.Select(d => contribution.Cell.GetValueOrDefault(d, ""))], contribution.Count, indicator.Info.CountsPersons);
    }

    /// <summary>
    /// Gathers an indicator's rows into cells as they arrive. A person counted as a person counts 1 in a cell however many
    /// rows put them there, and once in the total; counted as events, with every event, in the cell and in the total — so
    /// <c>clients.total</c> is its clients once each plus their dependent children. A table without dimensions is its
    /// total alone.
    /// </summary>
    private sealed class TableBuilder(IndicatorInfo info)
    {
        private readonly Dictionary<string, (string[] Key, Dictionary<long, long> Contributions)> _cells = new(StringComparer.Ordinal);
        private readonly Dictionary<long, (bool AsPerson, long Events)> _total = [];
        // For each count, where each of the table's dimensions stands among the count's columns (worked out once, not per row).
        private readonly Dictionary<Count, int[]> _positions = new(ReferenceEqualityComparer.Instance);

        public void Add(Count count, ContributionRow row)
        {
            if (!_positions.TryGetValue(count, out var positions))
            {
                var names = count.By.Select(d => d.Name).ToList();
                _positions[count] = positions = [.. info.Dimensions.Select(d => names.IndexOf(d))];
            }
            string?[] values = [row.D0, row.D1, row.D2, row.D3];
            var asPerson = count.As == Counting.Persons;
            Add(row.Subject, [.. positions.Select(p => values[p] ?? "")], asPerson ? 1 : row.N, asPerson);
        }

        public void Add(long subject, string[] key, long count, bool asPerson)
        {
            if (info.Dimensions.Count > 0)
            {
                var joined = string.Join('\u001f', key);
                if (!_cells.TryGetValue(joined, out var cell)) _cells[joined] = cell = (key, []);
                cell.Contributions[subject] = asPerson ? 1 : cell.Contributions.GetValueOrDefault(subject) + count;
            }
            var total = _total.GetValueOrDefault(subject);
            _total[subject] = asPerson ? (true, total.Events) : (total.AsPerson, total.Events + count);
        }

        public ComputedTable Build(IndicatorEntry entry, Snapshot snapshot) => new(entry, snapshot,
            [.. _cells.Values.Select(c => new ComputedCell(c.Key, c.Contributions)).OrderBy(c => c.Key, KeyComparer.Instance)],
            _total.ToDictionary(t => t.Key, t => (t.Value.AsPerson ? 1 : 0) + t.Value.Events));
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
