using System.Text.RegularExpressions;

namespace Tilda.ArchitectureTests;

/// <summary>
/// The module graph as data: for every Tilda assembly, the Tilda assemblies it may reference.
/// A target is an assembly name or a pattern in which <c>*</c> stands for one or more characters.
/// A new assembly or a new kind of edge is a change to this table, reviewed like any other.
/// Planned assemblies are declared already; an entry without an assembly is simply not checked.
/// </summary>
public static class ModuleGraph
{
    public const string Shared = "Tilda.Shared";
    public const string StatisticsSdk = "Tilda.Statistics.Sdk";
    public const string AnyContracts = "Tilda.Modules.*.Contracts";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Declared { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            // The leaves: the shared kernel and the plugin SDK reference no Tilda assembly.
            [Shared] = [],
            [StatisticsSdk] = [],

            // Contracts reference only the shared kernel.
            ["Tilda.Modules.Cases.Contracts"] = [Shared],
            ["Tilda.Modules.Decisions.Contracts"] = [Shared],
            ["Tilda.Modules.ServiceNeeds.Contracts"] = [Shared],
            ["Tilda.Modules.ReflectionPeriods.Contracts"] = [Shared],
            ["Tilda.Modules.CriminalProcess.Contracts"] = [Shared],

            // A module sees the shared kernel and Contracts (its own, and other modules' events and facades),
            // never another module's implementation.
            ["Tilda.Modules.Cases"] = [Shared, AnyContracts],
            ["Tilda.Modules.Decisions"] = [Shared, AnyContracts],
            ["Tilda.Modules.ServiceNeeds"] = [Shared, AnyContracts],
            ["Tilda.Modules.ReflectionPeriods"] = [Shared, AnyContracts],
            ["Tilda.Modules.CriminalProcess"] = [Shared, AnyContracts],
            ["Tilda.Modules.Statistics"] = [Shared, StatisticsSdk, AnyContracts],
            // Audit is told which cases a request touched through the shared kernel; it needs no one's Contracts.
            ["Tilda.Modules.Audit"] = [Shared],

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
