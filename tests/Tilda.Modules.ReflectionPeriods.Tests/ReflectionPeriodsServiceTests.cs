using Microsoft.EntityFrameworkCore;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Shared.Errors;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.ReflectionPeriods.Tests;

/// <summary>The rules that need the case — client, admission, residence status, other periods — and what a write leaves.</summary>
public sealed class ReflectionPeriodsServiceTests : IDisposable
{
    private readonly Harness _harness = new();

    private GrantRequest Request(string decidedOn, string startOn, string endOn) =>
        new(_harness.CaseId, DateOnly.Parse(decidedOn), DateOnly.Parse(startOn), DateOnly.Parse(endOn));

    private Task<ReflectionPeriodView> Grant(GrantRequest request) => _harness.Run(s => s.GrantAsync(request, "director", CancellationToken.None));

    private Task<ReflectionPeriodView> End(Guid periodId, string endedOn, string reason) =>
        _harness.Run(s => s.EndAsync(periodId, new EndRequest(DateOnly.Parse(endedOn), reason), CancellationToken.None));

    private async Task AssertWritten(int periods, int events)
    {
        var written = await _harness.WrittenAsync();
        Assert.Equal((periods, events), (written.Periods, written.Events.Count));
    }

    [Fact]
    public void Given_the_residence_status_code_When_compared_with_the_spec_Then_it_is_the_one_without_a_right_of_residence()
    {
        Assert.Equal("irregular", ReflectionPeriodsService.NoRightOfResidence);
    }

    [Fact]
    public async Task Given_a_client_without_a_right_of_residence_When_granted_Then_the_period_and_one_event_are_written()
    {
        var view = await Grant(Request("2024-02-12", "2024-02-12", "2024-05-11"));

        Assert.Equal(90, view.LengthDays);
        var granted = Assert.IsType<ReflectionPeriodGrantedIntegrationEvent>(Assert.Single((await _harness.WrittenAsync()).Events));
        Assert.Equal((view.ReflectionPeriodId, _harness.CaseId, new DateOnly(2024, 2, 12), new DateOnly(2024, 2, 12), new DateOnly(2024, 5, 11)),
            (granted.ReflectionPeriodId, granted.CaseId, granted.DecidedOn, granted.StartOn, granted.EndOn));
    }

    [Fact]
    public async Task Given_a_person_who_is_not_a_current_client_When_granted_Then_409_and_nothing_written()
    {
        _harness.Decisions.AdmittedOn = null;

        await Assert.ThrowsAsync<ConflictException>(() => Grant(Request("2024-02-12", "2024-02-12", "2024-05-11")));

        await AssertWritten(0, 0);
    }

