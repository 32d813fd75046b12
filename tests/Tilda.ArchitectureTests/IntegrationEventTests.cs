using Mono.Cecil;
using Tilda.ArchitectureTests.Fixtures;

namespace Tilda.ArchitectureTests;

public sealed class IntegrationEventTests
{
    private const string Contracts = "Tilda.Modules.Fake.Contracts";

    /// <summary>A fake shared kernel: the IntegrationEvent base and a profile record, both immutable unless told otherwise.</summary>
    private static FakeAssembly SharedKernel(Setter profileSetter = Setter.Init)
    {
        var shared = new FakeAssembly("Tilda.Shared");
        var integrationEvent = shared.AddType(
            "Tilda.Shared.Events", "IntegrationEvent", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Class);
        shared.AddProperty(integrationEvent, "Id", shared.ObjectType, Setter.Init);
        var profile = shared.AddType("Tilda.Shared.Events", "ClientProfile", FakeAssembly.PublicSealedClass);
        shared.AddProperty(profile, "Sex", shared.StringType, profileSetter);
        return shared;
    }

    /// <summary>A fake Contracts assembly with one sealed, well-named event with an init-only property.</summary>
    private static (FakeAssembly Assembly, TypeDefinition Event) ContractsWithEvent(
        string assemblyName = Contracts, string eventName = "FakeHappenedIntegrationEvent", TypeAttributes attributes = FakeAssembly.PublicSealedClass)
    {
        var assembly = new FakeAssembly(assemblyName);
        var @event = assembly.AddType(assemblyName, eventName, attributes, assembly.IntegrationEventBase());
        assembly.AddProperty(@event, "Reason", assembly.StringType, Setter.Init);
        return (assembly, @event);
    }

