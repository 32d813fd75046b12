using Tilda.Shared.Errors;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Api;

/// <summary>
/// A period the statistics API publishes: a whole month, quarter, half-year or year inside one calendar year, or a
/// run of whole years. Nothing else — other periods could be differenced against these to reveal a small count.
/// </summary>
internal sealed record PeriodRequest(DateOnly From, DateOnly To)
{
    public const int MaxYears = 20;

    public bool IsMultiYear => From.Year != To.Year;

    public IEnumerable<int> Years => Enumerable.Range(From.Year, To.Year - From.Year + 1);

    public ReportingPeriod Reporting => new(From, To);

    public static PeriodRequest Parse(int? year, DateOnly? from, DateOnly? to)
    {
        if (year is not null)
        {
            if (from is not null || to is not null) throw new BadRequestException("year", "Give either year, or from and to — not both.");
            if (year is < 1900 or > 9999) throw new BadRequestException("year", "The year is out of range.");
            return new PeriodRequest(new DateOnly(year.Value, 1, 1), new DateOnly(year.Value, 12, 31));
        }
        if (from is null || to is null) throw new BadRequestException("period", "Give ?year=YYYY, or ?from=YYYY-MM-DD&to=YYYY-MM-DD.");
        if (to < from) throw new BadRequestException("to", "The period ends before it starts.");
        if (from.Value.Year < 1900) throw new BadRequestException("from", "The period starts before 1900.");
        if (from.Value.Day != 1 || to.Value.Day != DateTime.DaysInMonth(to.Value.Year, to.Value.Month))
            throw new BadRequestException("period", "A period covers whole calendar months: from the 1st of a month to the last day of a month.");
        var period = new PeriodRequest(from.Value, to.Value);
        if (period.IsMultiYear)
        {
            if (from.Value.Month != 1 || to.Value.Month != 12)
                throw new BadRequestException("period", "A period over several years covers whole years (1 January to 31 December).");
            if (to.Value.Year - from.Value.Year + 1 > MaxYears)
                throw new BadRequestException("period", $"A period covers at most {MaxYears} years.");
            return period;
        }
        var months = to.Value.Month - from.Value.Month + 1;
        var aligned = months switch
        {
            1 => true,
            3 => (from.Value.Month - 1) % 3 == 0,
            6 => (from.Value.Month - 1) % 6 == 0,
            12 => true,
            _ => false,
        };
        if (!aligned)
            throw new BadRequestException("period", "Inside a year, a period is a month, a quarter (Jan–Mar, Apr–Jun, …), a half-year or the whole year.");
        return period;
    }
}
