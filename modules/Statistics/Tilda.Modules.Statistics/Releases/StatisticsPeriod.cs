using System.Globalization;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Releases;

/// <summary>
/// A period statistics are published for: one to twelve whole calendar months — a month, a quarter, a half-year, a
/// calendar year, or a requester's year such as 1 April – 31 March. Every period is protected against every other
/// published one, so any run of whole months is safe to release once it has ended.
/// </summary>
internal sealed record StatisticsPeriod(DateOnly From, DateOnly To)
{
    public const int MaxMonths = 12;

    public int Months => (To.Year - From.Year) * 12 + To.Month - From.Month + 1;

    public bool IsCalendarYear => From.Month == 1 && To.Month == 12 && From.Year == To.Year;

    public override string ToString() =>
        $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static StatisticsPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>A period a release may be made for: whole months, at most twelve, ended before today.</summary>
    public static StatisticsPeriod ForRelease(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var period = Parse(from, to, "period");
        if (period.To >= today)
            throw new BadRequestException("period", $"The period has not ended: it ends on {period.To:yyyy-MM-dd}. Statistics are released for ended periods only.");
        return period;
    }

    /// <summary>
    /// The periods a read asks for: <c>?year=Y</c>; <c>?from=&amp;to=</c> over one to twelve whole months; or whole calendar
    /// years, read year by year.
    /// </summary>
    public static IReadOnlyList<StatisticsPeriod> ForReading(int? year, DateOnly? from, DateOnly? to)
    {
        if (year is not null)
        {
            if (from is not null || to is not null) throw new BadRequestException("year", "Give either year, or from and to — not both.");
            if (year is < 2000 or > 9999) throw new BadRequestException("year", "The year is out of range.");
            return [Year(year.Value)];
        }
        if (from is { Month: 1, Day: 1 } f && to is { Month: 12, Day: 31 } t && t.Year > f.Year)
        {
            if (t.Year - f.Year + 1 > 20) throw new BadRequestException("period", "A run of years covers at most 20 years.");
            return [.. Enumerable.Range(f.Year, t.Year - f.Year + 1).Select(Year)];
        }
        return [Parse(from, to, "period")];
    }

    private static StatisticsPeriod Parse(DateOnly? from, DateOnly? to, string field)
    {
        if (from is null || to is null) throw new BadRequestException(field, "Give the period as from and to (YYYY-MM-DD), or ?year=YYYY.");
        if (to < from) throw new BadRequestException(field, "The period ends before it starts.");
        if (from.Value.Year < 2000) throw new BadRequestException(field, "The period starts before 2000.");
        if (from.Value.Day != 1 || to.Value.Day != DateTime.DaysInMonth(to.Value.Year, to.Value.Month))
            throw new BadRequestException(field, "A period covers whole calendar months: from the 1st of a month to the last day of a month.");
        var period = new StatisticsPeriod(from.Value, to.Value);
        if (period.Months > MaxMonths)
            throw new BadRequestException(field, $"A period covers at most {MaxMonths} months; this one covers {period.Months}.");
        return period;
    }
}
