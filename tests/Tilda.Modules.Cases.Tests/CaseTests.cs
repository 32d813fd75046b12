using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Cases.Domain;

namespace Tilda.Modules.Cases.Tests;

public sealed class CaseTests
{
    private static readonly DateTime Now = new(2025, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private static Person Person(string residenceStatus = "asylum-seeker") =>
        new("Testi", "Henkilö", new DateOnly(2007, 9, 1), 2007, "female", ["NGA", "GHA"], residenceStatus, false, null);

    private static (Case Case, Application Application) NewCase(string receivedOn = "2025-03-14")
    {
        var @case = new Case(Guid.NewGuid(), Person(), DateOnly.Parse(receivedOn), Now);
        var application = NewApplication(@case.Id, receivedOn);
        @case.Add(application);
        return (@case, application);
    }

    private static Application NewApplication(Guid caseId, string receivedOn, Guid? previous = null) => new(
        Guid.NewGuid(), caseId, DateOnly.Parse(receivedOn), "written", false, "police", null, "presumed-victim",
        [new ExploitationFormEntry("sexual", true)], "finland", ["FIN"], false, [], previous, Now);

    private static ApplicationOutcome Outcome(DecisionState state, string decidedOn, string? removedOn = null) =>
        new(state, Guid.NewGuid(), DateOnly.Parse(decidedOn), removedOn is null ? null : DateOnly.Parse(removedOn));

    [Fact]
    public void Given_an_admission_When_the_state_is_derived_Then_the_case_is_a_client_case_since_the_decision()
    {
        var state = CaseState.Of(Outcome(DecisionState.Admitted, "2025-03-20"));

        Assert.Equal((CaseState.Client, new DateOnly(2025, 3, 20), (DateOnly?)null), (state.Status, state.ClientSince, state.RemovedOn));
    }

    [Fact]
    public void Given_an_admission_since_removed_When_the_state_is_derived_Then_a_former_client_with_both_dates()
    {
        var state = CaseState.Of(Outcome(DecisionState.Removed, "2025-03-20", "2025-06-01"));

        Assert.Equal((CaseState.FormerClient, new DateOnly(2025, 3, 20), new DateOnly(2025, 6, 1)), (state.Status, state.ClientSince!.Value, state.RemovedOn!.Value));
    }

    [Fact]
    public void Given_each_status_When_asking_whether_the_person_may_apply_again_Then_only_after_rejection_or_removal()
    {
        Assert.False(CaseState.Of(null).CanReapply);
        Assert.True(CaseState.Of(Outcome(DecisionState.Rejected, "2025-03-20")).CanReapply);
        Assert.False(CaseState.Of(Outcome(DecisionState.Admitted, "2025-03-20")).CanReapply);
        Assert.True(CaseState.Of(Outcome(DecisionState.Removed, "2025-03-20", "2025-06-01")).CanReapply);
    }

    [Fact]
    public void Given_a_rejected_person_When_a_new_application_arrives_Then_the_case_follows_the_new_one()
    {
        var (@case, first) = NewCase();
        var second = NewApplication(@case.Id, "2025-05-01", previous: first.Id);

        @case.Add(second);

        Assert.Equal(second.Id, @case.LatestApplicationId);
        Assert.Equal(first.Id, second.PreviousApplicationId);
        Assert.Equal(CaseState.Applicant, CaseState.Of(null).Status);
    }

    [Fact]
    public void Given_a_new_application_When_added_Then_the_person_version_the_etag_stands_for_does_not_change()
    {
        var (@case, first) = NewCase();
        var version = @case.Version;

        @case.Add(NewApplication(@case.Id, "2025-05-01", previous: first.Id));
        Assert.Equal(version, @case.Version);

        @case.ChangePerson(Person("residence-permit"));
        Assert.Equal(version + 1, @case.Version);
    }

    [Fact]
    public void Given_a_later_change_of_residence_status_When_reading_the_profile_of_an_earlier_date_Then_it_is_as_recorded_then()
    {
        var (@case, _) = NewCase("2025-03-14");
        @case.PersonHistory.Add(PersonSnapshot.Of(@case.Id, @case.Person, new DateOnly(2025, 3, 14), Now));
        @case.PersonHistory.Add(PersonSnapshot.Of(@case.Id, Person("residence-permit"), new DateOnly(2026, 2, 1), Now));

        var before = @case.ProfileOn(new DateOnly(2025, 12, 31));
        var after = @case.ProfileOn(new DateOnly(2026, 2, 1));

        Assert.Equal("asylum-seeker", before.ResidenceStatus);
        Assert.Equal("residence-permit", after.ResidenceStatus);
        Assert.Equal(18, before.AgeYears);
        Assert.Equal("NGA", before.Citizenship);
    }
}
