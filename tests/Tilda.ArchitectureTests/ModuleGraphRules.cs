using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using Graph = System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IReadOnlyList<string>>;

namespace Tilda.ArchitectureTests;

/// <summary>The module graph (<see cref="ModuleGraph"/>) against the references the compiler wrote into each assembly.</summary>
public sealed class ModuleGraphRules
{
    /// <summary>Every reference from an assembly of the scope to a Tilda assembly is an edge the graph declares.</summary>
    internal static IArchRule ReferencesAreDeclared(Scope scope, Graph graph) => Rule.Of(
        $"every reference from {scope} to a Tilda assembly is declared in ModuleGraph",
        architecture =>
            from reference in TildaReferences(architecture, scope)
            select new Check(reference.ToString(), ModuleGraph.Allows(graph, reference.From, reference.To) ? null
                : graph.TryGetValue(reference.From, out var targets)
                    ? $"is not declared in ModuleGraph ({reference.From} may reference {(targets.Count == 0 ? "no Tilda assembly" : string.Join(", ", targets))})"
                    : $"is not declared in ModuleGraph, which has no entry for {reference.From}"));

    /// <summary>
    /// Every assembly the graph declares, and every target it names, exists — a typo would silently allow nothing, or
    /// the wrong thing. And every edge from one module to another is an actual reference: a dependency between modules
    /// is declared where it is real, so a stale one cannot quietly allow a reference nobody reviewed. Edges to the kernel,
    /// the building blocks, the SDK or a module's own Contracts are permissions and need not be used.
    /// </summary>
    internal static IArchRule DeclaredEdgesExist(Graph graph, Scope scope) => Rule.Of(
        $"every assembly ModuleGraph names exists among {scope}, and every edge it declares between modules is real",
        architecture =>
        {
            var actual = TildaReferences(architecture, scope).ToHashSet();
            return
            [
                .. from assembly in graph.Keys
                   select new Check(assembly, scope.Contains(assembly) ? null : "is declared in ModuleGraph, but there is no such assembly"),
                .. from edge in ModuleGraph.ExactEdges(graph)
                   select new Check(edge.ToString(),
                       !scope.Contains(edge.To) ? $"is declared in ModuleGraph, but there is no assembly {edge.To}"
                       : IsBetweenModules(edge) && !actual.Contains(edge) ? "is declared in ModuleGraph, but there is no such reference"
                       : null),
            ];
        });

    private static bool IsBetweenModules(Reference edge) =>
        AssemblyKinds.KindOf(edge.From) is AssemblyKind.Module or AssemblyKind.Contracts
        && AssemblyKinds.KindOf(edge.To) is AssemblyKind.Module or AssemblyKind.Contracts
        && AssemblyKinds.ModuleOf(edge.From) != AssemblyKinds.ModuleOf(edge.To);

    /// <summary>
    /// The graph has no cycle: between assemblies, or — <paramref name="folded"/> — between modules, each Contracts
    /// assembly folded into its module, where two modules that each call the other's Contracts meet.
    /// </summary>
    internal static IArchRule Acyclic(string graphName, Func<Architecture, IEnumerable<Reference>> edges, bool folded) => Rule.Of(
        folded ? $"the modules of {graphName}, each Contracts folded into its module, form no cycle" : $"{graphName} has no cycle",
        architecture =>
        {
            var graph = folded ? ModuleGraph.Folded(edges(architecture)) : [.. edges(architecture)];
            var cycles = ModuleGraph.Cycles(graph);
            return
            [
                .. cycles.Select(cycle => new Check(cycle, "is a cycle")),
                .. from node in graph.Select(edge => edge.From).Distinct()
                   where !cycles.Any(cycle => cycle.StartsWith(node + " → ", StringComparison.Ordinal))
                   select new Check(node, null),
            ];
        });

    private static IEnumerable<Reference> TildaReferences(Architecture architecture, Scope scope) =>
        (from assembly in architecture.Assemblies
         where scope.Contains(assembly.Name)
         from reference in assembly.ReferencedAssemblyNames
         where AssemblyKinds.IsTilda(reference)
         select new Reference(assembly.Name, reference)).Distinct();

