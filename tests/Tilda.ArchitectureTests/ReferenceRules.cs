using Mono.Cecil;

namespace Tilda.ArchitectureTests;

/// <summary>Rules on which Tilda assembly references which, read from the metadata's assembly references.</summary>
public static class ReferenceRules
{
    /// <summary>The actual references between Tilda assemblies.</summary>
    public static IReadOnlyList<Reference> TildaReferences(IEnumerable<AssemblyDefinition> assemblies) =>
        [.. (from assembly in assemblies
             from module in assembly.Modules
             from reference in module.AssemblyReferences
             where TildaNames.IsTilda(reference.Name)
             select new Reference(assembly.Name.Name, reference.Name)).Distinct()];

    /// <summary>Every Tilda assembly must have an entry in the graph, so a new one is a reviewed decision.</summary>
    public static IReadOnlyList<string> UndeclaredAssemblies(
        IEnumerable<AssemblyDefinition> assemblies, IReadOnlyDictionary<string, IReadOnlyList<string>> graph) =>
        [.. from assembly in assemblies
            where !graph.ContainsKey(assembly.Name.Name)
            select $"{assembly.Name.Name} is not declared in ModuleGraph: add it with the assemblies it may reference"];

    /// <summary>Each reference of a declared assembly must be one the graph allows.</summary>
    public static IReadOnlyList<string> ReferencesNotInGraph(
        IEnumerable<AssemblyDefinition> assemblies, IReadOnlyDictionary<string, IReadOnlyList<string>> graph) =>
        [.. from reference in TildaReferences(assemblies)
            where graph.ContainsKey(reference.From) && !ModuleGraph.Allows(graph, reference.From, reference.To)
            select $"{reference}: not allowed by ModuleGraph ({reference.From} may reference: {Describe(graph[reference.From])})"];

    /// <summary>A Contracts assembly references Tilda.Shared and no other Tilda assembly.</summary>
    public static IReadOnlyList<string> ContractsReferencingBeyondShared(IEnumerable<AssemblyDefinition> assemblies) =>
        ContractsReferencingBeyondShared(TildaReferences(assemblies));

    public static IReadOnlyList<string> ContractsReferencingBeyondShared(IEnumerable<Reference> references) =>
        [.. from reference in references
            where TildaNames.IsContracts(reference.From) && reference.To != ModuleGraph.Shared
            select $"{reference}: a Contracts assembly may reference only {ModuleGraph.Shared}"];

    /// <summary>No module implementation references another module's implementation; modules talk through Contracts.</summary>
    public static IReadOnlyList<string> ModuleImplementationsReferencingEachOther(IEnumerable<AssemblyDefinition> assemblies) =>
        ModuleImplementationsReferencingEachOther(TildaReferences(assemblies));

    public static IReadOnlyList<string> ModuleImplementationsReferencingEachOther(IEnumerable<Reference> references) =>
        [.. from reference in references
            where TildaNames.IsModuleImplementation(reference.From) && TildaNames.IsModuleImplementation(reference.To)
                && TildaNames.ModuleOf(reference.From) != TildaNames.ModuleOf(reference.To)
            select $"{reference}: a module must not reference another module's implementation; use {reference.To}.Contracts"];

    private static string Describe(IReadOnlyList<string> targets) => targets.Count == 0 ? "nothing" : string.Join(", ", targets);
}
