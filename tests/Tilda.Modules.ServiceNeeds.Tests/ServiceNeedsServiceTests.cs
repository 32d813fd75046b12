using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Shared.Errors;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.ServiceNeeds.Tests;

/// <summary>The rules that need the case — client, admission date, age — and what an accepted or refused write leaves.</summary>
public sealed class ServiceNeedsServiceTests : IDisposable
{
    private readonly Harness _harness = new();
    private static readonly DateOnly Admitted = new(2024, 2, 10);

    private AssessmentRequest Request(string assessedOn, params (string Measure, string Provider, string StartOn, string? EndOn)[] measures) =>
        new(_harness.CaseId, DateOnly.Parse(assessedOn), measures.Select(m => new MeasureRequest(m.Measure, m.Provider, DateOnly.Parse(m.StartOn),
            m.EndOn is null ? null : DateOnly.Parse(m.EndOn))).ToList());

    private Task<AssessmentView> Assess(AssessmentRequest request) => _harness.Run(s => s.AssessAsync(request, CancellationToken.None));

    private async Task AssertNothingWritten()
    {
        var (assessments, measures, events) = await _harness.WrittenAsync();
        Assert.Equal((0, 0, 0), (assessments, measures, events.Count));
    }

    [Fact]
    public async Task Given_a_current_client_When_assessed_Then_the_assessment_its_measures_and_one_event_are_written()
    {
        var view = await Assess(Request("2024-02-15", ("safe-accommodation", "assistance-system", "2024-02-10", "2025-06-30"), ("legal-aid", "ngo", "2024-02-20", null)));

        var (assessments, measures, events) = await _harness.WrittenAsync();
        Assert.Equal((1, 2), (assessments, measures));
        var assessed = Assert.IsType<ServiceNeedsAssessedIntegrationEvent>(Assert.Single(events));
        Assert.Equal((view.AssessmentId, _harness.CaseId, new DateOnly(2024, 2, 15), (Guid?)null), (assessed.AssessmentId, assessed.CaseId, assessed.AssessedOn, assessed.SupersedesAssessmentId));
        Assert.Equal(view.Measures.Select(m => (m.MeasureId, m.Measure, m.Provider, m.StartOn, m.EndOn)).OrderBy(m => m.MeasureId),
            assessed.Measures.Select(m => (m.MeasureId, m.Measure, m.Provider, m.StartOn, m.EndOn)).OrderBy(m => m.MeasureId));
        Assert.Equal(Assessment.Current, view.Status);
    }

    [Fact]
    public async Task Given_a_person_who_is_not_a_current_client_When_assessed_Then_409_and_nothing_written()
    {
        _harness.Decisions.AdmittedOn = null;

        await Assert.ThrowsAsync<ConflictException>(() => Assess(Request("2024-02-15", ("legal-aid", "ngo", "2024-02-15", null))));

        await AssertNothingWritten();
    }

    [Fact]
    public async Task Given_an_unknown_case_When_assessed_Then_404_and_nothing_written()
    {
        var request = Request("2024-02-15", ("legal-aid", "ngo", "2024-02-15", null)) with { CaseId = Guid.NewGuid() };

        await Assert.ThrowsAsync<NotFoundException>(() => Assess(request));

        await AssertNothingWritten();
    }

    [Theory]
    [InlineData("2024-02-09", "2024-02-15", "assessedOn")]          // assessed the day before the admission
    [InlineData("2024-02-15", "2024-02-09", "measures[1].startOn")] // a measure starting before it
    public async Task Given_a_date_before_the_admission_When_assessed_Then_422_names_the_field_and_nothing_is_written(string assessedOn, string startOn, string field)
    {
        var request = Request(assessedOn, ("advice-guidance", "assistance-system", "2024-02-10", null), ("legal-aid", "ngo", startOn, null));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Assess(request));

