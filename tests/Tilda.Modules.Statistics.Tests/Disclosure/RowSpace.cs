using System.Numerics;

namespace Tilda.Modules.Statistics.Tests.Disclosure;

/// <summary>
/// An exact row space for checking the engine, deliberately written apart from it: dense <see cref="BigInteger"/>
/// Gauss–Jordan elimination with the leftmost pivot, each row cleared from the pivot columns of all the others.
/// </summary>
internal sealed class RowSpace
{
    private readonly int width;
    private readonly List<(int Pivot, BigInteger[] Row)> rows = [];

    public RowSpace(int width, IEnumerable<IEnumerable<int>> supports)
    {
        this.width = width;
        foreach (var support in supports)
            Add(Vector(support));
    }

    public int Rank => rows.Count;

    /// <summary>rank([A; x]) where A is this space's rows and x the 0/1 vector of <paramref name="support"/>.</summary>
    public int RankWith(IEnumerable<int> support) => Rank + (Reduce(Vector(support)).All(x => x.IsZero) ? 0 : 1);

    private BigInteger[] Vector(IEnumerable<int> support)
    {
        var vector = new BigInteger[width];
        foreach (var cell in support)
            vector[cell] = BigInteger.One;
        return vector;
    }

    private BigInteger[] Reduce(BigInteger[] vector)
    {
        foreach (var (pivot, row) in rows)
            if (!vector[pivot].IsZero)
                vector = Combine(row[pivot], vector, vector[pivot], row);
        return vector;
    }

    private void Add(BigInteger[] vector)
    {
        vector = Reduce(vector);
        var pivot = Array.FindIndex(vector, x => !x.IsZero);
        if (pivot < 0)
            return;
        for (var i = 0; i < rows.Count; i++)
            if (!rows[i].Row[pivot].IsZero)
                rows[i] = (rows[i].Pivot, Combine(vector[pivot], rows[i].Row, rows[i].Row[pivot], vector));
        rows.Add((pivot, vector));
    }

    /// <summary>a·x − b·y, divided by the gcd of its entries.</summary>
    private static BigInteger[] Combine(BigInteger a, BigInteger[] x, BigInteger b, BigInteger[] y)
    {
        var result = new BigInteger[x.Length];
        var gcd = BigInteger.Zero;
        for (var j = 0; j < x.Length; j++)
        {
            result[j] = a * x[j] - b * y[j];
            gcd = BigInteger.GreatestCommonDivisor(gcd, result[j]);
        }
        if (gcd > BigInteger.One)
            for (var j = 0; j < x.Length; j++)
                result[j] /= gcd;
        return result;
    }
}
