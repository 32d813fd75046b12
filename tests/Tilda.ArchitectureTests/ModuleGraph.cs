using System.Text.RegularExpressions;

namespace Tilda.ArchitectureTests;

/// <summary>An edge from one Tilda assembly to another, actual or declared.</summary>
internal readonly record struct Reference(string From, string To)
{
    public override string ToString() => $"{From} → {To}";
}

/// <summary>
/// The module graph as data: for every Tilda assembly, the Tilda assemblies it may reference. A target is an assembly
/// name; only the host, which composes everything, has a pattern (<c>*</c> stands for one or more characters).
/// A new assembly or a new edge is a change to this table, reviewed like any other: the tests require every actual
/// reference to be declared here and every declared edge to be an actual reference.
/// </summary>
internal static class ModuleGraph
{
    public const string Kernel = "Tilda.Shared";
    public const string BuildingBlocks = "Tilda.BuildingBlocks";
    public const string StatisticsSdk = "Tilda.Statistics.Sdk";
    public const string Host = "Tilda.Host";
    public const string Audit = "Tilda.Modules.Audit.Contracts";
    public const string Cases = "Tilda.Modules.Cases.Contracts";
    public const string Decisions = "Tilda.Modules.Decisions.Contracts";
    public const string ServiceNeeds = "Tilda.Modules.ServiceNeeds.Contracts";
    public const string ReflectionPeriods = "Tilda.Modules.ReflectionPeriods.Contracts";
    public const string CriminalProcess = "Tilda.Modules.CriminalProcess.Contracts";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Declared { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            // The leaves: the shared kernel and the plugin SDK reference no Tilda assembly.
            [Kernel] = [],
            [StatisticsSdk] = [],
            [BuildingBlocks] = [Kernel],

            // Contracts reference only the shared kernel.
            [Audit] = [Kernel],
            [Cases] = [Kernel],
            [Decisions] = [Kernel],
            [ServiceNeeds] = [Kernel],
            [ReflectionPeriods] = [Kernel],
            [CriminalProcess] = [Kernel],

            // Each module: its own Contracts, the building blocks, and the Contracts of the modules it really uses.
            // Cases is upstream of every casework module: what Decisions decided reaches it through a port Cases
            // declares in its own Contracts (IApplicationDecisions), so Cases never sees Decisions.
            ["Tilda.Modules.Audit"] = [Kernel, BuildingBlocks, Audit],
            ["Tilda.Modules.Cases"] = [Kernel, BuildingBlocks, Cases, Audit],
            ["Tilda.Modules.Decisions"] = [Kernel, BuildingBlocks, Decisions, Cases, Audit],
            ["Tilda.Modules.ServiceNeeds"] = [Kernel, BuildingBlocks, ServiceNeeds, Cases, Decisions, Audit],
            ["Tilda.Modules.ReflectionPeriods"] = [Kernel, BuildingBlocks, ReflectionPeriods, Cases, Decisions, Audit],
            ["Tilda.Modules.CriminalProcess"] = [Kernel, BuildingBlocks, CriminalProcess, Cases, Audit],
            // Statistics reads every module's events, and nothing else of theirs.
            ["Tilda.Modules.Statistics"] = [Kernel, BuildingBlocks, StatisticsSdk, Cases, Decisions, ServiceNeeds, ReflectionPeriods, CriminalProcess],

            // Indicators are written as a third-party plugin would be: the SDK only.
            ["Tilda.Statistics.Indicators"] = [StatisticsSdk],

            // The composition root may reference anything.
            [Host] = ["Tilda.*"],
        };

    /// <summary>Whether <paramref name="graph"/> lets <paramref name="from"/> reference <paramref name="to"/>.</summary>
    public static bool Allows(IReadOnlyDictionary<string, IReadOnlyList<string>> graph, string from, string to) =>
        from != to && graph.TryGetValue(from, out var targets) && targets.Any(target => Matches(target, to));

    /// <summary>The declared edges, patterns expanded against every assembly the table names.</summary>
    public static IReadOnlyList<Reference> Edges(IReadOnlyDictionary<string, IReadOnlyList<string>> graph)
    {
        var nodes = graph.Keys.Concat(graph.Values.SelectMany(targets => targets).Where(IsExact)).Distinct().Order(StringComparer.Ordinal).ToList();
        return [.. from source in graph.Keys.Order(StringComparer.Ordinal)
                   from target in nodes
                   where Allows(graph, source, target)
                   select new Reference(source, target)];
    }

    /// <summary>The declared edges without a pattern (those a reference must exist for).</summary>
    public static IReadOnlyList<Reference> ExactEdges(IReadOnlyDictionary<string, IReadOnlyList<string>> graph) =>
        [.. from entry in graph
            from target in entry.Value.Where(IsExact)
            select new Reference(entry.Key, target)];

    /// <summary>
    /// The edges between modules: each Contracts assembly folded into its module (Cases.Contracts into Cases), edges
    /// within one module dropped. Two modules that each reference the other's Contracts form a cycle only here.
    /// </summary>
    public static IReadOnlyList<Reference> Folded(IEnumerable<Reference> edges) =>
        [.. edges.Select(edge => new Reference(AssemblyKinds.ModuleOf(edge.From), AssemblyKinds.ModuleOf(edge.To)))
            .Where(edge => edge.From != edge.To)
            .Distinct()];

    /// <summary>Every cycle of a graph, as "A → B → A", each found from the first of its nodes in name order.</summary>
    public static IReadOnlyList<string> Cycles(IEnumerable<Reference> edges)
    {
        var next = edges.ToLookup(edge => edge.From, edge => edge.To);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var cycles = new List<string>();

        void Visit(string node)
        {
            var onPath = path.IndexOf(node);
            if (onPath >= 0)
            {
                cycles.Add(string.Join(" → ", path.Skip(onPath).Append(node)));
                return;
            }
            if (!done.Add(node)) return;
            path.Add(node);
            foreach (var target in next[node].Order(StringComparer.Ordinal)) Visit(target);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var node in next.Select(group => group.Key).Order(StringComparer.Ordinal)) Visit(node);
        return cycles;
    }

    private static bool IsExact(string target) => !target.Contains('*', StringComparison.Ordinal);

    private static bool Matches(string target, string assemblyName) =>
        IsExact(target)
            ? string.Equals(target, assemblyName, StringComparison.Ordinal)
            : Regex.IsMatch(assemblyName, "^" + Regex.Escape(target).Replace(@"\*", ".+", StringComparison.Ordinal) + "$");
}
