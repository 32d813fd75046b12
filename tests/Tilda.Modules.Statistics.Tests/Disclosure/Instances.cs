using Tilda.Modules.Statistics.Disclosure;

namespace Tilda.Modules.Statistics.Tests.Disclosure;

/// <summary>Random and hand-made inputs for the disclosure tests, with supports built independently of the engine.</summary>
internal static class Instances
{
    /// <summary>The 19 periods of a year as (first month, last month): Y, H1–H2, Q1–Q4, M1–M12.</summary>
    public static readonly (int First, int Last)[] Periods =
    [
        (1, 12), (1, 6), (7, 12), (1, 3), (4, 6), (7, 9), (10, 12),
        (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10), (11, 11), (12, 12),
    ];

    public static readonly int[] Thresholds = [3, 4, 5, 10];

    /// <summary>Monthly counts per category: many 0..6, some larger, some categories empty or with a single case.</summary>
    public static long[,] Monthly(Random random, int categories)
    {
        var monthly = new long[categories, 12];
        for (var c = 0; c < categories; c++)
        {
            var shape = random.NextDouble();
            for (var m = 0; m < 12; m++)
            {
                var r = random.NextDouble();
                monthly[c, m] = shape switch
                {
                    < 0.1 => 0,
                    < 0.25 => r < 0.85 ? 0 : random.Next(1, 4),
                    _ => r < 0.3 ? 0 : r < 0.8 ? random.Next(1, 7) : random.Next(7, 31),
                };
            }
        }
        return monthly;
    }

    /// <summary>values[p][c] as exact sums of the months; index C is the total.</summary>
    public static long[][] Sums(long[,] monthly)
    {
        var categories = monthly.GetLength(0);
        return Periods.Select(p =>
        {
            var row = new long[categories + 1];
            for (var c = 0; c < categories; c++)
                for (var m = p.First; m <= p.Last; m++)
                    row[c] += monthly[c, m - 1];
            row[categories] = row.Take(categories).Sum();
            return row;
        }).ToArray();
    }

    /// <summary>Like counts of distinct persons: between the largest part and the sum of the parts, zero only if all are.</summary>
    public static long[][] DistinctLike(Random random, long[,] monthly)
    {
        var categories = monthly.GetLength(0);
        return Periods.Select(p =>
        {
            var row = new long[categories + 1];
            for (var c = 0; c < categories; c++)
            {
                var months = Enumerable.Range(p.First, p.Last - p.First + 1).Select(m => monthly[c, m - 1]).ToList();
                row[c] = Between(random, months);
            }
            row[categories] = Between(random, row.Take(categories).ToList());
            return row;
        }).ToArray();
    }

    private static long Between(Random random, List<long> parts) => parts.Max() + random.NextInt64(0, parts.Sum() - parts.Max() + 1);

    /// <summary>The year's values in the engine's flat order (period by period, categories then total).</summary>
    public static List<PublishedValue> YearValues(long[][] values, int categories)
    {
        var list = new List<PublishedValue>();
        for (var p = 0; p < Periods.Length; p++)
        {
            var months = Enumerable.Range(Periods[p].First - 1, Periods[p].Last - Periods[p].First + 1).ToList();
            for (var c = 0; c < categories; c++)
                list.Add(new PublishedValue(values[p][c], months.Select(m => 12 * c + m).ToArray()));
            list.Add(new PublishedValue(values[p][categories], Enumerable.Range(0, categories).SelectMany(c => months.Select(m => 12 * c + m)).ToArray()));
        }
        return list;
    }

    public static List<PublishedTable> YearTables(int categories) =>
        Enumerable.Range(0, Periods.Length)
            .Select(p => new PublishedTable(p * (categories + 1) + categories, Enumerable.Range(p * (categories + 1), categories).ToArray()))
            .ToList();

    public static bool[] Flatten(bool[][] suppressed) => suppressed.SelectMany(row => row).ToArray();

    /// <summary>Arbitrary overlapping 0/1 supports over 3..12 inner cells, with a few random tables.</summary>
    public static (List<PublishedValue> Values, List<PublishedTable> Tables) Overlapping(Random random)
    {
        var width = random.Next(3, 13);
        var values = Enumerable.Range(0, random.Next(3, 26)).Select(_ =>
        {
            var support = Enumerable.Range(0, width).Where(_ => random.NextDouble() < 0.4).ToArray();
            var value = random.NextDouble() switch { < 0.15 => 0L, < 0.6 => random.Next(1, 7), _ => random.Next(7, 60) };
            return new PublishedValue(value, support.Length > 0 ? support : [random.Next(width)]);
        }).ToList();
        var tables = Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => new PublishedTable(random.Next(values.Count), Enumerable.Range(0, values.Count).Where(_ => random.NextDouble() < 0.3).ToArray()))
            .ToList();
        return (values, tables);
    }

    /// <summary>
    /// A rows×columns table with row, column and grand totals. Inner cell (r, c) is value r·columns + c; then the row
    /// totals, the column totals and the grand total. Each row, each column and both margins are a table.
    /// </summary>
    public static (List<PublishedValue> Values, List<PublishedTable> Tables) CrossTable(Random random, int rows, int columns, bool distinct)
    {
        var inner = new long[rows * columns];
        for (var i = 0; i < inner.Length; i++)
        {
            var r = random.NextDouble();
            inner[i] = r < 0.25 ? 0 : r < 0.75 ? random.Next(1, 7) : random.Next(7, 40);
        }
        long Total(IEnumerable<long> parts) => distinct ? Between(random, parts.ToList()) : parts.Sum();

        var values = inner.Select((v, i) => new PublishedValue(v, [i])).ToList();
        var rowTotals = Enumerable.Range(0, rows).Select(r => Total(Enumerable.Range(0, columns).Select(c => inner[r * columns + c]))).ToList();
        var columnTotals = Enumerable.Range(0, columns).Select(c => Total(Enumerable.Range(0, rows).Select(r => inner[r * columns + c]))).ToList();
        for (var r = 0; r < rows; r++)
            values.Add(new PublishedValue(rowTotals[r], Enumerable.Range(0, columns).Select(c => r * columns + c).ToArray()));
        for (var c = 0; c < columns; c++)
            values.Add(new PublishedValue(columnTotals[c], Enumerable.Range(0, rows).Select(r => r * columns + c).ToArray()));
        var grand = distinct ? Math.Max(Total(rowTotals), columnTotals.Max()) : inner.Sum();
        values.Add(new PublishedValue(grand, Enumerable.Range(0, rows * columns).ToArray()));

        var rowTotal0 = rows * columns;
        var columnTotal0 = rowTotal0 + rows;
        var grandIndex = columnTotal0 + columns;
        var tables = new List<PublishedTable>();
        for (var r = 0; r < rows; r++)
            tables.Add(new PublishedTable(rowTotal0 + r, Enumerable.Range(0, columns).Select(c => r * columns + c).ToArray()));
        for (var c = 0; c < columns; c++)
            tables.Add(new PublishedTable(columnTotal0 + c, Enumerable.Range(0, rows).Select(r => r * columns + c).ToArray()));
        tables.Add(new PublishedTable(grandIndex, Enumerable.Range(rowTotal0, rows).ToArray()));
        tables.Add(new PublishedTable(grandIndex, Enumerable.Range(columnTotal0, columns).ToArray()));
        return (values, tables);
    }
}
