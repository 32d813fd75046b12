using System.Globalization;

namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>A run of months within one calendar year (1..12, inclusive).</summary>
internal readonly record struct YearPeriod(int FirstMonth, int LastMonth)
{
    /// <summary>The periods publishable inside a year, in this order: the year, H1–H2, Q1–Q4, M1–M12.</summary>
    public static IReadOnlyList<YearPeriod> All { get; } =
    [
        new(1, 12),
        .. Enumerable.Range(0, 2).Select(h => new YearPeriod(6 * h + 1, 6 * h + 6)),
        .. Enumerable.Range(0, 4).Select(q => new YearPeriod(3 * q + 1, 3 * q + 3)),
        .. Enumerable.Range(1, 12).Select(m => new YearPeriod(m, m)),
    ];

    public int MonthCount => LastMonth - FirstMonth + 1;

    /// <summary>"Y", "H1", "Q3", "M11"; any other run of months is named by its bounds, e.g. "M2-M5".</summary>
    public string Name => (MonthCount, MonthCount > 0 ? (FirstMonth - 1) % MonthCount : -1) switch
    {
        (12, 0) => "Y",
        (6, 0) => "H" + Number(FirstMonth / 6 + 1),
        (3, 0) => "Q" + Number(FirstMonth / 3 + 1),
        (1, _) => "M" + Number(FirstMonth),
        _ => $"M{Number(FirstMonth)}-M{Number(LastMonth)}",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
