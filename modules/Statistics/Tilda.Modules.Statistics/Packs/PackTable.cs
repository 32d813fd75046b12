using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Releases;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Packs;

/// <summary>
/// Turns an indicator's computed table into a requester's, before disclosure control, so that what is protected — alone
/// and together with the ledger — is exactly what the requester receives. Each cell's key is re-written into the
/// requester's codes (many Tilda codes may become one), and the persons of cells that fall together are merged: in a table
/// of persons a person counts once in the merged cell (their largest count), in a table of events their counts add up.
/// Every combination of the requester's codes in use on the reference date (the period's last day) is a cell, a known zero
/// included; the total is the indicator's.
/// </summary>
internal static class PackTable
{
    /// <summary>Beyond this many combinations only the non-empty cells are listed.</summary>
    private const int MaxGrid = 5000;

    public static ComputedTable Map(ComputedTable table, ResolvedPack pack, ResolvedTable packTable, string reportingCountry)
    {
        if (packTable.IsIndicatorTable) return table;
        var on = table.Snapshot.To;
        var dimensions = packTable.Dimensions;
        var persons = table.Info.CountsPersons;
        var merged = new Dictionary<IReadOnlyList<string>, Dictionary<long, long>>(TableEngine.KeyComparer.Instance);
        if (dimensions.Count > 0)
        {
            foreach (var cell in table.Cells)
            {
                var key = dimensions.Select(d => Code(d, cell.Key, on, reportingCountry, pack, packTable)).ToList();
                if (!merged.TryGetValue(key, out var contributions)) merged[key] = contributions = [];
                foreach (var (subject, count) in cell.Contributions)
                    contributions[subject] = persons ? Math.Max(contributions.GetValueOrDefault(subject), count) : contributions.GetValueOrDefault(subject) + count;
            }
        }
        var info = table.Info with
        {
            Id = $"{pack.Id}/{packTable.Id}",
            Title = packTable.Definition.Title ?? table.Info.Title,
            Dimensions = [.. dimensions.Select(d => d.Name)],
            Requesters = [pack.Definition.Requester!],
        };
        var requester = new RequesterTableView(pack.Ref, pack.Definition.Requester!, packTable.Id, table.Info.Id, table.Entry.Version,
            packTable.Definition.Structure, dimensions.ToDictionary(d => d.Name, d => d.Total));
        var indicator = new PackTableIndicator(info, dimensions.Where(d => d.Sensitive).Select(d => d.Name).ToHashSet(StringComparer.Ordinal), requester);
        var entry = new IndicatorEntry(indicator, $"pack:{pack.Ref}", $"pack:{pack.Ref} {table.Entry.Version}");
        return new ComputedTable(entry, table.Snapshot, Cells(dimensions, merged, on), table.Total);
    }

    /// <summary>Every combination of the requester's codes (the kept codes that occur, for a dimension without a mapping), in
    /// the requester's order; the non-empty ones alone when there would be too many.</summary>
    private static List<ComputedCell> Cells(IReadOnlyList<ResolvedDimension> dimensions, Dictionary<IReadOnlyList<string>, Dictionary<long, long>> merged, DateOnly on)
    {
        if (dimensions.Count == 0) return [];
        var codes = dimensions.Select((d, i) => d.Mapping is { } mapping
            ? mapping.CodesOn(on)
            : (IReadOnlyList<string>)[.. merged.Keys.Select(k => k[i]).Distinct().Order(StringComparer.Ordinal)]).ToList();
        var grid = codes.Aggregate(1L, (n, c) => n * Math.Max(c.Count, 1));
        var keys = grid <= MaxGrid
            ? CodeMapping.Tuples(codes).Concat(merged.Keys).Distinct(TableEngine.KeyComparer.Instance).ToList()
            : [.. merged.Keys.OrderBy(k => k, TableEngine.KeyComparer.Instance)];
        return [.. keys.Select(k => new ComputedCell(k, merged.TryGetValue(k, out var c) ? c : new Dictionary<long, long>()))];
    }

    /// <summary>A cell's code in one requester dimension. A person with several codes in a list dimension (citizenships) is
    /// put under one, by the mapping's rule.</summary>
    private static string Code(ResolvedDimension dimension, IReadOnlyList<string> key, DateOnly on, string reportingCountry, ResolvedPack pack, ResolvedTable table)
    {
        var values = dimension.From.Select(i => key[i]).ToList();
        if (values is [var listed] && listed.Contains(',', StringComparison.Ordinal)) values = [Choose(dimension, listed.Split(','), on, reportingCountry)];
        if (dimension.Mapping is not { } mapping) return values[0];
        return mapping.Map(values, on, reportingCountry)
            ?? throw new ConflictException($"Pack {pack.Ref}, table {table.Id}: the code mapping {mapping.Ref} maps no code to " +
                $"{string.Join(", ", mapping.From.Select((d, i) => $"{d} '{values[i]}'"))} on {on:yyyy-MM-dd}. Save a mapping that does, and a pack version that uses it.");
    }

    /// <summary>The code ranked first (by the requester code it maps to, in the rule's order), the first listed among equals.</summary>
    private static string Choose(ResolvedDimension dimension, IReadOnlyList<string> codes, DateOnly on, string reportingCountry)
    {
        if (dimension.Mapping is not { Several: { } rule } mapping) return codes[0];
        int Rank(string code)
        {
            var (order, ranking) = rule.Order is { Count: > 0 } given ? (given, mapping)
                : dimension.RankBy is { } by ? (by.Several?.Order ?? by.Codes, by) : (mapping.Codes, mapping);
            var index = ranking.Map([code], on, reportingCountry) is { } target ? order.ToList().IndexOf(target) : -1;
            return index < 0 ? int.MaxValue : index;
        }
        return codes.Select((c, i) => (Code: c, Rank: Rank(c), Listed: i)).OrderBy(c => c.Rank).ThenBy(c => c.Listed).First().Code;
    }
}