    [Fact]
    public async Task Given_an_unknown_case_When_granted_Then_404_and_nothing_written()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Grant(Request("2024-02-12", "2024-02-12", "2024-05-11") with { CaseId = Guid.NewGuid() }));

        await AssertWritten(0, 0);
    }

    [Fact]
    public async Task Given_a_decision_dated_before_the_admission_When_granted_Then_422_on_the_decision_date()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Grant(Request("2024-02-09", "2024-02-09", "2024-05-09")));

        Assert.Equal(["decidedOn"], refused.Errors.Keys);
        await AssertWritten(0, 0);
    }

    [Theory]
    [InlineData("residence-permit")]
    [InlineData("asylum-seeker")]
    [InlineData("unknown")]
    [InlineData("finnish-citizen")]
    public async Task Given_a_client_with_another_residence_status_When_granted_Then_422_names_the_status_found(string status)
    {
        _harness.Cases.ResidenceStatus = status;

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Grant(Request("2024-02-12", "2024-02-12", "2024-05-11")));

        Assert.Contains($"'{status}'", Assert.Single(refused.Errors["caseId"]));
        await AssertWritten(0, 0);
    }

    [Fact]
    public async Task Given_a_residence_permit_recorded_later_When_a_period_is_decided_before_it_Then_the_status_on_the_decision_date_counts()
    {
        _harness.Cases.ResidenceStatus = "irregular";
        _harness.Cases.ChangedOn = new DateOnly(2024, 6, 1);

        await Grant(Request("2024-02-12", "2024-02-12", "2024-05-11"));
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Grant(Request("2024-06-01", "2024-06-01", "2024-08-01")));

        Assert.Contains("'residence-permit'", Assert.Single(refused.Errors["caseId"]));
    }

    [Fact]
    public async Task Given_an_open_period_When_another_is_granted_Then_409_and_only_the_first_is_written()
    {
        await Grant(Request("2024-02-12", "2024-02-12", "2024-05-11"));

        await Assert.ThrowsAsync<ConflictException>(() => Grant(Request("2024-03-01", "2024-03-01", "2024-05-01")));

        await AssertWritten(1, 1);
    }

    [Fact]
    public async Task Given_a_period_that_expired_without_an_end_When_another_is_granted_after_it_Then_accepted()
    {
        await Grant(Request("2024-02-12", "2024-02-12", "2024-03-12"));

        await Grant(Request("2024-03-13", "2024-03-13", "2024-05-01"));

        await AssertWritten(2, 2);
    }

    [Fact]
    public async Task Given_a_period_ended_early_When_another_is_granted_Then_from_the_day_after_its_end()
    {
        var first = await Grant(Request("2024-02-12", "2024-02-12", "2024-05-11"));
        await End(first.ReflectionPeriodId, "2024-03-15", "interrupted");

        await Assert.ThrowsAsync<ConflictException>(() => Grant(Request("2024-03-15", "2024-03-15", "2024-05-01")));
        await Grant(Request("2024-03-16", "2024-03-16", "2024-05-01"));

        await AssertWritten(2, 3);
    }

    [Fact]
    public async Task Given_a_later_period_When_an_earlier_one_overlapping_it_is_recorded_afterwards_Then_409()
    {
        await Grant(Request("2024-05-01", "2024-05-01", "2024-06-30"));

        await Assert.ThrowsAsync<ConflictException>(() => Grant(Request("2024-03-01", "2024-03-01", "2024-05-01")));
        await Grant(Request("2024-03-01", "2024-03-01", "2024-04-30"));
    }

    [Fact]
    public async Task Given_a_period_When_a_second_decision_of_the_same_day_is_stored_Then_the_database_refuses_it()
    {
        // What a double submission would do if both passed the service's check at the same moment.
        await Grant(Request("2024-02-12", "2024-02-12", "2024-05-11"));
        await using var db = _harness.Context();
        db.Periods.Add(new ReflectionPeriod(_harness.CaseId, new DateOnly(2024, 2, 12), new DateOnly(2024, 2, 12), new DateOnly(2024, 5, 11), "director", DateTime.UtcNow));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(refused.IsUniqueViolation());
    }

    [Fact]
    public async Task Given_a_period_When_ended_Then_the_end_and_reason_are_recorded_and_an_event_is_written()
    {
        var period = await Grant(Request("2024-02-12", "2024-02-12", "2024-05-11"));

        var ended = await End(period.ReflectionPeriodId, "2024-03-15", "residence-permit-granted");

        Assert.Equal((new DateOnly(2024, 3, 15), "residence-permit-granted", new DateOnly(2024, 5, 11)), (ended.EndedOn!.Value, ended.EndReason, ended.EndOn));
        var endedEvent = Assert.IsType<ReflectionPeriodEndedIntegrationEvent>((await _harness.WrittenAsync()).Events[1]);
        Assert.Equal((period.ReflectionPeriodId, _harness.CaseId, new DateOnly(2024, 3, 15), "residence-permit-granted"),
            (endedEvent.ReflectionPeriodId, endedEvent.CaseId, endedEvent.EndedOn, endedEvent.Reason));
    }

    [Theory]
    [InlineData("2024-02-11", "interrupted", "endedOn")]
    [InlineData("2024-05-12", "interrupted", "endedOn")]
    [InlineData("2024-04-01", "expired", "reason")]
    [InlineData("2024-04-01", "bored", "reason")]
    [InlineData("2025-01-01", "other", "endedOn")]
    public async Task Given_an_impossible_end_When_ending_Then_422_names_the_field_and_the_period_stays_open(string endedOn, string reason, string field)
    {
        var period = await Grant(Request("2024-02-12", "2024-02-12", "2024-05-11"));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => End(period.ReflectionPeriodId, endedOn, reason));

        Assert.Equal([field], refused.Errors.Keys);
        Assert.Null((await _harness.Run(s => s.GetAsync(period.ReflectionPeriodId, CancellationToken.None))).EndedOn);
        await AssertWritten(1, 1);
    }

    [Fact]
    public async Task Given_an_ended_period_When_ended_again_Then_409()
    {
        var period = await Grant(Request("2024-02-12", "2024-02-12", "2024-05-11"));
        await End(period.ReflectionPeriodId, "2024-05-11", "expired");

        await Assert.ThrowsAsync<ConflictException>(() => End(period.ReflectionPeriodId, "2024-05-11", "expired"));

        await AssertWritten(1, 2);
    }

    [Fact]
    public async Task Given_an_unknown_period_When_ended_or_read_Then_404()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => End(Guid.NewGuid(), "2024-03-01", "other"));
        await Assert.ThrowsAsync<NotFoundException>(() => _harness.Run(s => s.GetAsync(Guid.NewGuid(), CancellationToken.None)));
    }

    public void Dispose() => _harness.Dispose();
}
