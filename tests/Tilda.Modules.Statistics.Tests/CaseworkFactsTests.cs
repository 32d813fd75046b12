using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Modules.Statistics.Facts;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Tests;

/// <summary>The casework modules' events as facts: dated on the business date the counting rules use, codes only.</summary>
public sealed class CaseworkFactsTests
{
    private static readonly Pseudonymizer Pseudonyms = new(new PseudonymKey(new byte[32]));
    private static readonly FactProjector Projector = new(Pseudonyms);
    private static readonly Guid CaseId = Guid.NewGuid();

    private static List<Fact> Project(Tilda.Shared.Events.IntegrationEvent e) => Projector.Project(e).Select(f => f.ToFact()).ToList();

    private static void AssertNoIds(IEnumerable<Fact> facts, params Guid[] ids) =>
        Assert.All(facts, f => Assert.All(ids, id =>
            Assert.DoesNotContain(id.ToString("N"), (f.Subject + string.Join(',', f.Dimensions.Values)).Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public void Given_an_assessment_with_two_measures_When_projected_Then_a_fact_per_measure_dated_on_its_start()
    {
        var assessmentId = Guid.NewGuid();
        var e = new ServiceNeedsAssessedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, assessmentId, CaseId, new DateOnly(2024, 3, 1), null,
            [new AssistanceMeasureEntry(Guid.NewGuid(), "safe-accommodation", "assistance-system", new DateOnly(2024, 2, 20), new DateOnly(2024, 8, 31)),
             new AssistanceMeasureEntry(Guid.NewGuid(), "legal-aid", "ngo", new DateOnly(2024, 3, 5), null)]);

        var facts = Project(e);

        Assert.Equal([(FactTypes.AssistanceMeasureStarted, new DateOnly(2024, 2, 20), "safe-accommodation", "assistance-system"),
                      (FactTypes.AssistanceMeasureStarted, new DateOnly(2024, 3, 5), "legal-aid", "ngo")],
            facts.Select(f => (f.Type, f.Date, f.Get("measure"), f.Get("provider"))));
        Assert.All(facts, f => Assert.Equal(Pseudonyms.Subject(CaseId).ToString(System.Globalization.CultureInfo.InvariantCulture), f.Subject));
        AssertNoIds(facts, CaseId, assessmentId, e.Measures[0].MeasureId);
    }

    [Fact]
    public void Given_a_reflection_period_When_projected_Then_one_fact_dated_on_the_decision_with_its_length()
    {
        var facts = Project(new ReflectionPeriodGrantedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), CaseId,
            new DateOnly(2024, 2, 12), new DateOnly(2024, 2, 15), new DateOnly(2024, 5, 14)));

        var fact = Assert.Single(facts);
        Assert.Equal((FactTypes.ReflectionPeriodGranted, new DateOnly(2024, 2, 12), "90"), (fact.Type, fact.Date, fact.Get("lengthDays")));
        AssertNoIds(facts, CaseId);
    }

    [Fact]
    public void Given_a_criminal_process_stage_When_projected_Then_one_fact_dated_when_it_occurred_with_stage_role_and_offence()
    {
        var stageId = Guid.NewGuid();
        var facts = Project(new CriminalProcessStageRecordedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, stageId, CaseId,
            "charges-brought", new DateOnly(2024, 6, 1), "witness", "aggravated-trafficking"));

        var fact = Assert.Single(facts);
        Assert.Equal((FactTypes.CriminalProcessStage, new DateOnly(2024, 6, 1), "charges-brought", "witness", "aggravated-trafficking"),
            (fact.Type, fact.Date, fact.Get("stage"), fact.Get("role"), fact.Get("offence")));
        AssertNoIds(facts, CaseId, stageId);
    }

    [Fact]
    public void Given_the_end_of_a_measure_or_of_a_period_When_projected_Then_no_indicator_needs_a_fact()
    {
        Assert.Empty(Project(new AssistanceMeasureEndedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), CaseId, "legal-aid", "ngo", new DateOnly(2024, 6, 1))));
        Assert.Empty(Project(new ReflectionPeriodEndedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), CaseId, new DateOnly(2024, 6, 1), "expired")));
    }

    [Fact]
    public void Given_the_fact_catalogue_When_the_casework_types_are_read_Then_each_lists_its_dimensions_and_the_stage_is_sensitive()
    {
        var types = FactCatalogue.Types.ToDictionary(t => t.Type);

        Assert.Equal(["measure", "provider"], types[FactTypes.AssistanceMeasureStarted].Dimensions.Select(d => d.Name));
        Assert.Equal(["lengthDays"], types[FactTypes.ReflectionPeriodGranted].Dimensions.Select(d => d.Name));
        Assert.Equal(["stage", "role", "offence"], types[FactTypes.CriminalProcessStage].Dimensions.Select(d => d.Name));
        Assert.True(FactCatalogue.IsSensitive("stage"));
    }
}
