using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Packs;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Tests.Packs;

/// <summary>
/// A requester's table is made from an indicator's before disclosure control: the cells re-keyed into the requester's codes
/// and merged, the persons behind them kept — and a person with several citizenships put under one by the requester's rule
/// (Eurostat: the reporting country first, then another EU country, then a non-EU one).
/// </summary>
public sealed class PackTableTests
{
    private static readonly CodeMapping Group = new("citizenship-group", 1, new CodeMappingDefinition("citizenship-group", 1, null, ["citizenship"],
        ["NAT", "EU", "NEU", "STLS", "UNK"], null, ReportingCountry: "NAT", new SeveralRule(["NAT", "EU", "NEU", "STLS", "UNK"], null),
        [
            new(new Dictionary<string, IReadOnlyList<string>> { ["citizenship"] = ["FIN", "SWE", "EST"] }, "EU", null, null),
            new(new Dictionary<string, IReadOnlyList<string>> { ["citizenship"] = ["NGA", "USA"] }, "NEU", null, null),
            new(new Dictionary<string, IReadOnlyList<string>> { ["citizenship"] = ["stateless"] }, "STLS", null, null),
            new(new Dictionary<string, IReadOnlyList<string>> { ["citizenship"] = ["unknown"] }, "UNK", null, null),
        ]));

    private static readonly CodeMapping Alpha2 = new("alpha2", 1, new CodeMappingDefinition("alpha2", 1, null, ["citizenship"],
        ["EE", "FI", "NG", "SE", "US", "STLS", "UNK"], null, null, new SeveralRule(null, "citizenship-group@1"),
        [.. new[] { ("EST", "EE"), ("FIN", "FI"), ("NGA", "NG"), ("SWE", "SE"), ("USA", "US"), ("stateless", "STLS"), ("unknown", "UNK") }
            .Select(p => new MappingEntry(new Dictionary<string, IReadOnlyList<string>> { ["citizenship"] = [p.Item1] }, p.Item2, null, null))]));

    /// <summary>Persons 1…5: NGA+FIN, USA+SWE, NGA, FIN+EST, EST+FIN (all women), and 6: FIN (a man).</summary>
    private static ComputedTable ByCitizenship() => Table(["citizenships", "sex"], persons: true,
        (["NGA,FIN", "female"], [1]), (["USA,SWE", "female"], [2]), (["NGA", "female"], [3]), (["FIN,EST", "female"], [4]), (["EST,FIN", "female"], [5]), (["FIN", "male"], [6]));

    [Fact]
    public void Given_persons_with_several_citizenships_When_mapped_to_citizenship_groups_Then_the_reporting_country_comes_first_then_the_eu_then_the_rest()
    {
        var table = Map(ByCitizenship(), "FIN", Dimension("CITIZEN", 0, Group), Dimension("SEX", 1));

        Assert.Equal([1L, 4, 5], Persons(table, "NAT", "female"));
        Assert.Equal([2L], Persons(table, "EU", "female"));
        Assert.Equal([3L], Persons(table, "NEU", "female"));
        Assert.Equal([6L], Persons(table, "NAT", "male"));
        Assert.Equal(6, table.Total.Count);
    }

    [Fact]
    public void Given_another_reporting_country_When_mapped_Then_its_citizens_are_the_nationals()
    {
        var table = Map(ByCitizenship(), "SWE", Dimension("CITIZEN", 0, Group), Dimension("SEX", 1));

        Assert.Equal([2L], Persons(table, "NAT", "female"));
        Assert.Equal([1L, 4, 5], Persons(table, "EU", "female"));
    }

    [Fact]
    public void Given_a_named_citizenship_ranked_by_the_groups_When_mapped_Then_the_country_the_group_rule_picks_is_named()
    {
        var table = Map(ByCitizenship(), "FIN", Dimension("CITIZEN", 0, Alpha2, rankBy: Group));

        Assert.Equal([1L, 4, 5, 6], Persons(table, "FI"));
        Assert.Equal([2L], Persons(table, "SE"));
        Assert.Equal([3L], Persons(table, "NG"));
        Assert.Empty(Persons(table, "EE"));
    }

    [Fact]
    public void Given_no_mapping_When_a_list_of_citizenships_is_kept_Then_the_first_listed_is_counted()
    {
        var table = Map(ByCitizenship(), "FIN", Dimension("NATIONALITY", 0));

        Assert.Equal([1L, 3], Persons(table, "NGA"));
        Assert.Equal([4L, 6], Persons(table, "FIN"));
        Assert.Equal([5L], Persons(table, "EST"));
    }

