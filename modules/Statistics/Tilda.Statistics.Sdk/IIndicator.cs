namespace Tilda.Statistics.Sdk;

/// <summary>
/// A statistical indicator: a plugin. Implement <see cref="ICountedIndicator"/> (say what to count; the host counts it
/// where the data is) or, when a count needs code, <see cref="IComputedIndicator"/>, in any assembly the host loads (the
/// built-in indicator assembly, or a DLL in the plugins folder); it is discovered at start-up. It sees only pseudonymous
/// facts, and whatever it yields passes through the host's disclosure control before anyone sees it.
/// </summary>
public interface IIndicator
{
    IndicatorInfo Info { get; }
}

/// <summary>What an indicator is, for the catalogue and the table header.</summary>
/// <param name="Id">Stable id, lower-case words separated by dots or dashes, e.g. <c>clients.new.by-age-band</c>.</param>
/// <param name="Unit">What is counted: <c>persons</c>, <c>applications</c>, <c>decisions</c>, <c>cases</c>, <c>measures</c>…</param>
/// <param name="Dimensions">The dimension names of the table's cells, in order.</param>
/// <param name="Requesters">Who asks for it: <c>annual-report</c>, <c>Eurostat</c>, <c>GRETA</c>, a ministry…</param>
/// <param name="Kind">Flow: events in a period. Stock: the situation at the end of the period's last day.</param>
/// <param name="CountsPersons">True when each cell counts persons (each at most once); false when it counts events.</param>
/// <param name="InAnnualReport">Part of <c>GET /api/statistics/reports/annual/{year}</c>.</param>
/// <param name="Version">Raised when the counting rule changes, so a published table always names the rule it came from.</param>
public sealed record IndicatorInfo(
    string Id,
    LocalizedText Title,
    string Unit,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<string> Requesters,
    IndicatorKind Kind = IndicatorKind.Flow,
    bool CountsPersons = true,
    bool InAnnualReport = false,
    int Version = 1);

public enum IndicatorKind { Flow, Stock }

public sealed record LocalizedText(string Fi, string Sv, string En);

/// <summary>A calendar period, both ends included.</summary>
public readonly record struct ReportingPeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public static ReportingPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}

/// <summary>An indicator the host counts where the data is: its cells are the union of the cells its counts yield.</summary>
public interface ICountedIndicator : IIndicator
{
    IReadOnlyList<Count> Counts { get; }
}

/// <summary>
/// An indicator that needs code the declarative <see cref="Count"/> cannot express. The host hands it the facts of the
/// types it names dated in the period — never anything older — and it says who counts in which cell.
/// </summary>
public interface IComputedIndicator : IIndicator
{
    IReadOnlyList<string> FactTypes { get; }

    IEnumerable<Contribution> Compute(IReadOnlyList<Fact> facts, ReportingPeriod period);
}

/// <summary>
/// One recorded fact. <see cref="Subject"/> is a pseudonym of the person, the same for every fact about them;
/// <see cref="Date"/> is the business date; dimensions are codes and numbers as text (see <c>GET /api/statistics/facts</c>).
/// </summary>
public sealed record Fact(string Type, string Subject, DateOnly Date, IReadOnlyDictionary<string, string> Dimensions)
{
    public string Get(string dimension) => Dimensions.TryGetValue(dimension, out var value) ? value : "";
}

/// <summary>A person (<see cref="Subject"/>) counts <see cref="Count"/> in the cell named by its dimension values.</summary>
public sealed record Contribution(string Subject, IReadOnlyDictionary<string, string> Cell, int Count = 1);
