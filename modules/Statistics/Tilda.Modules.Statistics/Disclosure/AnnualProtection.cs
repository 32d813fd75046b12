namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>
/// Disclosure control of one indicator over one calendar year, protecting every publishable period
/// (<see cref="YearPeriod.All"/>) together so that no combination of periods reveals a suppressed count.
/// </summary>
internal static class AnnualProtection
{
    private const int Months = 12;

    /// <summary>
    /// <paramref name="values"/>[p][c] is, for each period p of <see cref="YearPeriod.All"/>, the value of category c
    /// (0..C-1) and at index C the period's total. The inner cells are (category, month); the support of (p, c) is
    /// category c's months of p, that of the total every category's months of p; each period is one table.
    /// <paramref name="forced"/> marks (period, cell) values to suppress as primaries; cell C is the total.
    /// Returns suppressed[p][c] in the same shape.
    /// </summary>
    public static bool[][] Protect(long[][] values, int categoryCount, int threshold, IReadOnlySet<(int Period, int Cell)>? forced = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(categoryCount, 1);
        var periods = YearPeriod.All;
        if (values.Length != periods.Count)
            throw new ArgumentException($"Expected values for {periods.Count} periods, got {values.Length}.", nameof(values));
        var width = categoryCount + 1;

        var published = new List<PublishedValue>(periods.Count * width);
        var tables = new List<PublishedTable>(periods.Count);
        for (var p = 0; p < periods.Count; p++)
        {
            if (values[p]?.Length != width)
                throw new ArgumentException($"Period {periods[p].Name} needs {categoryCount} category values and a total.", nameof(values));
            var months = Enumerable.Range(periods[p].FirstMonth - 1, periods[p].MonthCount).ToArray();
            for (var c = 0; c < categoryCount; c++)
                published.Add(new PublishedValue(values[p][c], [.. months.Select(m => c * Months + m)]));
            published.Add(new PublishedValue(values[p][categoryCount],
                [.. Enumerable.Range(0, categoryCount).SelectMany(c => months.Select(m => c * Months + m))]));
            tables.Add(new PublishedTable(p * width + categoryCount, [.. Enumerable.Range(p * width, categoryCount)]));
        }

        var result = GaussianSuppression.Apply(published, tables, threshold, Flatten(forced, periods.Count, width));
        return [.. Enumerable.Range(0, periods.Count).Select(p => result.Suppressed[(p * width)..((p + 1) * width)])];
    }

    /// <summary>
    /// A single table, e.g. a stock on one reference date: <paramref name="values"/> holds the C category values and at
    /// index C the total; each category is one inner cell. <paramref name="forced"/> holds indices into values.
    /// </summary>
    public static bool[] ProtectSingle(long[] values, int categoryCount, int threshold, IReadOnlySet<int>? forced = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(categoryCount, 1);
        if (values.Length != categoryCount + 1)
            throw new ArgumentException($"Expected {categoryCount} category values and a total.", nameof(values));

        var published = new List<PublishedValue>(categoryCount + 1);
        for (var c = 0; c < categoryCount; c++)
            published.Add(new PublishedValue(values[c], [c]));
        published.Add(new PublishedValue(values[categoryCount], [.. Enumerable.Range(0, categoryCount)]));
        var table = new PublishedTable(categoryCount, [.. Enumerable.Range(0, categoryCount)]);
        return GaussianSuppression.Apply(published, [table], threshold, forced).Suppressed;
    }

    private static HashSet<int>? Flatten(IReadOnlySet<(int Period, int Cell)>? forced, int periodCount, int width)
    {
        if (forced is null)
            return null;
        var indices = new HashSet<int>();
        foreach (var (period, cell) in forced)
        {
            if (period < 0 || period >= periodCount || cell < 0 || cell >= width)
                throw new ArgumentOutOfRangeException(nameof(forced), $"Forced value ({period}, {cell}) is outside the year's tables.");
            indices.Add(period * width + cell);
        }
        return indices;
    }
}
