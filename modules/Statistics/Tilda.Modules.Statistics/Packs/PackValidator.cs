using System.Text.RegularExpressions;
using Tilda.Modules.Statistics.Definitions;
using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Facts;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Packs;

/// <summary>
/// Checks packs and code mappings before they are stored: against the indicators, the fact store's dimensions and codes,
/// and the stored mappings. Above all, a pack's mapping must map every Tilda code of the dimension it maps, on every day
/// the mapping covers — or the pack is refused naming the code.
/// </summary>
internal sealed partial class PackValidator(IndicatorCatalog indicators, FactCatalogue facts)
{
    public const int MaxTables = 50;
    public const int MaxDimensions = 4;
    private const int MaxEntries = 2000;
    /// <summary>Combinations of codes a mapping of several dimensions may have to map.</summary>
    private const int MaxCombinations = 10_000;
    private const int MaxErrorsPerField = 10;

    private sealed class Errors : Dictionary<string, string[]>
    {
        public void Add(string field, string message)
        {
            var existing = this.GetValueOrDefault(field, []);
            if (existing.Length < MaxErrorsPerField) this[field] = [.. existing, message];
        }
    }

    /// <summary>The codes a dimension of the fact store takes (derived ones included); null when it has no list of codes.</summary>
    public IReadOnlyList<string>? CodesOf(string dimension) =>
        FactCatalogue.Stored.Concat(FactCatalogue.Derived).FirstOrDefault(d => d.Name == dimension) is { } d ? facts.Codes(d) : null;

