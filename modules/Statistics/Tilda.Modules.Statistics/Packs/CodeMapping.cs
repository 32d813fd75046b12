using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Statistics.Packs;

/// <summary>
/// A stored code mapping, ready to apply: which requester code a combination of Tilda codes has on a reference date. Built
/// from a <see cref="CodeMappingDefinition"/> that passed validation (<see cref="Gaps"/> is that validation's core).
/// </summary>
internal sealed class CodeMapping
{
    private readonly Dictionary<string, List<(string To, DateOnly From, DateOnly? Until)>> _entries = new(StringComparer.Ordinal);

    public CodeMapping(string id, int version, CodeMappingDefinition definition)
    {
        Id = id;
        Version = version;
        From = definition.From ?? [];
        Codes = definition.Codes ?? [];
        ValidFrom = definition.ValidFrom ?? Code.FirstVersion;
        ReportingCountry = definition.ReportingCountry;
        Several = definition.Several;
        foreach (var entry in definition.Entries ?? [])
        foreach (var tuple in Tuples(From.Select(d => entry.When?.GetValueOrDefault(d) ?? []).ToList()))
        {
            var key = Key(tuple);
            if (!_entries.TryGetValue(key, out var list)) _entries[key] = list = [];
            list.Add((entry.To ?? "", entry.ValidFrom ?? DateOnly.MinValue, entry.ValidTo));
        }
    }

    public string Id { get; }
    public int Version { get; }
    public string Ref => $"{Id}@{Version}";
    public IReadOnlyList<string> From { get; }
    public IReadOnlyList<string> Codes { get; }
    public DateOnly ValidFrom { get; }
    public string? ReportingCountry { get; }
    public SeveralRule? Several { get; }

    /// <summary>The requester's code for these Tilda codes (one per dimension of <see cref="From"/>) on <paramref name="on"/>,
    /// or null when none is mapped; the reporting country maps to <see cref="ReportingCountry"/> when that is set.</summary>
    public string? Map(IReadOnlyList<string> codes, DateOnly on, string reportingCountry)
    {
        if (ReportingCountry is not null && codes.Count == 1 && codes[0] == reportingCountry) return ReportingCountry;
        if (!_entries.TryGetValue(Key(codes), out var list)) return null;
        var valid = list.Where(e => e.From <= on && (e.Until is null || on <= e.Until)).ToList();
        return valid.Count == 1 ? valid[0].To : null;
    }

    /// <summary>The requester's codes in use on <paramref name="on"/>, in the mapping's order: a requester table's cells.</summary>
    public IReadOnlyList<string> CodesOn(DateOnly on)
    {
        var used = _entries.Values.SelectMany(l => l).Where(e => e.From <= on && (e.Until is null || on <= e.Until)).Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        if (ReportingCountry is not null) used.Add(ReportingCountry);
        return [.. Codes.Where(used.Contains)];
    }

    /// <summary>
    /// Every combination of <paramref name="tildaCodes"/> (per dimension) that has no single mapping on some day from
    /// <see cref="ValidFrom"/> on, with the first such day: checked on every day an entry starts or ends, since nothing
    /// changes in between. Empty for a complete mapping.
    /// </summary>
    public IReadOnlyList<(IReadOnlyList<string> Codes, DateOnly On, bool Twice)> Gaps(IReadOnlyList<IReadOnlyList<string>> tildaCodes)
    {
        var days = _entries.Values.SelectMany(l => l).SelectMany(e => new[] { e.From, e.Until is { } to && to < DateOnly.MaxValue ? to.AddDays(1) : DateOnly.MinValue })
            .Append(ValidFrom).Where(d => d >= ValidFrom).Distinct().Order().ToList();
        var gaps = new List<(IReadOnlyList<string>, DateOnly, bool)>();
        foreach (var tuple in Tuples(tildaCodes))
        {
            foreach (var day in days)
            {
                var valid = _entries.TryGetValue(Key(tuple), out var list) ? list.Count(e => e.From <= day && (e.Until is null || day <= e.Until)) : 0;
                if (valid == 1) continue;
                gaps.Add((tuple, day, valid > 1));
                break;
            }
        }
        return gaps;
    }

    private static string Key(IReadOnlyList<string> codes) => string.Join('\u001f', codes);

    /// <summary>Every combination of one code per dimension.</summary>
    public static IEnumerable<IReadOnlyList<string>> Tuples(IReadOnlyList<IReadOnlyList<string>> codes) =>
        codes.Aggregate((IEnumerable<IReadOnlyList<string>>)[[]], (tuples, dimension) => tuples.SelectMany(t => dimension.Select(c => (IReadOnlyList<string>)[.. t, c])));
}
