using System.Numerics;

namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>
/// Cell suppression with the person as the protected unit and threshold k:
/// <list type="number">
/// <item>primary: every value from 1 to k-1, and every forced value, is suppressed;</item>
/// <item>secondary: further values, smallest first, until no primary is a linear combination of the published values
/// (exact Gaussian elimination in the manner of Statistics Norway's GaussSuppression);</item>
/// <item>in every table whose total is published, the suppressed cells sum to 0 or at least k.</item>
/// </list>
/// Zeros are published, except forced ones: those are hidden but not protected by further suppression (a zero cannot
/// single anyone out). The pattern depends on the input only.
/// </summary>
internal static class GaussianSuppression
{
    public const int DefaultThreshold = 5;
    public const int MinimumThreshold = 3;

    public static SuppressionResult Apply(
        IReadOnlyList<PublishedValue> values, IReadOnlyList<PublishedTable> tables, int threshold = DefaultThreshold, IReadOnlySet<int>? forced = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, MinimumThreshold);

        var counts = new long[values.Count];
        var supports = new int[values.Count][];
        var innerCount = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i] ?? throw new ArgumentException($"Value {i} is null.", nameof(values));
            if (value.Value < 0)
                throw new ArgumentException($"Value {i} is negative.", nameof(values));
            if (value.Support is not { Length: > 0 })
                throw new ArgumentException($"Value {i} has an empty support; it could never be protected.", nameof(values));
            if (value.Support.Any(c => c < 0))
                throw new ArgumentException($"Value {i} has a negative inner cell.", nameof(values));
            counts[i] = value.Value;
            supports[i] = value.Support.Distinct().Order().ToArray();
            innerCount = Math.Max(innerCount, supports[i][^1] + 1);
        }
        if (forced is not null && forced.Any(f => f < 0 || f >= values.Count))
            throw new ArgumentOutOfRangeException(nameof(forced), "A forced index is outside the values.");
        var tableCells = tables.Select(t => DistinctCells(t, values.Count)).ToArray();

        var primary = new bool[values.Count];
        for (var i = 0; i < values.Count; i++)
            primary[i] = counts[i] >= 1 && (counts[i] < threshold || forced?.Contains(i) == true);

        bool[] suppressed;
        try
        {
            suppressed = LinearProtection<long>.Suppress(counts, supports, innerCount, primary);
        }
        catch (OverflowException)
        {
            // Coefficients outgrew long: redo the same elimination with unbounded integers.
            suppressed = LinearProtection<BigInteger>.Suppress(counts, supports, innerCount, primary);
        }

        ProtectTableSums(counts, tables, tableCells, threshold, suppressed);
        foreach (var zero in forced?.Where(i => counts[i] == 0) ?? [])
        {
            suppressed[zero] = true;
            primary[zero] = true;
        }

        var primaryCount = primary.Count(p => p);
        return new SuppressionResult(suppressed, primaryCount, suppressed.Count(s => s) - primaryCount);
    }

    private static int[] DistinctCells(PublishedTable? table, int valueCount)
    {
        if (table?.Cells is null || table.Total < 0 || table.Total >= valueCount || table.Cells.Any(c => c < 0 || c >= valueCount))
            throw new ArgumentException("A table is missing or refers to a value outside the list.", "tables");
        return table.Cells.Distinct().ToArray();
    }

    /// <summary>
    /// Rule 3: while a table's total is published and its suppressed cells sum to 1..k-1, suppress its smallest published
    /// non-zero cell, or its total if there is none. Suppressing more keeps every primary protected, so no re-check.
    /// </summary>
    private static void ProtectTableSums(long[] counts, IReadOnlyList<PublishedTable> tables, int[][] tableCells, int threshold, bool[] suppressed)
    {
        bool changed;
        do
        {
            changed = false;
            for (var t = 0; t < tables.Count; t++)
            {
                var total = tables[t].Total;
                var cells = tableCells[t];
                while (!suppressed[total])
                {
                    long sum = 0;
                    var next = -1;
                    foreach (var cell in cells)
                    {
                        if (suppressed[cell])
                            sum += Math.Min(counts[cell], threshold); // capped: only 0, 1..k-1 or >= k matters
                        else if (counts[cell] > 0 && (next < 0 || counts[cell] < counts[next] || counts[cell] == counts[next] && cell < next))
                            next = cell;
                    }
                    if (sum == 0 || sum >= threshold)
                        break;
                    suppressed[next >= 0 ? next : total] = true;
                    changed = true;
                }
            }
        } while (changed);
    }
}