    public IReadOnlyDictionary<string, string[]> Mapping(CodeMappingDefinition m, Func<string, CodeMapping?> stored)
    {
        var errors = new Errors();
        if (!TextRules.IsId(m.Id)) errors.Add("id", "Lower-case words of letters and digits separated by dots or dashes, at most 100 characters.");
        if (m.Description is { } description && !TextRules.IsText(description, 500)) errors.Add("description", "At most 500 printable characters.");
        var from = m.From ?? [];
        if (from.Count is < 1 or > 3 || from.Distinct().Count() != from.Count)
            errors.Add("from", "One to three different dimensions of the fact store (GET /api/statistics/facts).");
        var codesOf = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var dimension in from.Distinct())
        {
            if (CodesOf(dimension) is { } codes) codesOf[dimension] = codes;
            else errors.Add("from", $"'{dimension}' is not a dimension of the fact store with a list of codes.");
        }
        if (codesOf.Values.Aggregate(1L, (n, c) => n * Math.Max(c.Count, 1)) > MaxCombinations)
            errors.Add("from", $"The dimensions have more than {MaxCombinations} combinations of codes to map.");
        var targets = m.Codes ?? [];
        if (targets.Count is < 1 or > 500 || targets.Distinct().Count() != targets.Count || targets.Any(c => c is null || !IsRequesterCode(c)))
            errors.Add("codes", "One to 500 different requester codes (letters, digits, spaces and _ - . @ $; at most 60 characters).");
        if (m.ReportingCountry is { } reporting)
        {
            if (!targets.Contains(reporting)) errors.Add("reportingCountry", $"'{reporting}' is not one of the mapping's codes.");
            if (from is not ["citizenship" or "citizenships"]) errors.Add("reportingCountry", "Only a mapping of citizenship has a code for the reporting country.");
        }
        if (m.Several is { } several)
        {
            if (from.Count != 1) errors.Add("several", "Only a mapping of one dimension chooses among several codes.");
            if (several.Order is { } order && several.RankBy is not null) errors.Add("several", "Give either an order or a mapping to rank by, not both.");
            if (several.Order is { } o && o.Any(c => !targets.Contains(c))) errors.Add("several.order", "List codes of the mapping.");
            if (several.RankBy is { } rankBy && (stored(rankBy) is not { From.Count: 1 }))
                errors.Add("several.rankBy", $"'{rankBy}' is not a stored code mapping of one dimension (id@version).");
        }
        var entries = m.Entries ?? [];
        if (entries.Count is < 1 or > MaxEntries) errors.Add("entries", $"One to {MaxEntries} entries.");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var field = $"entries[{i}]";
            if (entry.When is null || !entry.When.Keys.Order(StringComparer.Ordinal).SequenceEqual(from.Order(StringComparer.Ordinal)))
            {
                errors.Add($"{field}.when", $"Codes for each of: {string.Join(", ", from)}.");
                continue;
            }
            foreach (var (dimension, codes) in entry.When)
            {
                if (codes is null || codes.Count == 0) errors.Add($"{field}.when.{dimension}", "List at least one code.");
                else if (codesOf.TryGetValue(dimension, out var known) && codes.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
                    errors.Add($"{field}.when.{dimension}", $"'{unknown}' is not a Tilda code of {dimension}.");
            }
            if (entry.To is null || !targets.Contains(entry.To)) errors.Add($"{field}.to", "One of the mapping's codes.");
            if (entry.ValidFrom is { } f && entry.ValidTo is { } t && t < f) errors.Add(field, "It is valid to a day before it is valid from.");
        }
        // A mapping may leave codes unmapped (it may be meant for a table that never has them); a pack that would use it for
        // a dimension that has them is refused. Two entries for one code on one day are refused here.
        if (errors.Count == 0)
            foreach (var gap in Gaps(new CodeMapping(m.Id!, 0, m), [.. from.Select(d => codesOf[d])], twiceOnly: true))
                errors.Add("entries", gap);
        return errors;
    }

    public async Task<IReadOnlyDictionary<string, string[]>> PackAsync(PackDefinition p, Func<string, Task<CodeMapping?>> stored, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        if (!TextRules.IsId(p.Id)) errors.Add("id", "Lower-case words of letters and digits separated by dots or dashes, at most 100 characters.");
        if (!TextRules.IsText(p.Requester, 100)) errors.Add("requester", "Required, at most 100 printable characters.");
        if (p.Title is null || new[] { p.Title.Fi, p.Title.Sv, p.Title.En }.Any(t => !TextRules.IsText(t, 200)))
            errors.Add("title", "Finnish, Swedish and English titles (fi, sv, en), each at most 200 printable characters.");
        if (p.PeriodKind is null || !PeriodKind.All.Contains(p.PeriodKind)) errors.Add("periodKind", $"One of: {string.Join(", ", PeriodKind.All)}.");
        var notes = p.Notes ?? [];
        if (notes.Count > 100) errors.Add("notes", "At most 100 notes.");
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i]?.Kind is not { } kind || !PackNote.Kinds.Contains(kind)) errors.Add($"notes[{i}].kind", $"One of: {string.Join(", ", PackNote.Kinds)}.");
            if (!TextRules.IsText(notes[i]?.Text, 2000)) errors.Add($"notes[{i}].text", "Required, at most 2000 printable characters.");
            if (notes[i]?.Topic is { } topic && !TextRules.IsText(topic, 200)) errors.Add($"notes[{i}].topic", "At most 200 printable characters.");
        }
        var tables = p.Tables ?? [];
        if (tables.Count is < 1 or > MaxTables) errors.Add("tables", $"One to {MaxTables} tables.");
        if (tables.Select(t => t?.Id).Distinct().Count() != tables.Count) errors.Add("tables", "Each table id once.");
        for (var i = 0; i < tables.Count; i++) await TableAsync(p.Id, tables[i], $"tables[{i}]", errors, stored, cancellationToken);
        return errors;
    }

    private async Task TableAsync(string? packId, PackTableDefinition? table, string field, Errors errors, Func<string, Task<CodeMapping?>> stored, CancellationToken cancellationToken)
    {
        if (table is null) { errors.Add(field, "A table may not be null."); return; }
        if (table.Id is null || !TableId().IsMatch(table.Id)) errors.Add($"{field}.id", "Letters, digits and _ . - (at most 100), starting with a letter or digit.");
        // A requester's table is published as pack/table; an indicator's own table (its id, its dimensions) under its id.
        else if ((table.Id != table.Indicator || table.Dimensions is not null) && packId is not null && packId.Length + 1 + table.Id.Length > 100)
            errors.Add($"{field}.id", $"The pack's id and the table's, as {packId}/{table.Id}, make more than 100 characters.");
        if (table.Title is { } title && new[] { title.Fi, title.Sv, title.En }.Any(t => !TextRules.IsText(t, 200)))
            errors.Add($"{field}.title", "Finnish, Swedish and English titles (fi, sv, en), each at most 200 printable characters.");
        if (table.Structure is { } structure && !Structure().IsMatch(structure)) errors.Add($"{field}.structure", "An SDMX structure reference AGENCY:ID(VERSION).");
        var entry = table.Indicator is null ? null : await indicators.FindAsync(table.Indicator, cancellationToken);
        if (entry is null) { errors.Add($"{field}.indicator", $"Unknown indicator '{table.Indicator}' (GET /api/statistics/indicators)."); return; }
        var dimensions = table.Dimensions ?? [];
        if (dimensions.Count > MaxDimensions) errors.Add($"{field}.dimensions", $"At most {MaxDimensions} dimensions.");
        if (dimensions.Select(d => d?.Name).Distinct().Count() != dimensions.Count) errors.Add($"{field}.dimensions", "Each dimension name once.");
        var used = new HashSet<string>();
        for (var j = 0; j < dimensions.Count; j++)
        {
            var dimension = dimensions[j];
            var at = $"{field}.dimensions[{j}]";
            if (dimension is null) { errors.Add(at, "A dimension may not be null."); continue; }
            if (dimension.Name is null || !DimensionName().IsMatch(dimension.Name)) errors.Add($"{at}.name", "A letter, then letters, digits, _ or - (at most 40).");
            if (dimension.Total is { } total && !IsRequesterCode(total)) errors.Add($"{at}.total", "A requester code (letters, digits, spaces and _ - . @ $; at most 60).");
            var from = dimension.From ?? [];
            if (from.Count is < 1 or > 3) { errors.Add($"{at}.from", "One to three of the indicator's dimensions."); continue; }
            foreach (var source in from)
            {
                if (!entry.Info.Dimensions.Contains(source)) errors.Add($"{at}.from", $"'{source}' is not a dimension of {entry.Info.Id}; its dimensions: {string.Join(", ", entry.Info.Dimensions)}.");
                else if (!used.Add(source)) errors.Add($"{at}.from", $"'{source}' is used by another dimension of the table.");
            }
            if (dimension.Mapping is null)
            {
                if (from.Count != 1) errors.Add($"{at}.mapping", "Several dimensions become one only through a code mapping.");
                continue;
            }
            var mapping = await stored(dimension.Mapping);
            if (mapping is null) { errors.Add($"{at}.mapping", $"Unknown code mapping '{dimension.Mapping}' (id@version; GET /api/statistics/code-mappings)."); continue; }
            if (mapping.From.Count != from.Count || from.Where((f, k) => !Compatible(f, mapping.From[k])).Any())
            {
                errors.Add($"{at}.mapping", $"{mapping.Ref} maps {string.Join(", ", mapping.From)}, not {string.Join(", ", from)}.");
                continue;
            }
            var codes = from.Select(CodesOf).ToList();
            if (codes.Any(c => c is null)) { errors.Add($"{at}.from", "A dimension without a list of codes can be kept as it is, not mapped."); continue; }
            foreach (var gap in Gaps(mapping, codes!)) errors.Add($"{at}.mapping", gap);
        }
    }

    /// <summary>The mapping's unmapped (or twice mapped) Tilda codes, named.</summary>
    private static IEnumerable<string> Gaps(CodeMapping mapping, IReadOnlyList<IReadOnlyList<string>> codes, bool twiceOnly = false) =>
        mapping.Gaps(codes).Where(g => g.Twice || !twiceOnly).Select(g =>
        {
            var named = string.Join(", ", g.Codes.Select((c, i) => $"'{c}' of {mapping.From[i]}"));
            return g.Twice
                ? $"The mapping {mapping.Id} maps the Tilda code {named} twice on {g.On:yyyy-MM-dd}."
                : $"The mapping {mapping.Id} leaves the Tilda code {named} unmapped (on {g.On:yyyy-MM-dd}).";
        });

    /// <summary>An indicator dimension a mapping can map: the same dimension, or one with the same codes (citizenships, citizenship).</summary>
    private bool Compatible(string indicatorDimension, string mappingDimension) =>
        indicatorDimension == mappingDimension
        || (CodeList(indicatorDimension) is { } list && list == CodeList(mappingDimension));

    private static string? CodeList(string dimension) => FactCatalogue.Stored.FirstOrDefault(d => d.Name == dimension)?.CodeList;

    private static bool IsRequesterCode(string code) => RequesterCode().IsMatch(code);

    [GeneratedRegex("^[A-Za-z0-9_@$.-]([A-Za-z0-9_@$. -]{0,58}[A-Za-z0-9_@$.-])?$")]
    private static partial Regex RequesterCode();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")]
    private static partial Regex TableId();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,39}$")]
    private static partial Regex DimensionName();

    [GeneratedRegex(@"^[A-Za-z0-9_@$-]+:[A-Za-z0-9_@$-]+\([0-9][0-9.]*\)$")]
    private static partial Regex Structure();
}