    [Fact]
    public void Given_a_mapping_When_mapped_Then_every_code_in_use_is_a_cell_and_the_empty_ones_are_known_zeros()
    {
        var table = Map(ByCitizenship(), "FIN", Dimension("CITIZEN", 0, Group), Dimension("SEX", 1));

        Assert.Equal(["NAT", "EU", "NEU", "STLS", "UNK"], table.Cells.Select(c => c.Key[0]).Distinct());
        Assert.Equal(10, table.Cells.Count);
        Assert.Equal(0, table.Cells.Single(c => c.Key is ["STLS", "male"]).Value);
    }

    [Fact]
    public void Given_a_person_in_two_stages_that_fall_together_When_mapped_Then_the_person_counts_once_in_a_person_table_and_each_event_in_an_event_table()
    {
        var stages = new CodeMapping("participation", 1, new CodeMappingDefinition("participation", 1, null, ["stage"], ["PROCESS", "COMPENSATION"], null, null, null,
        [
            new(new Dictionary<string, IReadOnlyList<string>> { ["stage"] = ["report-filed", "charges-brought"] }, "PROCESS", null, null),
            new(new Dictionary<string, IReadOnlyList<string>> { ["stage"] = ["compensation-ordered"] }, "COMPENSATION", null, null),
        ]));
        (string[], long[])[] cells = [(["report-filed"], [1, 2]), (["charges-brought"], [1]), (["compensation-ordered"], [2])];

        var persons = Map(Table(["stage"], persons: true, cells), "FIN", Dimension("PARTICIPATION", 0, stages));
        var events = Map(Table(["stage"], persons: false, cells), "FIN", Dimension("PARTICIPATION", 0, stages));

        Assert.Equal(2, persons.Cells.Single(c => c.Key is ["PROCESS"]).Value);
        Assert.Equal(3, events.Cells.Single(c => c.Key is ["PROCESS"]).Value);
    }

    [Fact]
    public void Given_a_table_whose_code_the_mapping_does_not_map_on_the_reference_date_When_mapped_Then_the_release_is_refused_naming_the_code()
    {
        var table = Table(["citizenships"], persons: true, (["DEU"], [1]));

        var error = Assert.Throws<Tilda.Shared.Errors.ConflictException>(() => Map(table, "FIN", Dimension("CITIZEN", 0, Group)));

        Assert.Contains("'DEU'", error.Message);
    }

    private static ResolvedDimension Dimension(string name, int from, CodeMapping? mapping = null, CodeMapping? rankBy = null) =>
        new(name, [from], mapping, rankBy, PackDimension.DefaultTotal, Sensitive: false);

    private static ComputedTable Map(ComputedTable table, string reportingCountry, params ResolvedDimension[] dimensions)
    {
        var definition = new PackTableDefinition("T1", null, table.Info.Id, null, null);
        var pack = new ResolvedPack("test", 1, new PackDefinition("test", 1, "Requester", null, PeriodKind.CalendarYear, [], [definition]),
            [new ResolvedTable(definition, table.Entry, dimensions)]);
        return PackTable.Map(table, pack, pack.Tables[0], reportingCountry);
    }

    private static List<long> Persons(ComputedTable table, params string[] key) =>
        [.. (table.Cells.SingleOrDefault(c => c.Key.SequenceEqual(key))?.Contributions ?? new Dictionary<long, long>()).Where(c => c.Value > 0).Select(c => c.Key).Order()];

    private sealed class Indicator(IndicatorInfo info) : IIndicator
    {
        public IndicatorInfo Info { get; } = info;
    }

    private static ComputedTable Table(string[] dimensions, bool persons, params (string[] Key, long[] Subjects)[] cells)
    {
        var info = new IndicatorInfo("test.indicator", new("t", "t", "t"), "persons", dimensions, [], CountsPersons: persons);
        var computed = cells.Select(c => new ComputedCell(c.Key, c.Subjects.ToDictionary(s => s, _ => 1L))).ToList();
        var total = cells.SelectMany(c => c.Subjects).GroupBy(s => s).ToDictionary(g => g.Key, g => persons ? 1L : g.Count());
        return new ComputedTable(new IndicatorEntry(new Indicator(info), "test", "test:1"), new Snapshot(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), DateTime.UtcNow),
            computed, total);
    }
}
