namespace Tilda.Statistics.Sdk;

/// <summary>Read-only access to the statistics fact store: pseudonymous, one row per recorded event.</summary>
public interface IFactQuery
{
    /// <summary>The facts of one type dated from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    IReadOnlyList<Fact> Facts(string factType, DateOnly from, DateOnly to);

    /// <summary>The facts of one type dated on or before <paramref name="date"/> (for stock indicators).</summary>
    IReadOnlyList<Fact> FactsUntil(string factType, DateOnly date);
}

/// <summary>
/// One statistical fact. <see cref="Subject"/> is a pseudonym of the person (a keyed hash), the same for every fact
/// about that person; <see cref="Date"/> is the business date (received on, decided on…); dimensions are codes and
/// numbers as text (see <c>GET /api/statistics/facts</c> for each type's dimensions).
/// </summary>
public sealed record Fact(string Type, string Subject, DateOnly Date, IReadOnlyDictionary<string, string> Dimensions)
{
    public string Get(string dimension) => Dimensions.TryGetValue(dimension, out var value) ? value : "";
}
