using Tilda.Statistics.Indicators;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Tests;

/// <summary>The three casework indicators on hand-made facts, before disclosure control (SPEC §4 counting rules).</summary>
public sealed class CaseworkIndicatorTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.Year(2024);

    private static IIndicator Indicator(string id) => BuiltInIndicators.Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIndicator).IsAssignableFrom(t))
        .Select(t => (IIndicator)Activator.CreateInstance(t, nonPublic: true)!)
        .Single(i => i.Info.Id == id);

    private static Dictionary<string, long> Cells(IndicatorResult result) =>
        result.Cells.ToDictionary(c => string.Join('|', c.Dimensions.Values), c => c.Value);

    private sealed class Store : IFactQuery
    {
        private readonly List<Fact> _facts = [];

        public Store Admitted(string person, string on, string episode) => Add(FactTypes.AdmissionDecided, person, on, ("outcome", "admitted"), ("episode", episode));
        public Store Rejected(string person, string on) => Add(FactTypes.AdmissionDecided, person, on, ("outcome", "rejected:other"));
        public Store Removed(string person, string on, string episode) => Add(FactTypes.ClientRemoved, person, on, ("reason", "left-finland"), ("episode", episode));
        public Store Stage(string person, string on, string stage) => Add(FactTypes.CriminalProcessStage, person, on, ("stage", stage), ("role", "injured-party"), ("offence", "trafficking"));
        public Store Period(string person, string on) => Add(FactTypes.ReflectionPeriodGranted, person, on, ("lengthDays", "90"));
        public Store Measure(string person, string on, string measure, string provider) => Add(FactTypes.AssistanceMeasureStarted, person, on, ("measure", measure), ("provider", provider));

        private Store Add(string type, string person, string on, params (string Key, string Value)[] dimensions)
        {
            _facts.Add(new Fact(type, person, DateOnly.Parse(on), dimensions.ToDictionary(d => d.Key, d => d.Value)));
            return this;
        }

        public IReadOnlyList<Fact> Facts(string factType, DateOnly from, DateOnly to) => _facts.Where(f => f.Type == factType && f.Date >= from && f.Date <= to).ToList();
        public IReadOnlyList<Fact> FactsUntil(string factType, DateOnly date) => _facts.Where(f => f.Type == factType && f.Date <= date).ToList();
    }

    [Fact]
    public void Given_the_three_indicators_When_their_info_is_read_Then_ids_units_dimensions_and_the_annual_report_are_as_specified()
    {
        var infos = new[] { "clients.criminal-process", "reflection-periods.granted", "assistance-measures.started" }.Select(id => Indicator(id).Info).ToList();

        Assert.Equal([("persons", "stage", true), ("persons", "", true), ("measures", "measure,provider", false)],
            infos.Select(i => (i.Unit, string.Join(',', i.Dimensions), i.CountsPersons)));
        Assert.All(infos, i => Assert.True(i.InAnnualReport && i.Kind == IndicatorKind.Flow));
        Assert.All(infos, i => Assert.All(new[] { i.Title.Fi, i.Title.Sv, i.Title.En }, t => Assert.False(string.IsNullOrWhiteSpace(t))));
    }

    [Fact]
    public void Given_stages_of_clients_and_non_clients_When_counting_clients_in_the_criminal_process_Then_only_clients_on_the_stage_date_count_once_per_stage()
    {
        var facts = new Store()
            // a: a client all year, three stages, two of them the same stage.
            .Admitted("a", "2024-01-10", "a1").Stage("a", "2024-02-01", "report-filed").Stage("a", "2024-03-01", "investigation-started")
            .Stage("a", "2024-04-01", "investigation-started")
            // b: reported before being admitted (not a client then), investigated after.
            .Stage("b", "2024-02-05", "report-filed").Admitted("b", "2024-02-10", "b1").Stage("b", "2024-03-01", "investigation-started")
            // c: removed on 1 May — a stage on the removal day no longer counts, one the day before does.
            .Admitted("c", "2023-06-01", "c1").Stage("c", "2024-04-30", "report-filed").Removed("c", "2024-05-01", "c1").Stage("c", "2024-05-01", "charges-brought")
            // d: rejected, never a client.
            .Rejected("d", "2024-01-15").Stage("d", "2024-02-01", "report-filed")
            // e: removed, then admitted again: counts in the second admission only.
            .Admitted("e", "2023-01-01", "e1").Removed("e", "2023-12-31", "e1").Stage("e", "2024-01-05", "report-filed")
            .Admitted("e", "2024-06-01", "e2").Stage("e", "2024-06-15", "report-filed")
            // f: a client with a stage dated in 2023 only.
            .Admitted("f", "2023-01-01", "f1").Stage("f", "2023-12-01", "report-filed");

        var result = Indicator("clients.criminal-process").Compute(facts, Year2024);

        Assert.Equal(new Dictionary<string, long> { ["report-filed"] = 3, ["investigation-started"] = 2 }, Cells(result)); // a, c, e; a, b
        Assert.Equal(4, result.Total); // a, b, c, e: each once
    }

    [Fact]
    public void Given_a_stage_in_the_second_quarter_of_a_client_removed_later_When_counting_the_quarter_Then_the_removal_after_it_does_not_matter()
    {
        var facts = new Store().Admitted("a", "2024-01-10", "a1").Stage("a", "2024-05-01", "report-filed").Removed("a", "2024-11-01", "a1");

        Assert.Equal(1, Indicator("clients.criminal-process").Compute(facts, new ReportingPeriod(new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30))).Total);
        Assert.Equal(1, Indicator("clients.criminal-process").Compute(facts, Year2024).Total);
    }

    [Fact]
    public void Given_reflection_period_decisions_When_counting_Then_persons_with_a_decision_dated_in_the_period_count_once()
    {
        var facts = new Store().Period("a", "2024-02-12").Period("a", "2024-08-01").Period("b", "2024-12-31").Period("c", "2023-12-31").Period("d", "2025-01-01");

        var result = Indicator("reflection-periods.granted").Compute(facts, Year2024);

        Assert.Empty(result.Cells);
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public void Given_measures_When_counting_measures_started_Then_each_measure_starting_in_the_period_counts_by_measure_and_provider()
    {
        var facts = new Store()
            .Measure("a", "2024-01-01", "safe-accommodation", "assistance-system").Measure("a", "2024-06-01", "safe-accommodation", "assistance-system")
            .Measure("b", "2024-03-01", "safe-accommodation", "assistance-system").Measure("b", "2024-03-01", "health-care", "wellbeing-services-county")
            .Measure("c", "2024-12-31", "legal-aid", "ngo").Measure("c", "2023-12-31", "legal-aid", "ngo").Measure("d", "2025-01-01", "legal-aid", "ngo");

        var result = Indicator("assistance-measures.started").Compute(facts, Year2024);

        Assert.Equal(new Dictionary<string, long>
        {
            ["safe-accommodation|assistance-system"] = 3, ["health-care|wellbeing-services-county"] = 1, ["legal-aid|ngo"] = 1,
        }, Cells(result));
        Assert.Equal(5, result.Total);
    }
}
