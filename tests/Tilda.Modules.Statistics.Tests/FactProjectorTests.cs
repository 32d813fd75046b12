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

        var records = projector.Project(new ClientAdmittedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, decisionId, Guid.NewGuid(), caseId, new DateOnly(2025, 4, 1), false, Profile.Decided(), Application.Decided()));
        var facts = records.Select(f => f.ToFact()).ToList();

        Assert.Equal([FactTypes.AdmissionDecided, FactTypes.AdmittedExploitationForm, FactTypes.AdmittedExploitationForm, FactTypes.AdmittedDependentChild], facts.Select(f => f.Type));
        Assert.NotNull(records[0].Episode);
        Assert.Single(records.Select(f => f.Episode).Distinct());
        Assert.Single(facts.Select(f => f.Subject).Distinct());
        Assert.Equal("17", facts[0].Get("ageYears"));
        Assert.Equal("admitted", facts[0].Get("outcome"));
        Assert.All(facts, f => Assert.DoesNotContain(caseId.ToString("N"), f.Subject + string.Join(',', f.Dimensions.Values), StringComparison.OrdinalIgnoreCase));
        Assert.All(facts, f => Assert.DoesNotContain(decisionId.ToString("N"), string.Join(',', f.Dimensions.Values), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Given_an_admission_of_a_person_with_two_citizenships_When_projected_Then_the_decision_carries_both_in_order_and_the_primary_form()
    {
        var projector = new FactProjector(new Pseudonymizer(new PseudonymKey(new byte[32])));
        var person = Profile.Decided() with { Citizenship = "NGA", Citizenships = ["NGA", "FIN"] };

        var decision = projector.Project(new ClientAdmittedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            new DateOnly(2025, 4, 1), false, person, Application.Decided()))[0].ToFact();

        Assert.Equal(("NGA", "NGA,FIN", "forced-criminality"), (decision.Get("citizenship"), decision.Get("citizenships"), decision.Get("primaryForm")));
    }

    [Fact]
    public void Given_an_application_event_stored_before_every_citizenship_was_carried_When_projected_Then_its_citizenships_are_the_first_listed()
    {
        var projector = new FactProjector(new Pseudonymizer(new PseudonymKey(new byte[32])));
        var stored = System.Text.Json.JsonSerializer.Serialize(new ApplicationReceivedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(),
            new DateOnly(2025, 2, 1), "written", false, false, Profile, Application), Json);
        var old = System.Text.Json.Nodes.JsonNode.Parse(stored)!;
        old["person"]!.AsObject().Remove("citizenships");

        var fact = projector.Project(System.Text.Json.JsonSerializer.Deserialize<ApplicationReceivedIntegrationEvent>(old, Json)!)[0].ToFact();

        Assert.Equal("VNM", fact.Get("citizenships"));
    }

    [Fact]
    public void Given_a_residence_permit_recorded_When_projected_Then_a_permit_fact_is_dated_on_its_grant_with_its_ground()
    {
        var projector = new FactProjector(new Pseudonymizer(new PseudonymKey(new byte[32])));

        var fact = Assert.Single(projector.Project(new ResidencePermitRecordedIntegrationEvent(Guid.NewGuid(), new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero),
            Guid.NewGuid(), "cooperation-with-authorities", new DateOnly(2025, 8, 15)))).ToFact();

        Assert.Equal((FactTypes.ResidencePermitGranted, new DateOnly(2025, 8, 15), "cooperation-with-authorities"), (fact.Type, fact.Date, fact.Get("ground")));
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public void Given_a_reassessment_that_carries_a_running_measure_over_When_projected_Then_only_the_new_measure_is_a_start()
    {
        var projector = new FactProjector(new Pseudonymizer(new PseudonymKey(new byte[32])));
        var caseId = Guid.NewGuid();

        var facts = projector.Project(new Tilda.Modules.ServiceNeeds.Contracts.ServiceNeedsAssessedIntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow,
            Guid.NewGuid(), caseId, new DateOnly(2025, 5, 1), Guid.NewGuid(),
            [new(Guid.NewGuid(), "legal-aid", "ngo", new DateOnly(2025, 1, 10), null, Continued: true),
             new(Guid.NewGuid(), "safe-accommodation", "assistance-system", new DateOnly(2025, 5, 1), null)]));

        var fact = Assert.Single(facts).ToFact();
        Assert.Equal(("safe-accommodation", new DateOnly(2025, 5, 1)), (fact.Get("measure"), fact.Date));
    }

    [Fact]
    public void Given_every_integration_event_of_every_module_When_projected_Then_each_is_counted_or_deliberately_ignored()
    {
        var projector = new FactProjector(new Pseudonymizer(new PseudonymKey(new byte[32])));
        var types = new Tilda.BuildingBlocks.Outbox.IntegrationEventTypes(new[]
        {
            typeof(ApplicationReceivedIntegrationEvent), typeof(ClientAdmittedIntegrationEvent), typeof(Tilda.Modules.ServiceNeeds.Contracts.ServiceNeedsAssessedIntegrationEvent),
            typeof(Tilda.Modules.ReflectionPeriods.Contracts.ReflectionPeriodGrantedIntegrationEvent), typeof(Tilda.Modules.CriminalProcess.Contracts.CriminalProcessStageRecordedIntegrationEvent),
        }.Select(t => new Tilda.BuildingBlocks.Outbox.IntegrationEventAssembly(t.Assembly)));
        var inbox = typeof(StatisticsInbox).GetInterfaces().Where(i => i.IsGenericType).Select(i => i.GetGenericArguments()[0]).ToHashSet();

        foreach (var name in types.Names)
        {
            var type = types.TypeOf(name);
            Assert.True(inbox.Contains(type), $"The statistics inbox does not receive {name}.");
            var sample = (IntegrationEvent)System.Text.Json.JsonSerializer.Deserialize(Sample(type), type, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
            var error = Record.Exception(() => projector.Project(sample));
            Assert.True(error is null, $"{name}: {error?.Message}");
        }
    }

    /// <summary>A JSON instance of the event with every property given a value of its type.</summary>
    private static string Sample(Type type)
    {
        static System.Text.Json.Nodes.JsonNode? Value(Type t) =>
            t == typeof(string) ? "x" : t == typeof(bool) ? false : t == typeof(int) || t == typeof(int?) ? 30
            : t == typeof(Guid) || t == typeof(Guid?) ? Guid.NewGuid().ToString() : t == typeof(DateOnly) || t == typeof(DateOnly?) ? "2025-01-01"
            : t == typeof(DateTimeOffset) ? "2025-01-01T00:00:00Z"
            : t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? new System.Text.Json.Nodes.JsonArray(Value(t.GetGenericArguments()[0]))
            : Object(t);
        static System.Text.Json.Nodes.JsonObject Object(Type t)
        {
            var o = new System.Text.Json.Nodes.JsonObject();
            foreach (var p in t.GetProperties()) o[System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name)] = Value(p.PropertyType);
            return o;
        }
        return Object(type).ToJsonString();
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
