using Tilda.Statistics.Sdk;

namespace Tilda.Statistics.Indicators;

/// <summary>The counting rules the built-in indicators share (SPEC §4), so each is written once.</summary>
internal static class Counting
{
    /// <summary>New clients of a period: one admission fact per person — the first admission dated in the period.</summary>
    public static IReadOnlyList<Fact> NewClients(IFactQuery facts, ReportingPeriod period) =>
        facts.Facts(FactTypes.AdmissionDecided, period.From, period.To)
            .Where(f => f.Get("outcome") == "admitted")
            .GroupBy(f => f.Subject)
            .Select(g => g.OrderBy(f => f.Date).First())
            .ToList();

    /// <summary>Admissions that are open at the end of <paramref name="date"/>: admitted on or before it and not ended
    /// by a removal dated on or before it.</summary>
    public static IReadOnlyList<Fact> OpenAdmissions(IFactQuery facts, DateOnly date)
    {
        var ended = facts.FactsUntil(FactTypes.ClientRemoved, date).Select(f => f.Get("episode")).ToHashSet();
        return facts.FactsUntil(FactTypes.AdmissionDecided, date)
            .Where(f => f.Get("outcome") == "admitted" && !ended.Contains(f.Get("episode")))
            .GroupBy(f => f.Subject)
            .Select(g => g.OrderByDescending(f => f.Date).First())
            .ToList();
    }

    /// <summary>
    /// Who was a client on which days, up to <paramref name="until"/>: per person, the spans from each admission to the
    /// removal that ended it (exclusive) — the same rule as <see cref="OpenAdmissions"/>, a person is a client at the end
    /// of a day when admitted on or before it and not removed on or before it. Read once, asked for many dates.
    /// </summary>
    public static Func<string, DateOnly, bool> ClientOn(IFactQuery facts, DateOnly until)
    {
        var removals = facts.FactsUntil(FactTypes.ClientRemoved, until)
            .GroupBy(f => f.Get("episode"))
            .ToDictionary(g => g.Key, g => g.Min(f => f.Date));
        var spans = facts.FactsUntil(FactTypes.AdmissionDecided, until)
            .Where(f => f.Get("outcome") == "admitted")
            .Select(f => (f.Subject, From: f.Date, To: removals.TryGetValue(f.Get("episode"), out var removed) ? removed : (DateOnly?)null))
            .ToLookup(s => s.Subject);
        return (subject, date) => spans[subject].Any(s => s.From <= date && (s.To is null || date < s.To));
    }

    /// <summary>Distinct persons per key, the total counting each person once.</summary>
    public static IndicatorResult PersonsBy(string dimension, IEnumerable<Fact> facts, Func<Fact, string> key)
    {
        var list = facts.ToList();
        var cells = list.GroupBy(key)
            .Select(g => new IndicatorCell(new Dictionary<string, string> { [dimension] = g.Key }, g.Select(f => f.Subject).Distinct().Count()))
            .ToList();
        return new IndicatorResult(cells, list.Select(f => f.Subject).Distinct().Count());
    }

    /// <summary>Facts (events) per key.</summary>
    public static IndicatorResult EventsBy(string dimension, IEnumerable<Fact> facts, Func<Fact, string> key) =>
        IndicatorResult.FromCounts(dimension, facts.GroupBy(key).Select(g => new KeyValuePair<string, long>(g.Key, g.Count())));
}
