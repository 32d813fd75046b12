using Tilda.Modules.Statistics.Disclosure;
using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Releases;
using Tilda.Statistics.Sdk;
using Xunit.Abstractions;

namespace Tilda.Modules.Statistics.Tests.Disclosure;

/// <summary>
/// The exhaustive interval check on small tables (docs/disclosure-control.md, "What an attacker can still bound"): two
/// tables over the same persons — by a 2-valued and by a 3-valued attribute, each with its total — are protected together
/// as a release protects them; then every integer cross table consistent with what was published is enumerated, and for
/// each suppressed value the range it can take is found. The guarantee is that no suppressed count of 1 to k−1 persons
/// is pinned to its value; how many ranges also reach both 0 and k is measured and reported.
/// </summary>
public sealed class IntervalTests(ITestOutputHelper output) : IDisposable
{
    private const int K = 5;
    private const int Rows = 2;
    private const int Columns = 3;
    private readonly StatisticsStore _store = new();

    private sealed class Margin(string id, string dimension) : IIndicator
    {
        public IndicatorInfo Info { get; } = new(id, new(id, id, id), "persons", [dimension], []);
    }

    [Fact]
    public async Task Given_small_cross_tables_When_their_margins_are_protected_together_Then_no_suppressed_small_count_is_pinned()
    {
        var random = new Random(4711);
        int cases = 0, suppressed = 0, reachBoth = 0, pinned = 0;
        var notReaching = new List<string>();
        while (cases < 150)
        {
            var cross = new int[Rows, Columns];
            for (var i = 0; i < Rows; i++)
                for (var j = 0; j < Columns; j++) cross[i, j] = new[] { 0, 0, 1, 1, 2, 3, 4, 5, 6 }[random.Next(9)];
            var total = Enumerable.Range(0, Rows).Sum(i => Enumerable.Range(0, Columns).Sum(j => cross[i, j]));
            if (total is 0 or > 13) continue;
            cases++;

            var published = await ProtectAsync(cross);

            foreach (var (name, actual, range) in Ranges(published, cross, total))
            {
                suppressed++;
                if (range.Min == range.Max && actual is > 0 and < K) pinned++;
                if (range.Min == 0 && range.Max >= K) reachBoth++;
                else if (notReaching.Count < 8) notReaching.Add($"{name} = {actual} within [{range.Min}, {range.Max}]");
            }
        }
        output.WriteLine($"{cases} cross tables, {suppressed} suppressed values: {reachBoth} can be anything from 0 to at least k, " +
                         $"{suppressed - reachBoth} are bounded more tightly, {pinned} small counts pinned. For example: {string.Join("; ", notReaching)}");
        Assert.Equal(0, pinned);
    }

    /// <summary>The two margins, protected as one release; per value, null when suppressed.</summary>
    private async Task<(long?[] Rows, long? RowTotal, long?[] Columns, long? ColumnTotal)> ProtectAsync(int[,] cross)
    {
        long next = 0;
        var persons = new List<long>[Rows, Columns];
        for (var i = 0; i < Rows; i++)
            for (var j = 0; j < Columns; j++) persons[i, j] = [.. Enumerable.Range(0, cross[i, j]).Select(_ => next++)];
        ComputedTable Table(string id, int size, Func<int, IEnumerable<long>> members)
        {
            var cells = Enumerable.Range(0, size)
                .Select(v => new ComputedCell([$"v{v}"], members(v).ToDictionary(p => p, _ => 1L)))
                .Where(c => c.Contributions.Count > 0).ToList();
            var entry = new IndicatorEntry(new Margin(id, "value"), "test", "test:1");
            return new ComputedTable(entry, new Snapshot(new(2025, 1, 1), new(2025, 12, 31), DateTime.UtcNow), cells,
                cells.SelectMany(c => c.Contributions.Keys).ToDictionary(p => p, _ => 1L));
        }
        var byRow = Table("rows", Rows, i => Enumerable.Range(0, Columns).SelectMany(j => persons[i, j]));
        var byColumn = Table("columns", Columns, j => Enumerable.Range(0, Rows).SelectMany(i => persons[i, j]));
        await using var db = _store.Context();
        var drafts = await new Ledger(db, new DisclosureSettings(K), TimeProvider.System).ProtectAsync([byRow, byColumn], CancellationToken.None);
        long?[] Values(TableDraft draft, int size) => [.. Enumerable.Range(0, size).Select(v =>
        {
            var cell = draft.Table.Cells.ToList().FindIndex(c => c.Key[0] == $"v{v}");
            return cell < 0 ? 0 : draft.Status[cell] == LedgerCell.Published ? draft.Value(cell) : (long?)null;
        })];
        long? Total(TableDraft draft) => draft.TotalStatus == LedgerCell.Published ? draft.TotalValue : null;
        return (Values(drafts[0], Rows), Total(drafts[0]), Values(drafts[1], Columns), Total(drafts[1]));
    }

