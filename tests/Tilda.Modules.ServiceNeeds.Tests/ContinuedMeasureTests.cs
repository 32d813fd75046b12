using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Shared.Errors;

namespace Tilda.Modules.ServiceNeeds.Tests;

/// <summary>A reassessment that lists a measure still running carries it on — one measure, started once — instead of
/// granting a second one.</summary>
public sealed class ContinuedMeasureTests : IDisposable
{
    private readonly Harness _harness = new();

    private AssessmentRequest Request(string assessedOn, params (string Measure, string Provider, string StartOn, string? EndOn)[] measures) =>
        new(_harness.CaseId, DateOnly.Parse(assessedOn), measures.Select(m => new MeasureRequest(m.Measure, m.Provider, DateOnly.Parse(m.StartOn),
            m.EndOn is null ? null : DateOnly.Parse(m.EndOn))).ToList());

    private Task<AssessmentView> Assess(AssessmentRequest request) => _harness.Run(s => s.AssessAsync(request, CancellationToken.None));

    private async Task<List<Measure>> StoredMeasuresAsync()
    {
        await using var db = _harness.Context();
        return await db.Measures.AsNoTracking().OrderBy(m => m.StartOn).ToListAsync();
    }

    private async Task<ServiceNeedsAssessedIntegrationEvent> LastAssessedEventAsync() =>
        (await _harness.WrittenAsync()).Events.OfType<ServiceNeedsAssessedIntegrationEvent>().Last();

    [Fact]
    public async Task Given_a_running_measure_When_a_reassessment_lists_it_again_Then_it_is_carried_on_with_its_id_and_start_and_the_new_planned_end()
    {
        var first = await Assess(Request("2024-02-15", ("safe-accommodation", "assistance-system", "2024-02-15", "2024-06-30"), ("legal-aid", "ngo", "2024-02-20", null)));
        var accommodation = first.Measures.Single(m => m.Measure == "safe-accommodation");

        var second = await Assess(Request("2024-06-01", ("safe-accommodation", "assistance-system", "2024-06-01", "2024-12-31"), ("health-care", "municipality", "2024-06-01", null)));

        var carried = second.Measures.Single(m => m.Measure == "safe-accommodation");
        Assert.Equal((accommodation.MeasureId, new DateOnly(2024, 2, 15), (DateOnly?)new DateOnly(2024, 12, 31)), (carried.MeasureId, carried.StartOn, carried.EndOn));
        var stored = await StoredMeasuresAsync();
        Assert.Equal(3, stored.Count);
        Assert.Single(stored, m => m.Code == "safe-accommodation");
        Assert.Equal(second.AssessmentId, stored.Single(m => m.Code == "safe-accommodation").AssessmentId);
        var earlier = await _harness.Run(s => s.GetAsync(first.AssessmentId, CancellationToken.None));
        Assert.Equal(Assessment.Superseded, earlier.Status);
        Assert.Equal(["legal-aid"], earlier.Measures.Select(m => m.Measure));

        var assessed = await LastAssessedEventAsync();
        var entries = assessed.Measures.ToDictionary(m => m.Measure);
        Assert.Equal((accommodation.MeasureId, new DateOnly(2024, 2, 15), true), (entries["safe-accommodation"].MeasureId, entries["safe-accommodation"].StartOn, entries["safe-accommodation"].Continued));
        Assert.False(entries["health-care"].Continued);
    }

    [Fact]
    public async Task Given_a_measure_of_an_assessment_superseded_long_ago_still_running_When_listed_again_Then_it_is_carried_on()
    {
        var first = await Assess(Request("2024-02-15", ("legal-aid", "ngo", "2024-02-15", null)));
        await Assess(Request("2024-04-01", ("health-care", "municipality", "2024-04-01", null)));

        var third = await Assess(Request("2024-06-01", ("legal-aid", "ngo", "2024-06-01", "2024-09-30")));

        Assert.Equal(Assert.Single(first.Measures).MeasureId, Assert.Single(third.Measures).MeasureId);
        Assert.Equal(2, (await StoredMeasuresAsync()).Count);
        Assert.True(Assert.Single((await LastAssessedEventAsync()).Measures).Continued);
    }

    [Theory]
    [InlineData("legal-aid", "ngo", "ended")]                   // ended before the reassessment
    [InlineData("legal-aid", "ngo", "planned-end-passed")]      // its planned end lies before the reassessment date
    [InlineData("legal-aid", "purchased-service", "running")]   // another provider: another measure
    [InlineData("advice-guidance", "ngo", "running")]           // another measure from the same provider
    public async Task Given_a_measure_that_is_not_the_same_running_one_When_a_reassessment_lists_it_Then_a_new_measure_starts(string measure, string provider, string earlier)
    {
        var first = await Assess(Request("2024-02-15", ("legal-aid", "ngo", "2024-02-15", earlier == "planned-end-passed" ? "2024-05-31" : null)));
        if (earlier == "ended")
            await _harness.Run(s => s.EndMeasureAsync(Assert.Single(first.Measures).MeasureId, new EndMeasureRequest(new DateOnly(2024, 5, 15)), CancellationToken.None));

        var second = await Assess(Request("2024-06-01", (measure, provider, "2024-06-01", null)));

        var started = Assert.Single(second.Measures);
        Assert.NotEqual(Assert.Single(first.Measures).MeasureId, started.MeasureId);
        Assert.Equal(new DateOnly(2024, 6, 1), started.StartOn);
        Assert.Equal(2, (await StoredMeasuresAsync()).Count);
        Assert.False(Assert.Single((await LastAssessedEventAsync()).Measures).Continued);
    }

    [Fact]
    public async Task Given_a_running_measure_When_a_reassessment_gives_it_a_planned_end_before_it_started_Then_422_and_nothing_changes()
    {
        await Assess(Request("2024-03-01", ("legal-aid", "ngo", "2024-03-10", null)));
        var before = await StoredMeasuresAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Assess(Request("2024-03-05", ("legal-aid", "ngo", "2024-03-01", "2024-03-05"))));

        Assert.Equal(["measures[0].endOn"], refused.Errors.Keys);
        var after = await StoredMeasuresAsync();
        Assert.Equal(before.Select(m => (m.Id, m.AssessmentId, m.EndOn)), after.Select(m => (m.Id, m.AssessmentId, m.EndOn)));
        Assert.Single((await _harness.WrittenAsync()).Events);
    }

    [Fact]
    public async Task Given_an_event_recorded_before_the_continued_flag_existed_When_read_back_Then_its_measures_are_new_grants()
    {
        const string payload = """
            {"id":"0193a3a0-0000-7000-8000-000000000001","occurredAt":"2024-02-15T12:00:00+00:00","assessmentId":"0193a3a0-0000-7000-8000-000000000002",
             "caseId":"0193a3a0-0000-7000-8000-000000000003","assessedOn":"2024-02-15","supersedesAssessmentId":null,
             "measures":[{"measureId":"0193a3a0-0000-7000-8000-000000000004","measure":"legal-aid","provider":"ngo","startOn":"2024-02-15","endOn":null}]}
            """;

        var assessed = System.Text.Json.JsonSerializer.Deserialize<ServiceNeedsAssessedIntegrationEvent>(payload, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

        Assert.False(Assert.Single(assessed.Measures).Continued);
    }

    public void Dispose() => _harness.Dispose();
}