    private static readonly Scope PingAndPong = TildaAssemblies.Fixture(
        "Tilda.Modules.Ping", "Tilda.Modules.Ping.Contracts", "Tilda.Modules.Pong", "Tilda.Modules.Pong.Contracts");

    private static Graph With(Graph graph, params (string Assembly, IReadOnlyList<string> Targets)[] entries)
    {
        var extended = new Dictionary<string, IReadOnlyList<string>>(graph, StringComparer.Ordinal);
        foreach (var (assembly, targets) in entries) extended[assembly] = targets;
        return extended;
    }

    [Fact]
    public void Given_the_real_assemblies_When_their_references_are_read_Then_the_module_graph_declares_each()
    {
        Rule.AssertHolds(ReferencesAreDeclared(TildaAssemblies.Real, ModuleGraph.Declared));
    }

    [Fact]
    public void Given_modules_declared_to_see_only_their_own_contracts_When_they_reference_each_other_s_Then_those_references_are_rejected()
    {
        var graph = With(ModuleGraph.Declared,
            ("Tilda.Modules.Ping", ["Tilda.Modules.Ping.Contracts"]), ("Tilda.Modules.Ping.Contracts", []),
            ("Tilda.Modules.Pong", ["Tilda.Modules.Pong.Contracts"]), ("Tilda.Modules.Pong.Contracts", []));

        Rule.AssertRejects(ReferencesAreDeclared(PingAndPong, graph),
            "Tilda.Modules.Ping → Tilda.Modules.Pong.Contracts", "Tilda.Modules.Pong → Tilda.Modules.Ping.Contracts");
    }

    [Fact]
    public void Given_the_module_graph_When_compared_with_the_real_assemblies_Then_each_named_assembly_and_each_edge_between_modules_exists()
    {
        Rule.AssertHolds(DeclaredEdgesExist(ModuleGraph.Declared, TildaAssemblies.Real));
    }

    // The graph is data, so its known-bad fixture is data too: a typo, a stale edge and a planned assembly.
    [Fact]
    public void Given_a_graph_with_a_misspelt_target_a_stale_edge_and_a_planned_assembly_When_compared_Then_each_is_rejected()
    {
        var graph = With(ModuleGraph.Declared,
            ("Tilda.Modules.CriminalProcess", [ModuleGraph.Kernel, ModuleGraph.BuildingBlocks, ModuleGraph.CriminalProcess, ModuleGraph.Cases, ModuleGraph.Audit, "Tilda.Sahred", ModuleGraph.Decisions]),
            ("Tilda.Modules.Interpreters", [ModuleGraph.Kernel]));

        Rule.AssertRejects(DeclaredEdgesExist(graph, TildaAssemblies.Real),
            "Tilda.Modules.CriminalProcess → Tilda.Sahred",
            "Tilda.Modules.CriminalProcess → Tilda.Modules.Decisions.Contracts",
            "Tilda.Modules.Interpreters");
    }

    [Fact]
    public void Given_the_module_graph_When_walked_between_assemblies_and_between_modules_Then_it_has_no_cycle()
    {
        Rule.AssertHolds(Acyclic("ModuleGraph", _ => ModuleGraph.Edges(ModuleGraph.Declared), folded: false));
        Rule.AssertHolds(Acyclic("ModuleGraph", _ => ModuleGraph.Edges(ModuleGraph.Declared), folded: true));
    }

    [Fact]
    public void Given_two_modules_calling_each_other_through_their_contracts_When_folded_into_modules_Then_the_cycle_is_rejected()
    {
        IEnumerable<Reference> References(Architecture architecture) => TildaReferences(architecture, PingAndPong);

        Rule.AssertHolds(Acyclic("the references of Ping and Pong", References, folded: false));
        Rule.AssertRejects(Acyclic("the references of Ping and Pong", References, folded: true),
            "Tilda.Modules.Ping → Tilda.Modules.Pong → Tilda.Modules.Ping");
    }
}
