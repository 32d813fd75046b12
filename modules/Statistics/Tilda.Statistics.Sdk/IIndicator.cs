namespace Tilda.Statistics.Sdk;

/// <summary>
/// A statistical indicator: a plugin. Implement it in any assembly the host loads (the built-in indicator assembly,
/// or a DLL in the plugins folder); it is discovered at start-up. It sees only pseudonymous facts, and whatever it
/// returns passes through the host's disclosure control before anyone sees it.
/// </summary>
public interface IIndicator
{
    IndicatorInfo Info { get; }

    /// <summary>Counts for one period: for a flow indicator, the facts dated inside it; for a stock indicator,
    /// the situation at the end of <see cref="ReportingPeriod.To"/>.</summary>
    IndicatorResult Compute(IFactQuery facts, ReportingPeriod period);
}

/// <summary>What an indicator is, for the catalogue and the table header.</summary>
/// <param name="Id">Stable id, lower-case words separated by dots or dashes, e.g. <c>clients.new.by-age-band</c>.</param>
/// <param name="Unit">What is counted: <c>persons</c>, <c>applications</c>, <c>decisions</c>, <c>cases</c>, <c>measures</c>…</param>
/// <param name="Dimensions">The dimension names of the table's cells, in order.</param>
/// <param name="Requesters">Who asks for it: <c>annual-report</c>, <c>Eurostat</c>, <c>GRETA</c>, a ministry…</param>
/// <param name="Kind">Flow: events in a period. Stock: the situation on the period's last day.</param>
/// <param name="CountsPersons">True when the protected unit, a person, is what each cell counts.</param>
/// <param name="InAnnualReport">Part of <c>GET /api/statistics/reports/annual/{year}</c>.</param>
public sealed record IndicatorInfo(
    string Id,
    LocalizedText Title,
    string Unit,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<string> Requesters,
    IndicatorKind Kind = IndicatorKind.Flow,
    bool CountsPersons = true,
    bool InAnnualReport = false);

public enum IndicatorKind { Flow, Stock }

public sealed record LocalizedText(string Fi, string Sv, string En);

/// <summary>A calendar period, both ends included.</summary>
public readonly record struct ReportingPeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public static ReportingPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}

/// <summary>The counts of one period: a value per combination of dimension values, and the table total
/// (which may be less than the sum of the cells when a person can fall in several cells).</summary>
public sealed record IndicatorResult(IReadOnlyList<IndicatorCell> Cells, long Total)
{
    /// <summary>Counts per key, with the total as the sum of the cells (each counted thing in exactly one cell).</summary>
    public static IndicatorResult FromCounts(string dimension, IEnumerable<KeyValuePair<string, long>> counts)
    {
        var cells = counts.Select(c => new IndicatorCell(new Dictionary<string, string> { [dimension] = c.Key }, c.Value)).ToList();
        return new IndicatorResult(cells, cells.Sum(c => c.Value));
    }
}

public sealed record IndicatorCell(IReadOnlyDictionary<string, string> Dimensions, long Value);
