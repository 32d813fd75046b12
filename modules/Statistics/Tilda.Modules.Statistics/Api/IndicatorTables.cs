using Tilda.Modules.Statistics.Disclosure;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Indicators;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Api;

/// <summary>The disclosure-control settings: threshold k (configuration <c>Statistics:Disclosure:Threshold</c>).</summary>
internal sealed record DisclosureSettings(int Threshold)
{
    public const int Default = 5;
    public const int Minimum = 3;

    public const string Method =
        "Primary suppression of every count from 1 to k-1 (the person is the protected unit; zeros are published). " +
        "Secondary suppression by exact Gaussian elimination over every value publishable for the indicator's calendar year " +
        "(the year, its halves, quarters and months; each cell and each total), so that no suppressed count is a linear " +
        "combination of published ones; the suppressed cells of a table sum to 0 or at least k. Stock tables are protected " +
        "per reference date. In a person table crossing a group with a sensitive attribute, a row where all but fewer than k " +
        "persons share one value is suppressed whole.";
}

internal sealed record TableRow(IReadOnlyDictionary<string, string> Dimensions, long? Value, bool Suppressed);

internal sealed record IndicatorTable(
    CatalogEntry Entry, PeriodRequest Period, IReadOnlyList<string> Dimensions, IReadOnlyList<TableRow> Rows,
    long? Total, bool TotalSuppressed, int PrimarySuppressed, int SecondarySuppressed);

/// <summary>
/// Computes an indicator for a period and applies disclosure control. A flow indicator is always computed for all
/// nineteen publishable periods of each calendar year and protected as one system, so every request for that year —
/// whatever its period — shows a consistent suppression pattern.
/// </summary>
internal sealed class IndicatorTables(StatisticsDbContext db, DisclosureSettings settings)
{
    private const string YearDimension = "year";
    private const char Separator = '\u001f';

    public IndicatorTable Compute(CatalogEntry entry, PeriodRequest period)
    {
        var info = entry.Indicator.Info;
        // Always read to the end of the period's last year: a flow year is protected as one system of all its periods,
        // so a Q1 request must see the same year as a full-year request, or the two patterns could be differenced.
        var facts = new FactQuery(db, new DateOnly(period.To.Year, 12, 31));
        if (!period.IsMultiYear)
        {
            var table = info.Kind == IndicatorKind.Stock ? Stock(entry.Indicator, facts, period.To) : Flow(entry.Indicator, facts, period.From, period.To);
            return new IndicatorTable(entry, period, info.Dimensions, table.Rows, table.Total, table.TotalSuppressed, table.Primary, table.Secondary);
        }

        // Several whole years: each year is protected on its own; its rows carry the year.
        var addYear = !info.Dimensions.Contains(YearDimension);
        var rows = new List<TableRow>();
        long total = 0;
        var totalSuppressed = false;
        int primary = 0, secondary = 0;
        foreach (var year in period.Years)
        {
            var yearEnd = new DateOnly(year, 12, 31);
            var table = info.Kind == IndicatorKind.Stock ? Stock(entry.Indicator, facts, yearEnd) : Flow(entry.Indicator, facts, new DateOnly(year, 1, 1), yearEnd);
            var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.AddRange(addYear
                ? table.Rows.Select(r => r with { Dimensions = new Dictionary<string, string>(r.Dimensions) { [YearDimension] = yearText } })
                : table.Rows);
            if (addYear && info.Dimensions.Count == 0)
                rows.Add(new TableRow(new Dictionary<string, string> { [YearDimension] = yearText }, table.Total, table.TotalSuppressed));
            // The total over the years is published only as a sum of published yearly totals.
            totalSuppressed |= table.TotalSuppressed;
            total += table.Total ?? 0;
            primary += table.Primary;
            secondary += table.Secondary;
        }
        // Yearly totals add up only for events: a person may count in several years, and stocks are not sums.
        if (info.CountsPersons || info.Kind == IndicatorKind.Stock) totalSuppressed = true;
        IReadOnlyList<string> dimensions = addYear ? [YearDimension, .. info.Dimensions] : info.Dimensions;
        return new IndicatorTable(entry, period, dimensions, rows, totalSuppressed ? null : total, totalSuppressed, primary, secondary);
    }

    private sealed record ProtectedTable(IReadOnlyList<TableRow> Rows, long? Total, bool TotalSuppressed, int Primary, int Secondary);

    private sealed record Category(string Key, IReadOnlyDictionary<string, string> Dimensions);

    /// <summary>Stands for the whole table when it has no dimensions or no cells: its value is the total.</summary>
    private static readonly Category Implicit = new("", new Dictionary<string, string>());

