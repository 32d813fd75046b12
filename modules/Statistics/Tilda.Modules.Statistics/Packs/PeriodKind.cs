using Tilda.Modules.Statistics.Releases;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Packs;

/// <summary>The reference periods a requester reports for.</summary>
internal static class PeriodKind
{
    public const string CalendarYear = "calendar-year";
    public const string HalfYear = "half-year";
    public const string AprilToMarch = "april-march";

    public static readonly string[] All = [CalendarYear, HalfYear, AprilToMarch];

    public static bool Fits(string kind, StatisticsPeriod period) => kind switch
    {
        CalendarYear => period.IsCalendarYear,
        HalfYear => period.Months == 6 && period.From.Month is 1 or 7,
        AprilToMarch => period.Months == 12 && period.From.Month == 4,
        _ => false,
    };

    /// <summary>422 on <c>period</c> when the period is not of the pack's kind.</summary>
    public static void EnsureFits(string pack, string kind, StatisticsPeriod period)
    {
        if (!Fits(kind, period))
            throw new ValidationFailedException("period", $"Pack '{pack}' reports for a {Describe(kind)}; {period} is not one.");
    }

    private static string Describe(string kind) => kind switch
    {
        CalendarYear => "calendar year (1 January – 31 December)",
        HalfYear => "half-year (1 January – 30 June or 1 July – 31 December)",
        AprilToMarch => "year from 1 April to 31 March",
        _ => kind,
    };
}