    /// <summary>For each suppressed value, its true value and the range it takes over every integer cross table that
    /// agrees with everything published (entries up to the true total plus k, enough to show a reach of k).</summary>
    private static IEnumerable<(string Name, long Actual, (long Min, long Max) Range)> Ranges(
        (long?[] Rows, long? RowTotal, long?[] Columns, long? ColumnTotal) published, int[,] cross, int total)
    {
        var targets = new List<(string Name, Func<int[], long> Of)>();
        for (var i = 0; i < Rows; i++)
            if (published.Rows[i] is null) { var r = i; targets.Add(($"row {r}", n => Enumerable.Range(0, Columns).Sum(j => n[r * Columns + j]))); }
        for (var j = 0; j < Columns; j++)
            if (published.Columns[j] is null) { var c = j; targets.Add(($"column {c}", n => Enumerable.Range(0, Rows).Sum(i => n[i * Columns + c]))); }
        if (published.RowTotal is null || published.ColumnTotal is null) targets.Add(("total", n => n.Sum()));
        if (targets.Count == 0) yield break;

        var truth = new int[Rows * Columns];
        for (var i = 0; i < Rows; i++)
            for (var j = 0; j < Columns; j++) truth[i * Columns + j] = cross[i, j];
        var min = targets.Select(_ => long.MaxValue).ToArray();
        var max = targets.Select(_ => long.MinValue).ToArray();
        var knownTotal = published.RowTotal ?? published.ColumnTotal;
        foreach (var n in Tables(knownTotal is { } t ? (int)t : null, total + K))
        {
            var agrees = Enumerable.Range(0, Rows).All(i => published.Rows[i] is not { } v || Enumerable.Range(0, Columns).Sum(j => n[i * Columns + j]) == v)
                         && Enumerable.Range(0, Columns).All(j => published.Columns[j] is not { } v || Enumerable.Range(0, Rows).Sum(i => n[i * Columns + j]) == v);
            if (!agrees) continue;
            for (var x = 0; x < targets.Count; x++)
            {
                var value = targets[x].Of(n);
                min[x] = Math.Min(min[x], value);
                max[x] = Math.Max(max[x], value);
            }
        }
        for (var x = 0; x < targets.Count; x++) yield return (targets[x].Name, targets[x].Of(truth), (min[x], max[x]));
    }

    /// <summary>Every cross table of non-negative entries summing to <paramref name="sum"/> (or to anything up to <paramref name="bound"/>).</summary>
    private static IEnumerable<int[]> Tables(int? sum, int bound)
    {
        var cells = new int[Rows * Columns];
        IEnumerable<int[]> Fill(int index, int left)
        {
            if (index == cells.Length - 1)
            {
                for (var last = sum is null ? 0 : left; last <= left; last++)
                {
                    cells[index] = last;
                    yield return cells;
                }
                yield break;
            }
            for (var v = 0; v <= left; v++)
            {
                cells[index] = v;
                foreach (var table in Fill(index + 1, left - v)) yield return table;
            }
        }
        return Fill(0, sum ?? bound);
    }

    public void Dispose() => _store.Dispose();
}
