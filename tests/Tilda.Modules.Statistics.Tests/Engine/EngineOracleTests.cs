using Tilda.Testing.Statistics;
using Tilda.Modules.Statistics.Engine;
using Tilda.Statistics.Sdk;
using Tilda.Synthetic;

namespace Tilda.Modules.Statistics.Tests.Engine;

/// <summary>
/// The engine counts in the database what the counting rules say: every built-in indicator, for a seeded random history
/// of three years, for a year, a quarter and a requester's April–March year, equals the in-memory oracle cell for cell.
/// Runs on SQLite, and on PostgreSQL in build/test.sh's PostgreSQL pass.
/// </summary>
[Trait("Database", "provider")]
public sealed class EngineOracleTests : IDisposable
{
    private readonly StatisticsStore _store = new();
    private readonly List<SyntheticFact> _facts = [.. SyntheticHistory.Generate(persons: 400, seed: 20251)];
    private static readonly DateTime Recorded = new(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Indicators => [.. StatisticsStore.BuiltIns.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Indicators))]
    public async Task Given_a_random_history_When_an_indicator_is_counted_in_the_database_Then_every_cell_equals_the_oracle(string indicator)
    {
        await _store.AddAsync(_facts.Select(f => f.ToRecord(Recorded)));
        var entry = StatisticsStore.BuiltIns[indicator];

        foreach (var period in new[] { ReportingPeriod.Year(2024), new ReportingPeriod(new(2025, 4, 1), new(2025, 6, 30)), new ReportingPeriod(new(2024, 4, 1), new(2025, 3, 31)) })
        {
            var expected = Oracle.Cells(indicator, _facts, period);
            var actual = await _store.CellsAsync(entry, new Snapshot(period.From, period.To, Recorded));
            Assert.True(expected.OrderBy(c => c.Key).SequenceEqual(actual.OrderBy(c => c.Key)),
                $"{indicator} {period.From}–{period.To}: expected {Show(expected)}, got {Show(actual)}");
        }
    }

    [Fact]
    public async Task Given_a_random_history_When_every_built_in_indicator_is_counted_together_Then_each_table_equals_the_oracle()
    {
        await _store.AddAsync(_facts.Select(f => f.ToRecord(Recorded)));
        var ids = StatisticsStore.BuiltIns.Keys.Order(StringComparer.Ordinal).ToList();
        var period = ReportingPeriod.Year(2024);

        var tables = await _store.CellsAsync([.. ids.Select(id => StatisticsStore.BuiltIns[id])], new Snapshot(period.From, period.To, Recorded));

        foreach (var (id, actual) in ids.Zip(tables))
        {
            var expected = Oracle.Cells(id, _facts, period);
            Assert.True(expected.OrderBy(c => c.Key).SequenceEqual(actual.OrderBy(c => c.Key)), $"{id}: expected {Show(expected)}, got {Show(actual)}");
        }
    }

    [Fact]
    public async Task Given_facts_recorded_after_the_cut_off_When_a_snapshot_is_counted_Then_they_are_not_in_it()
    {
        var early = _facts.Take(_facts.Count / 2).ToList();
        await _store.AddAsync(early.Select(f => f.ToRecord(Recorded)));
        await _store.AddAsync(_facts.Skip(early.Count).Select(f => f.ToRecord(Recorded.AddDays(1))));
        var period = ReportingPeriod.Year(2024);

        var actual = await _store.CellsAsync(StatisticsStore.BuiltIns["applications.by-referrer"], new Snapshot(period.From, period.To, Recorded));

        Assert.Equal(Oracle.Cells("applications.by-referrer", early, period).OrderBy(c => c.Key), actual.OrderBy(c => c.Key));
    }

    private static string Show(Dictionary<string, long> cells) => string.Join(", ", cells.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));

    public void Dispose() => _store.Dispose();
}