        Assert.Equal([field], refused.Errors.Keys);
        await AssertNothingWritten();
    }

    [Fact]
    public async Task Given_the_admission_day_When_assessed_and_measures_start_on_it_Then_accepted()
    {
        var view = await Assess(Request("2024-02-10", ("advice-guidance", "assistance-system", "2024-02-10", null)));

        Assert.Equal(Admitted, view.AssessedOn);
    }

    [Fact]
    public async Task Given_a_measure_that_started_before_the_assessment_but_after_the_admission_When_assessed_Then_accepted()
    {
        var view = await Assess(Request("2024-03-01", ("safe-accommodation", "assistance-system", "2024-02-11", null)));

        Assert.Equal(new DateOnly(2024, 2, 11), Assert.Single(view.Measures).StartOn);
    }

    [Theory]
    [InlineData("2099-01-01", "2024-03-01", null, "assessedOn")]
    [InlineData("2024-03-01", "2025-01-01", null, "measures[0].startOn")]      // the day after today
    [InlineData("2024-03-01", "2024-03-10", "2024-03-09", "measures[0].endOn")] // ends before it starts
    [InlineData("2024-03-01", "2024-03-10", "2025-02-01", null)]                // a planned end in the future is normal
    public async Task Given_dates_against_today_and_the_start_When_assessed_Then_only_a_planned_end_may_lie_ahead(string assessedOn, string startOn, string? endOn, string? field)
    {
        var request = Request(assessedOn, ("legal-aid", "ngo", startOn, endOn));

        if (field is null)
        {
            await Assess(request);
            return;
        }
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Assess(request));
        Assert.Contains(field, refused.Errors.Keys);
        await AssertNothingWritten();
    }

    [Theory]
    [InlineData("massage", "ngo", "measures[0].measure")]
    [InlineData("legal-aid", "cousin", "measures[0].provider")]
    public async Task Given_an_unknown_measure_or_provider_When_assessed_Then_422_and_nothing_written(string measure, string provider, string field)
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Assess(Request("2024-03-01", (measure, provider, "2024-03-01", null))));

        Assert.Equal([field], refused.Errors.Keys);
        await AssertNothingWritten();
    }

    [Theory]
    [InlineData("2010-01-01", true)]  // 14 on both dates
    [InlineData("2006-03-01", true)]  // 17 when admitted (2024-02-10), 18 on the assessment (2024-03-05)
    [InlineData("2006-03-05", true)]  // turns 18 on the assessment day, was 17 when admitted
    [InlineData("2006-02-10", false)] // turned 18 on the admission day
    [InlineData("1990-05-05", false)] // an adult all along
    public async Task Given_a_client_s_age_When_family_tracing_is_granted_Then_only_a_minor_now_or_when_admitted_may_have_it(string birthDate, bool granted)
    {
        _harness.Cases.BirthDate = DateOnly.Parse(birthDate);
        var request = Request("2024-03-05", ("advice-guidance", "assistance-system", "2024-03-05", null), ("family-tracing", "assistance-system", "2024-03-05", null));

        if (granted)
        {
            Assert.Contains(Measures(await Assess(request)), m => m == "family-tracing");
            return;
        }
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Assess(request));
        Assert.Equal(["measures[1].measure"], refused.Errors.Keys);
        await AssertNothingWritten();
    }

    [Fact]
    public async Task Given_a_client_of_unknown_age_When_family_tracing_is_granted_Then_422_says_the_age_is_not_known()
    {
        _harness.Cases.BirthDate = null;

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Assess(Request("2024-03-05", ("family-tracing", "assistance-system", "2024-03-05", null))));

        Assert.Contains("not known", Assert.Single(refused.Errors["measures[0].measure"]));
    }

    [Fact]
    public async Task Given_an_assessment_When_the_client_is_reassessed_Then_the_earlier_is_superseded_with_its_history_and_the_event_says_so()
    {
        var first = await Assess(Request("2024-02-15", ("safe-accommodation", "assistance-system", "2024-02-15", "2024-12-31")));

        var second = await Assess(Request("2024-06-01", ("legal-aid", "ngo", "2024-06-01", null)));

        var earlier = await _harness.Run(s => s.GetAsync(first.AssessmentId, CancellationToken.None));
        Assert.Equal((Assessment.Superseded, (Guid?)second.AssessmentId), (earlier.Status, earlier.SupersededBy));
        Assert.Equal(first.Measures, earlier.Measures);
        Assert.Equal(Assessment.Current, second.Status);
        var (assessments, measures, events) = await _harness.WrittenAsync();
        Assert.Equal((2, 2, 2), (assessments, measures, events.Count));
        Assert.Equal(first.AssessmentId, Assert.IsType<ServiceNeedsAssessedIntegrationEvent>(events[1]).SupersedesAssessmentId);
    }

    [Fact]
    public async Task Given_a_current_assessment_When_a_second_current_one_is_stored_for_the_case_Then_the_database_refuses_it()
    {
        // What two reassessments submitted at the same moment would do: the filtered unique index lets one through.
        await Assess(Request("2024-02-15", ("legal-aid", "ngo", "2024-02-15", null)));
        await using var db = _harness.Context();
        db.Assessments.Add(new Assessment(_harness.CaseId, new DateOnly(2024, 3, 1), DateTime.UtcNow));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(refused.IsUniqueViolation());
    }

    [Fact]
    public async Task Given_a_measure_When_it_is_ended_Then_the_actual_end_is_recorded_beside_the_planned_one_and_an_event_is_written()
    {
        var measureId = Assert.Single((await Assess(Request("2024-02-15", ("safe-accommodation", "assistance-system", "2024-02-15", "2024-12-31")))).Measures).MeasureId;

        var ended = await _harness.Run(s => s.EndMeasureAsync(measureId, new EndMeasureRequest(new DateOnly(2024, 6, 30)), CancellationToken.None));

        Assert.Equal((new DateOnly(2024, 12, 31), new DateOnly(2024, 6, 30)), (ended.EndOn!.Value, ended.EndedOn!.Value));
        var endedEvent = Assert.IsType<AssistanceMeasureEndedIntegrationEvent>((await _harness.WrittenAsync()).Events[1]);
        Assert.Equal((measureId, _harness.CaseId, "safe-accommodation", "assistance-system", new DateOnly(2024, 6, 30)),
            (endedEvent.MeasureId, endedEvent.CaseId, endedEvent.Measure, endedEvent.Provider, endedEvent.EndedOn));
    }

    [Fact]
    public async Task Given_an_ended_measure_When_ended_again_Then_409_and_no_second_event()
    {
        var measureId = Assert.Single((await Assess(Request("2024-02-15", ("legal-aid", "ngo", "2024-02-15", null)))).Measures).MeasureId;
        await _harness.Run(s => s.EndMeasureAsync(measureId, new EndMeasureRequest(new DateOnly(2024, 6, 30)), CancellationToken.None));

        await Assert.ThrowsAsync<ConflictException>(() => _harness.Run(s => s.EndMeasureAsync(measureId, new EndMeasureRequest(new DateOnly(2024, 7, 1)), CancellationToken.None)));

        Assert.Equal(2, (await _harness.WrittenAsync()).Events.Count);
    }

    [Theory]
    [InlineData("2024-03-09", "endedOn")] // the day before it started
    [InlineData("2025-01-01", "endedOn")] // tomorrow
    public async Task Given_an_impossible_end_When_a_measure_is_ended_Then_422_and_it_stays_open(string endedOn, string field)
    {
        var measureId = Assert.Single((await Assess(Request("2024-02-15", ("legal-aid", "ngo", "2024-03-10", null)))).Measures).MeasureId;

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            _harness.Run(s => s.EndMeasureAsync(measureId, new EndMeasureRequest(DateOnly.Parse(endedOn)), CancellationToken.None)));

        Assert.Equal([field], refused.Errors.Keys);
        var (_, _, events) = await _harness.WrittenAsync();
        Assert.Single(events);
    }

    [Fact]
    public async Task Given_a_measure_of_a_superseded_assessment_When_ended_Then_it_ends()
    {
        var measureId = Assert.Single((await Assess(Request("2024-02-15", ("legal-aid", "ngo", "2024-02-15", null)))).Measures).MeasureId;
        await Assess(Request("2024-06-01", ("health-care", "wellbeing-services-county", "2024-06-01", null)));

        var ended = await _harness.Run(s => s.EndMeasureAsync(measureId, new EndMeasureRequest(new DateOnly(2024, 6, 15)), CancellationToken.None));

        Assert.Equal(new DateOnly(2024, 6, 15), ended.EndedOn);
    }

    [Fact]
    public async Task Given_an_unknown_measure_When_ended_Then_404()
    {
        await Assert.ThrowsAsync<NotFoundException>(() =>
            _harness.Run(s => s.EndMeasureAsync(Guid.NewGuid(), new EndMeasureRequest(new DateOnly(2024, 6, 15)), CancellationToken.None)));
    }

    private static IEnumerable<string> Measures(AssessmentView view) => view.Measures.Select(m => m.Measure);

    public void Dispose() => _harness.Dispose();
}
