using Tilda.Modules.Cases.Domain;
using Tilda.Shared.Events;

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

    private static Application NewApplication(Guid caseId, string receivedOn) => new(
        Guid.NewGuid(), caseId, DateOnly.Parse(receivedOn), "written", false, "police", null, "presumed-victim",
        [new ExploitationFormEntry("sexual", true)], "finland", ["FIN"], false, [], Now);

    [Fact]
    public void Given_an_admission_When_recorded_Then_the_case_is_a_client_case_since_the_decision()
    {
        var (@case, application) = NewCase();

        @case.Record(CaseDecision.ForAdmission(Guid.NewGuid(), @case.Id, application.Id, new DateOnly(2025, 3, 20), "admitted", null));

        Assert.Equal(CaseStatus.Client, @case.Status);
        Assert.Equal(new DateOnly(2025, 3, 20), @case.ClientSince);
        Assert.Equal(ApplicationStatus.Admitted, application.Status);
    }

    [Fact]
    public void Given_a_removal_arriving_before_its_admission_When_both_are_recorded_Then_the_status_is_the_same_as_in_order()
    {
        var (inOrder, first) = NewCase();
        var (outOfOrder, second) = NewCase();
        var admission = Guid.NewGuid();
        var removal = Guid.NewGuid();

        inOrder.Record(CaseDecision.ForAdmission(admission, inOrder.Id, first.Id, new DateOnly(2025, 3, 20), "admitted", null));
        inOrder.Record(CaseDecision.ForRemoval(removal, inOrder.Id, admission, new DateOnly(2025, 6, 1), "left-finland"));
        outOfOrder.Record(CaseDecision.ForRemoval(removal, outOfOrder.Id, admission, new DateOnly(2025, 6, 1), "left-finland"));
        outOfOrder.Record(CaseDecision.ForAdmission(admission, outOfOrder.Id, second.Id, new DateOnly(2025, 3, 20), "admitted", null));

        Assert.Equal(CaseStatus.FormerClient, inOrder.Status);
        Assert.Equal(inOrder.Status, outOfOrder.Status);
        Assert.Equal(inOrder.RemovedOn, outOfOrder.RemovedOn);
    }

    [Fact]
    public void Given_a_decision_already_recorded_When_it_arrives_again_Then_nothing_changes()
    {
        var (@case, application) = NewCase();
        var decision = CaseDecision.ForAdmission(Guid.NewGuid(), @case.Id, application.Id, new DateOnly(2025, 3, 20), "admitted", null);
        @case.Record(decision);
        var version = @case.Version;

        var recorded = @case.Record(CaseDecision.ForAdmission(decision.DecisionId, @case.Id, application.Id, new DateOnly(2025, 3, 20), "admitted", null));

        Assert.False(recorded);
        Assert.Single(@case.Decisions);
        Assert.Equal(version, @case.Version);
    }

    [Fact]
    public void Given_each_status_When_asking_whether_the_person_may_apply_again_Then_only_after_rejection_or_removal()
    {
        var (pending, _) = NewCase();
        var (rejected, rejectedApplication) = NewCase();
        rejected.Record(CaseDecision.ForAdmission(Guid.NewGuid(), rejected.Id, rejectedApplication.Id, new DateOnly(2025, 3, 20), "rejected", "other"));
        var (client, clientApplication) = NewCase();
        client.Record(CaseDecision.ForAdmission(Guid.NewGuid(), client.Id, clientApplication.Id, new DateOnly(2025, 3, 20), "admitted", null));

        Assert.False(pending.CanReapply);
        Assert.True(rejected.CanReapply);
        Assert.False(client.CanReapply);
    }

    [Fact]
    public void Given_a_rejected_person_When_a_new_application_arrives_Then_the_case_is_an_applicant_again()
    {
        var (@case, application) = NewCase();
        @case.Record(CaseDecision.ForAdmission(Guid.NewGuid(), @case.Id, application.Id, new DateOnly(2025, 3, 20), "rejected", "other"));

        @case.Add(NewApplication(@case.Id, "2025-05-01"));

        Assert.Equal(CaseStatus.Applicant, @case.Status);
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
