using Tilda.ArchitectureTests.Fixtures;

namespace Tilda.ArchitectureTests;

public sealed class ModuleGraphTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> GraphWithFakeModule =
        new Dictionary<string, IReadOnlyList<string>>(ModuleGraph.Declared)
        {
            ["Tilda.Modules.Fake.Contracts"] = [ModuleGraph.Shared],
            ["Tilda.Modules.Fake"] = [ModuleGraph.Shared, ModuleGraph.AnyContracts],
        };

    // The declared graph.

    [Fact]
    public void Given_the_declared_graph_When_walked_Then_it_has_no_cycle()
    {
        var cycles = ModuleGraph.Cycles(ModuleGraph.Declared);

        Violations.AssertNone(cycles);
    }

    [Fact]
    public void Given_the_declared_graph_When_its_targets_are_read_Then_each_names_a_declared_assembly()
    {
        var unknown = ModuleGraph.UnknownTargets(ModuleGraph.Declared);

        Violations.AssertNone(unknown);
    }

    [Fact]
    public void Given_the_declared_graph_When_its_edges_are_expanded_Then_contracts_see_only_shared_and_no_module_sees_another_module()
    {
        var edges = ModuleGraph.Edges(ModuleGraph.Declared);

        Assert.Contains(new Reference("Tilda.Modules.Cases", "Tilda.Modules.Decisions.Contracts"), edges);
        Violations.AssertNone([
            .. ReferenceRules.ContractsReferencingBeyondShared(edges),
            .. ReferenceRules.ModuleImplementationsReferencingEachOther(edges),
        ]);
    }

    // The real assemblies.

    [Fact]
    public void Given_the_test_output_folder_When_tilda_assemblies_are_loaded_Then_the_known_ones_are_there()
    {
        var names = TildaAssemblies.All.Select(assembly => assembly.Name.Name).ToList();

        Assert.Superset(
            new HashSet<string> { "Tilda.Shared", "Tilda.Host", "Tilda.Modules.Cases", "Tilda.Modules.Cases.Contracts", "Tilda.Modules.Decisions", "Tilda.Modules.Decisions.Contracts" },
            names.ToHashSet());
        Assert.DoesNotContain(names, name => name.EndsWith("Tests", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_real_assemblies_When_compared_with_the_graph_Then_each_is_declared()
    {
        var undeclared = ReferenceRules.UndeclaredAssemblies(TildaAssemblies.All, ModuleGraph.Declared);

        Violations.AssertNone(undeclared);
    }

    [Fact]
    public void Given_the_real_assemblies_When_their_references_are_read_Then_the_graph_allows_each()
    {
        var references = ReferenceRules.TildaReferences(TildaAssemblies.All);

        var violations = ReferenceRules.ReferencesNotInGraph(TildaAssemblies.All, ModuleGraph.Declared);

        Assert.NotEmpty(references);
        Violations.AssertNone(violations);
    }

    [Fact]
    public void Given_the_real_contracts_When_their_references_are_read_Then_they_reference_only_shared()
    {
        var violations = ReferenceRules.ContractsReferencingBeyondShared(TildaAssemblies.All);

        Violations.AssertNone(violations);
    }

    [Fact]
    public void Given_the_real_modules_When_their_references_are_read_Then_none_references_another_module_implementation()
    {
        var violations = ReferenceRules.ModuleImplementationsReferencingEachOther(TildaAssemblies.All);

        Violations.AssertNone(violations);
    }

    // Known-bad fixtures: each rule rejects what it names.

    [Fact]
    public void Given_a_cyclic_graph_When_walked_Then_the_cycle_is_reported()
    {
        var graph = new Dictionary<string, IReadOnlyList<string>>
        {
            ["Tilda.Fake.A"] = ["Tilda.Fake.B"],
            ["Tilda.Fake.B"] = ["Tilda.Fake.C"],
            ["Tilda.Fake.C"] = ["Tilda.Fake.A"],
            ["Tilda.Fake.D"] = ["Tilda.Fake.A"],
        };

        var cycles = ModuleGraph.Cycles(graph);

        Assert.Equal("Tilda.Fake.A → Tilda.Fake.B → Tilda.Fake.C → Tilda.Fake.A", Assert.Single(cycles));
    }

    [Fact]
    public void Given_a_graph_naming_an_undeclared_target_When_read_Then_the_target_is_reported()
    {
        var graph = new Dictionary<string, IReadOnlyList<string>>
        {
            ["Tilda.Shared"] = [],
            ["Tilda.Modules.Fake"] = ["Tilda.Shared", "Tilda.Sahred"],
        };

        var unknown = ModuleGraph.UnknownTargets(graph);

        Assert.Contains("Tilda.Sahred", Assert.Single(unknown), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_assembly_missing_from_the_graph_When_compared_Then_it_is_reported()
    {
        var unknown = new FakeAssembly("Tilda.Modules.Unknown").References("Tilda.Shared").Build();

        var undeclared = ReferenceRules.UndeclaredAssemblies([unknown], ModuleGraph.Declared);

        Assert.StartsWith("Tilda.Modules.Unknown is not declared", Assert.Single(undeclared), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_contracts_referencing_a_module_implementation_When_checked_Then_the_graph_and_the_contracts_rule_reject_it()
    {
        var contracts = new FakeAssembly("Tilda.Modules.Fake.Contracts").References("Tilda.Shared").References("Tilda.Modules.Cases").Build();

        var notInGraph = ReferenceRules.ReferencesNotInGraph([contracts], GraphWithFakeModule);
        var beyondShared = ReferenceRules.ContractsReferencingBeyondShared([contracts]);

        Assert.StartsWith("Tilda.Modules.Fake.Contracts → Tilda.Modules.Cases: not allowed", Assert.Single(notInGraph), StringComparison.Ordinal);
        Assert.StartsWith("Tilda.Modules.Fake.Contracts → Tilda.Modules.Cases: a Contracts assembly", Assert.Single(beyondShared), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_contracts_referencing_other_contracts_When_checked_Then_the_contracts_rule_rejects_it()
    {
        var contracts = new FakeAssembly("Tilda.Modules.Fake.Contracts").References("Tilda.Shared").References("Tilda.Modules.Cases.Contracts").Build();

        var beyondShared = ReferenceRules.ContractsReferencingBeyondShared([contracts]);

        Assert.StartsWith("Tilda.Modules.Fake.Contracts → Tilda.Modules.Cases.Contracts", Assert.Single(beyondShared), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_module_referencing_another_module_implementation_When_checked_Then_the_graph_and_the_module_rule_reject_it()
    {
        var module = new FakeAssembly("Tilda.Modules.Fake").References("Tilda.Shared").References("Tilda.Modules.Cases").Build();

        var notInGraph = ReferenceRules.ReferencesNotInGraph([module], GraphWithFakeModule);
        var crossModule = ReferenceRules.ModuleImplementationsReferencingEachOther([module]);

        Assert.StartsWith("Tilda.Modules.Fake → Tilda.Modules.Cases: not allowed", Assert.Single(notInGraph), StringComparison.Ordinal);
        Assert.StartsWith("Tilda.Modules.Fake → Tilda.Modules.Cases: a module must not", Assert.Single(crossModule), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_indicator_assembly_referencing_shared_When_checked_Then_the_graph_rejects_it()
    {
        var indicators = new FakeAssembly("Tilda.Statistics.Indicators").References("Tilda.Statistics.Sdk").References("Tilda.Shared").Build();

        var notInGraph = ReferenceRules.ReferencesNotInGraph([indicators], ModuleGraph.Declared);

        Assert.StartsWith("Tilda.Statistics.Indicators → Tilda.Shared: not allowed", Assert.Single(notInGraph), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_module_referencing_shared_and_contracts_When_checked_Then_no_rule_objects()
    {
        var module = new FakeAssembly("Tilda.Modules.Fake")
            .References("Tilda.Shared").References("Tilda.Modules.Fake.Contracts").References("Tilda.Modules.Cases.Contracts").Build();
        var contracts = new FakeAssembly("Tilda.Modules.Fake.Contracts").References("Tilda.Shared").Build();

        Violations.AssertNone([
            .. ReferenceRules.UndeclaredAssemblies([module, contracts], GraphWithFakeModule),
            .. ReferenceRules.ReferencesNotInGraph([module, contracts], GraphWithFakeModule),
            .. ReferenceRules.ContractsReferencingBeyondShared([module, contracts]),
            .. ReferenceRules.ModuleImplementationsReferencingEachOther([module, contracts]),
        ]);
    }
}
