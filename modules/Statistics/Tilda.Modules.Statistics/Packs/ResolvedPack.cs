using Tilda.Modules.Statistics.Engine;

namespace Tilda.Modules.Statistics.Packs;

/// <summary>A stored pack version with everything its tables name looked up: a release's scope.</summary>
internal sealed record ResolvedPack(string Id, int Version, PackDefinition Definition, IReadOnlyList<ResolvedTable> Tables)
{
    /// <summary>How a release names the pack it released: <c>id@version</c>.</summary>
    public string Ref => $"{Id}@{Version}";
}

/// <summary>A pack table: its indicator and, per requester dimension, where its codes come from.</summary>
internal sealed record ResolvedTable(PackTableDefinition Definition, IndicatorEntry Entry, IReadOnlyList<ResolvedDimension> Dimensions)
{
    public string Id => Definition.Id!;

    /// <summary>The indicator's own table, unchanged: same id, same dimensions in the same order, no mapping. Published under
    /// the indicator's id, so the annual report and <c>GET /api/statistics/indicators/{id}</c> find it.</summary>
    public bool IsIndicatorTable =>
        Id == Entry.Info.Id && Dimensions.Count == Entry.Info.Dimensions.Count
        && Dimensions.Select((d, i) => d.Mapping is null && d.From is [var f] && f == i && d.Name == Entry.Info.Dimensions[i]).All(x => x);
}

/// <summary>A requester dimension: its name, the positions of the indicator dimensions it comes from, its mapping (none:
/// the codes are kept), the mapping that ranks several codes when the mapping says so, its total code, and whether it
/// carries a sensitive attribute (any dimension it comes from does).</summary>
internal sealed record ResolvedDimension(string Name, IReadOnlyList<int> From, CodeMapping? Mapping, CodeMapping? RankBy, string Total, bool Sensitive);
