using System.Numerics;

namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>
/// The secondary suppression of <see cref="GaussianSuppression"/> in exact integer arithmetic: <typeparamref name="T"/> is
/// <see cref="long"/> (every operation checked, so an overflow throws rather than corrupts) or <see cref="BigInteger"/>.
/// </summary>
/// <remarks>
/// The published values' supports are kept as an echelon basis built in insertion order: each new row is first reduced
/// against all earlier rows, so it is zero at their pivots. Reducing any vector against the rows in that order leaves
/// it zero at every pivot, which makes the residual unique: a vector lies in the published span exactly when its
/// residual is zero. Each primary's residual is kept up to date; publishing a candidate with residual r would reveal a
/// primary exactly when that primary's residual is a multiple of r.
/// </remarks>
internal static class LinearProtection<T> where T : IBinaryInteger<T>
{
    private sealed class Row(int pivot, T pivotValue, int[] columns, T[] coefficients)
    {
        public int Pivot { get; } = pivot;
        public T PivotValue { get; } = pivotValue;
        public int[] Columns { get; } = columns;
        public T[] Coefficients { get; } = coefficients;
    }

    public static bool[] Suppress(long[] counts, int[][] supports, int innerCount, bool[] primary)
    {
        var suppressed = (bool[])primary.Clone();
        var residuals = new List<T[]>();
        for (var i = 0; i < counts.Length; i++)
            if (primary[i])
                residuals.Add(Dense(supports[i], innerCount));

        // Zeros first (they disclose nobody), then the largest values: the smallest ones end up suppressed.
        var candidates = Enumerable.Range(0, counts.Length)
            .Where(i => !primary[i])
            .OrderBy(i => counts[i] == 0 ? 0 : 1)
            .ThenByDescending(i => counts[i])
            .ThenBy(i => i);

        var basis = new List<Row>();
        foreach (var candidate in candidates)
        {
            var vector = Dense(supports[candidate], innerCount);
            foreach (var row in basis)
                if (vector[row.Pivot] != T.Zero)
                    Eliminate(vector, row);

            var pivot = ChoosePivot(vector);
            if (pivot < 0)
                continue; // already implied by the published values
            Normalize(vector, pivot);
            if (residuals.Any(residual => IsMultiple(residual, vector, pivot)))
            {
                suppressed[candidate] = true;
                continue;
            }

            var added = ToRow(vector, pivot);
            basis.Add(added);
            foreach (var residual in residuals)
                if (residual[pivot] != T.Zero)
                    Eliminate(residual, added);
        }
        return suppressed;
    }

    private static T[] Dense(int[] support, int length)
    {
        var vector = new T[length];
        Array.Fill(vector, T.Zero);
        foreach (var cell in support)
            vector[cell] = T.One;
        return vector;
    }

    /// <summary>vector := (d/g)·vector − (a/g)·row, which clears the row's pivot (a = vector[pivot], d = row's pivot value).</summary>
    private static void Eliminate(T[] vector, Row row)
    {
        var a = vector[row.Pivot];
        var d = row.PivotValue;
        var columns = row.Columns;
        var coefficients = row.Coefficients;
        if (d == T.One)
        {
            for (var k = 0; k < columns.Length; k++)
                vector[columns[k]] = checked(vector[columns[k]] - a * coefficients[k]);
            return;
        }

        var g = Gcd(a, d);
        var scale = d / g;
        var factor = a / g;
        for (var j = 0; j < vector.Length; j++)
            vector[j] = checked(vector[j] * scale);
        for (var k = 0; k < columns.Length; k++)
            vector[columns[k]] = checked(vector[columns[k]] - factor * coefficients[k]);
        DivideByContent(vector);
    }

    /// <summary>The non-zero entry of smallest magnitude (first such), or -1 for the zero vector.</summary>
    private static int ChoosePivot(T[] vector)
    {
        var best = -1;
        var bestMagnitude = T.Zero;
        for (var j = 0; j < vector.Length; j++)
        {
            if (vector[j] == T.Zero)
                continue;
            var magnitude = T.Abs(vector[j]);
            if (best < 0 || magnitude < bestMagnitude)
            {
                best = j;
                bestMagnitude = magnitude;
                if (magnitude == T.One)
                    break;
            }
        }
        return best;
    }

    /// <summary>Divides by the entries' common divisor and makes the pivot positive.</summary>
    private static void Normalize(T[] vector, int pivot)
    {
        DivideByContent(vector);
        if (T.IsNegative(vector[pivot]))
            for (var j = 0; j < vector.Length; j++)
                vector[j] = checked(-vector[j]);
    }

    private static void DivideByContent(T[] vector)
    {
        var content = T.Zero;
        foreach (var entry in vector)
        {
            if (entry == T.Zero)
                continue;
            content = Gcd(content, entry);
            if (content == T.One)
                return;
        }
        if (content == T.Zero)
            return;
        for (var j = 0; j < vector.Length; j++)
            vector[j] /= content;
    }

    /// <summary>Whether residual = t·vector for some t ≠ 0; both are zero at every pivot of the basis.</summary>
    private static bool IsMultiple(T[] residual, T[] vector, int pivot)
    {
        var b = residual[pivot];
        if (b == T.Zero)
            return false;
        var c = vector[pivot];
        for (var j = 0; j < residual.Length; j++)
            if (checked(residual[j] * c) != checked(vector[j] * b))
                return false;
        return true;
    }

    private static Row ToRow(T[] vector, int pivot)
    {
        var columns = new List<int>();
        var coefficients = new List<T>();
        for (var j = 0; j < vector.Length; j++)
        {
            if (vector[j] == T.Zero)
                continue;
            columns.Add(j);
            coefficients.Add(vector[j]);
        }
        return new Row(pivot, vector[pivot], [.. columns], [.. coefficients]);
    }

    private static T Gcd(T a, T b)
    {
        a = T.Abs(a);
        b = T.Abs(b);
        while (b != T.Zero)
            (a, b) = (b, a % b);
        return a;
    }
}
