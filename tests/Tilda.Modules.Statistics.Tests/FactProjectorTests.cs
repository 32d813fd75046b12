using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.Statistics.Facts;
using Tilda.Shared.Events;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Tests;

public sealed class FactProjectorTests
{
    private static readonly ClientProfile Profile = new(17, "female", "VNM", "irregular", false);
    private static readonly ApplicationProfile Application = new("ngo", "presumed-victim",
        [new ExploitationFormEntry("forced-criminality", true), new ExploitationFormEntry("labour", false)], "both", true, [new DependentChildEntry(2023, "female")]);

    [Fact]
    public void Given_an_admission_When_projected_Then_a_decision_fact_a_fact_per_form_and_per_child_share_one_episode_and_no_ids()
    {
        var caseId = Guid.NewGuid();
        var decisionId = Guid.NewGuid();
        var projector = new FactProjector(new Pseudonymizer(new PseudonymKey(new byte[32])));

        var facts = projector.Project(new ClientAdmittedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, decisionId, Guid.NewGuid(), caseId, new DateOnly(2025, 4, 1), false, Profile.Decided(), Application.Decided()))
            .Select(f => f.ToFact()).ToList();

        Assert.Equal([FactTypes.AdmissionDecided, FactTypes.AdmittedExploitationForm, FactTypes.AdmittedExploitationForm, FactTypes.AdmittedDependentChild], facts.Select(f => f.Type));
        Assert.Single(facts.Select(f => f.Get("episode")).Distinct());
        Assert.Single(facts.Select(f => f.Subject).Distinct());
        Assert.Equal("17", facts[0].Get("ageYears"));
        Assert.Equal("admitted", facts[0].Get("outcome"));
        Assert.All(facts, f => Assert.DoesNotContain(caseId.ToString("N"), f.Subject + string.Join(',', f.Dimensions.Values), StringComparison.OrdinalIgnoreCase));
        Assert.All(facts, f => Assert.DoesNotContain(decisionId.ToString("N"), string.Join(',', f.Dimensions.Values), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Given_two_keys_When_pseudonymising_the_same_case_Then_the_pseudonyms_differ()
    {
        var caseId = Guid.NewGuid();
        var key = new byte[32];
        var other = new byte[32];
        other[0] = 1;

        Assert.NotEqual(new Pseudonymizer(new PseudonymKey(key)).Subject(caseId), new Pseudonymizer(new PseudonymKey(other)).Subject(caseId));
        Assert.Equal(new Pseudonymizer(new PseudonymKey(key)).Subject(caseId), new Pseudonymizer(new PseudonymKey(key)).Subject(caseId));
    }
}