    [Fact]
    public void Given_the_real_assemblies_When_their_integration_events_are_listed_Then_the_known_ones_are_found()
    {
        var events = IntegrationEventRules.IntegrationEvents(TildaAssemblies.All).Select(type => type.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "ApplicationReceivedIntegrationEvent", "ClientAdmittedIntegrationEvent", "ClientRemovedIntegrationEvent" },
            events);
    }

    [Fact]
    public void Given_the_real_integration_events_When_checked_Then_they_are_sealed_well_named_in_contracts_and_immutable()
    {
        var violations = IntegrationEventRules.Violations(TildaAssemblies.All);

        Violations.AssertNone(violations);
    }

    [Fact]
    public void Given_the_real_integration_events_When_their_properties_are_followed_Then_the_shared_records_are_checked_too()
    {
        var exposed = IntegrationEventRules.ExposedTypes(TildaAssemblies.All).Select(type => type.FullName).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "Tilda.Shared.Events.ClientProfile", "Tilda.Shared.Events.ApplicationProfile", "Tilda.Shared.Events.ExploitationFormEntry" },
            exposed);
    }

    [Fact]
    public void Given_a_well_formed_event_When_checked_Then_nothing_is_reported()
    {
        var (contracts, _) = ContractsWithEvent();

        var violations = IntegrationEventRules.Violations([SharedKernel().Build(), contracts.Build()]);

        Violations.AssertNone(violations);
    }

    [Fact]
    public void Given_an_event_that_is_not_sealed_When_checked_Then_it_is_reported()
    {
        var (contracts, _) = ContractsWithEvent(attributes: FakeAssembly.PublicClass);

        var violations = IntegrationEventRules.Violations([contracts.Build()]);

        Assert.Equal($"{Contracts}.FakeHappenedIntegrationEvent is not sealed", Assert.Single(violations));
    }

    [Fact]
    public void Given_an_event_without_the_suffix_When_checked_Then_it_is_reported()
    {
        var (contracts, _) = ContractsWithEvent(eventName: "FakeHappened");

        var violations = IntegrationEventRules.Violations([contracts.Build()]);

        Assert.Contains("ends with IntegrationEvent", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_event_in_a_module_implementation_When_checked_Then_it_is_reported()
    {
        var (module, _) = ContractsWithEvent(assemblyName: "Tilda.Modules.Fake");

        var violations = IntegrationEventRules.Violations([module.Build()]);

        Assert.Contains("lives in Tilda.Modules.Fake", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_event_with_a_plain_setter_When_checked_Then_it_is_reported()
    {
        var (contracts, @event) = ContractsWithEvent();
        contracts.AddProperty(@event, "DecidedOn", contracts.StringType, Setter.Plain);

        var violations = IntegrationEventRules.Violations([contracts.Build()]);

        Assert.Equal("FakeHappenedIntegrationEvent: property DecidedOn has a setter that is not init-only", Assert.Single(violations));
    }

    [Fact]
    public void Given_an_event_with_a_writable_public_field_When_checked_Then_it_is_reported()
    {
        var (contracts, @event) = ContractsWithEvent();
        contracts.AddPublicField(@event, "Count", contracts.ObjectType, readOnly: false);
        contracts.AddPublicField(@event, "Total", contracts.ObjectType, readOnly: true);

        var violations = IntegrationEventRules.Violations([contracts.Build()]);

        Assert.Equal("FakeHappenedIntegrationEvent: public field Count is not readonly", Assert.Single(violations));
    }

    [Fact]
    public void Given_an_event_deriving_indirectly_with_a_plain_setter_When_checked_Then_it_is_reported()
    {
        var contracts = new FakeAssembly(Contracts);
        var intermediate = contracts.AddType(Contracts, "FakeEventBase", FakeAssembly.PublicClass, contracts.IntegrationEventBase());
        var @event = contracts.AddType(Contracts, "FakeHappenedIntegrationEvent", FakeAssembly.PublicSealedClass, intermediate);
        contracts.AddProperty(@event, "Reason", contracts.StringType, Setter.Plain);

        var violations = IntegrationEventRules.Violations([contracts.Build()]);

        Assert.Contains("FakeHappenedIntegrationEvent: property Reason has a setter that is not init-only", violations);
        Assert.Contains($"{Contracts}.FakeEventBase is not sealed", violations);
    }

    [Fact]
    public void Given_an_event_whose_base_in_shared_has_a_plain_setter_When_checked_Then_it_is_reported()
    {
        var shared = new FakeAssembly("Tilda.Shared");
        var integrationEvent = shared.AddType(
            "Tilda.Shared.Events", "IntegrationEvent", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Class);
        shared.AddProperty(integrationEvent, "OccurredAt", shared.ObjectType, Setter.Plain);
        var (contracts, _) = ContractsWithEvent();

        var violations = IntegrationEventRules.Violations([shared.Build(), contracts.Build()]);

        Assert.Equal("FakeHappenedIntegrationEvent: property OccurredAt has a setter that is not init-only", Assert.Single(violations));
    }

    [Fact]
    public void Given_an_event_exposing_a_shared_record_with_a_plain_setter_When_checked_Then_it_is_reported()
    {
        var (contracts, @event) = ContractsWithEvent();
        contracts.AddProperty(@event, "Person", contracts.Import("Tilda.Shared", "Tilda.Shared.Events", "ClientProfile"), Setter.Init);

        var violations = IntegrationEventRules.Violations([SharedKernel(profileSetter: Setter.Plain).Build(), contracts.Build()]);

        Assert.Equal(
            "Tilda.Shared.Events.ClientProfile (exposed by FakeHappenedIntegrationEvent.Person): property Sex has a setter that is not init-only",
            Assert.Single(violations));
    }

    [Fact]
    public void Given_an_event_exposing_a_list_of_mutable_entries_When_checked_Then_the_entry_is_reported()
    {
        var (contracts, @event) = ContractsWithEvent();
        var entry = contracts.AddType(Contracts, "FakeEntry", FakeAssembly.PublicSealedClass);
        contracts.AddPublicField(entry, "Form", contracts.StringType, readOnly: false);
        contracts.AddProperty(@event, "Entries", contracts.ReadOnlyListOf(entry), Setter.Init);

        var violations = IntegrationEventRules.Violations([contracts.Build()]);

        Assert.Equal(
            $"{Contracts}.FakeEntry (exposed by FakeHappenedIntegrationEvent.Entries): public field Form is not readonly",
            Assert.Single(violations));
    }
}
