using System.Text.RegularExpressions;

namespace Tilda.ArchitectureTests;

/// <summary>An edge from one Tilda assembly to another, actual or declared.</summary>
public readonly record struct Reference(string From, string To)
{
    public override string ToString() => $"{From} → {To}";
}

/// <summary>
/// The module graph as data: for every Tilda assembly, the Tilda assemblies it may reference.
/// A target is an assembly name or a pattern in which <c>*</c> stands for one or more characters.
/// A new assembly or a new kind of edge is a change to this table, reviewed like any other.
/// Planned assemblies are declared already; an entry without an assembly is simply not checked.
/// </summary>
public static class ModuleGraph
{
    public const string Kernel = "Tilda.Shared";
    public const string BuildingBlocks = "Tilda.BuildingBlocks";
    public const string StatisticsSdk = "Tilda.Statistics.Sdk";
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
            // Cases is upstream of everyone: it asks Decisions nothing it could not be told through its own port.
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
            ["Tilda.Host"] = ["Tilda.*"],
        };

    /// <summary>Whether <paramref name="graph"/> lets <paramref name="from"/> reference <paramref name="to"/>.</summary>
    public static bool Allows(IReadOnlyDictionary<string, IReadOnlyList<string>> graph, string from, string to) =>
        from != to && graph.TryGetValue(from, out var targets) && targets.Any(target => Matches(target, to));

    /// <summary>The declared edges, patterns expanded against the assemblies the table names.</summary>
    public static IReadOnlyList<Reference> Edges(IReadOnlyDictionary<string, IReadOnlyList<string>> graph) =>
        [.. from source in graph.Keys.Order(StringComparer.Ordinal)
            from target in graph.Keys.Order(StringComparer.Ordinal)
            where Allows(graph, source, target)
            select new Reference(source, target)];

    /// <summary>Exact targets that name no assembly of the table (a typo would silently allow nothing).</summary>
    public static IReadOnlyList<string> UnknownTargets(IReadOnlyDictionary<string, IReadOnlyList<string>> graph) =>
        [.. from entry in graph
            from target in entry.Value
            where !target.Contains('*', StringComparison.Ordinal) && !graph.ContainsKey(target)
            select $"{entry.Key} may reference {target}, which the module graph does not declare"];

    /// <summary>Every cycle of the declared graph, as "A → B → A".</summary>
    public static IReadOnlyList<string> Cycles(IReadOnlyDictionary<string, IReadOnlyList<string>> graph)
    {
        var next = Edges(graph).ToLookup(edge => edge.From, edge => edge.To);
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
            foreach (var target in next[node]) Visit(target);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal)) Visit(node);
        return cycles;
    }

    private static bool Matches(string target, string assemblyName) =>
        target.Contains('*', StringComparison.Ordinal)
            ? Regex.IsMatch(assemblyName, "^" + Regex.Escape(target).Replace(@"\*", ".+", StringComparison.Ordinal) + "$")
            : string.Equals(target, assemblyName, StringComparison.Ordinal);
}