    private ProtectedTable Flow(IIndicator indicator, IFactQuery facts, DateOnly from, DateOnly to)
    {
        var year = from.Year;
        var periods = YearPeriod.All.Select(p => new ReportingPeriod(new DateOnly(year, p.FirstMonth, 1),
            new DateOnly(year, p.LastMonth, DateTime.DaysInMonth(year, p.LastMonth)))).ToList();
        var results = periods.Select(p => indicator.Compute(facts, p)).ToList();
        var (categories, values) = Matrix(indicator.Info, results);
        var forced = SensitiveRows(indicator.Info, categories, values);
        var suppressed = AnnualProtection.Protect(values, categories.Count, settings.Threshold, forced);
        var requested = periods.FindIndex(p => p.From == from && p.To == to);
        return Publish(indicator.Info, categories, values[requested], suppressed[requested],
            cell => forced.Contains((requested, cell)));
    }

    private ProtectedTable Stock(IIndicator indicator, IFactQuery facts, DateOnly referenceDate)
    {
        var result = indicator.Compute(facts, new ReportingPeriod(new DateOnly(referenceDate.Year, referenceDate.Month, 1), referenceDate));
        var (categories, values) = Matrix(indicator.Info, [result]);
        var forced = SensitiveRows(indicator.Info, categories, values);
        var suppressed = AnnualProtection.ProtectSingle(values[0], categories.Count, settings.Threshold, forced.Select(f => f.Cell).ToHashSet());
        return Publish(indicator.Info, categories, values[0], suppressed, cell => forced.Contains((0, cell)));
    }

    /// <summary>One row per period; a column per category that occurs in any period, then the total. A table
    /// without dimensions has one implicit category equal to its total.</summary>
    private static (List<Category> Categories, long[][] Values) Matrix(IndicatorInfo info, IReadOnlyList<IndicatorResult> results)
    {
        var categories = info.Dimensions.Count == 0 ? [] : results.SelectMany(r => r.Cells)
            .Select(c => new Category(string.Join(Separator, info.Dimensions.Select(d => c.Dimensions.TryGetValue(d, out var v) ? v : "")),
                info.Dimensions.ToDictionary(d => d, d => c.Dimensions.TryGetValue(d, out var v) ? v : "")))
            .DistinctBy(c => c.Key)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        if (categories.Count == 0)
            return ([Implicit], results.Select(r => new[] { r.Total, r.Total }).ToArray());
        var index = categories.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var values = results.Select(r =>
        {
            var row = new long[categories.Count + 1];
            foreach (var cell in r.Cells)
                row[index[string.Join(Separator, info.Dimensions.Select(d => cell.Dimensions.TryGetValue(d, out var v) ? v : ""))]] += cell.Value;
            row[categories.Count] = r.Total;
            return row;
        }).ToArray();
        return (categories, values);
    }

    /// <summary>
    /// In a person table crossing a group with a sensitive attribute, a group whose members all but 1..k-1 share one
    /// value would reveal that value for almost everyone in it: its whole row is suppressed.
    /// </summary>
    private HashSet<(int Period, int Cell)> SensitiveRows(IndicatorInfo info, List<Category> categories, long[][] values)
    {
        var forced = new HashSet<(int, int)>();
        if (!info.CountsPersons || info.Dimensions.Count != 2) return forced;
        var sensitive = info.Dimensions.Where(FactCatalogue.IsSensitive).ToList();
        if (sensitive.Count != 1) return forced;
        var group = info.Dimensions.Single(d => d != sensitive[0]);
        var rows = categories.Select((c, i) => (c, i)).GroupBy(x => x.c.Dimensions[group]).ToList();
        for (var p = 0; p < values.Length; p++)
        {
            foreach (var row in rows)
            {
                var cells = row.Select(x => values[p][x.i]).ToList();
                var rest = cells.Sum() - cells.Max();
                if (rest >= 1 && rest < settings.Threshold)
                    foreach (var (_, i) in row) forced.Add((p, i));
            }
        }
        return forced;
    }

    private ProtectedTable Publish(IndicatorInfo info, List<Category> categories, long[] values, bool[] suppressed, Func<int, bool> forced)
    {
        int primary = 0, secondary = 0;
        bool IsPrimary(int i) => values[i] >= 1 && values[i] < settings.Threshold || forced(i);
        var hasCells = !(categories.Count == 1 && ReferenceEquals(categories[0], Implicit));
        for (var i = hasCells ? 0 : categories.Count; i < values.Length; i++)
        {
            if (!suppressed[i]) continue;
            if (IsPrimary(i)) primary++; else secondary++;
        }
        var rows = !hasCells
            ? []
            : categories.Select((c, i) => new TableRow(c.Dimensions, suppressed[i] ? null : values[i], suppressed[i])).ToList();
        var total = categories.Count;
        return new ProtectedTable(rows, suppressed[total] ? null : values[total], suppressed[total], primary, secondary);
    }
}
