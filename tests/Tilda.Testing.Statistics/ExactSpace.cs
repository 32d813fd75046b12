using System.Numerics;

namespace Tilda.Testing.Statistics;

/// <summary>
/// An exact row space over the rationals for checking the disclosure control, written apart from it: dense
/// <see cref="BigInteger"/> Gauss–Jordan elimination (rows kept integral, divided by their content).
/// </summary>
public sealed class ExactSpace
{
    private readonly int _width;
    private readonly List<(int Pivot, BigInteger[] Row)> _rows = [];

    public ExactSpace(int width, IEnumerable<long[]> rows)
    {
        _width = width;
        foreach (var row in rows) Add([.. row.Select(v => new BigInteger(v))]);
    }

    public int Rank => _rows.Count;

    public bool Contains(long[] vector) => Reduce([.. vector.Select(v => new BigInteger(v))]).All(x => x.IsZero);

    private BigInteger[] Reduce(BigInteger[] vector)
    {
        foreach (var (pivot, row) in _rows)
            if (!vector[pivot].IsZero)
                vector = Combine(row[pivot], vector, vector[pivot], row);
        return vector;
    }

    private void Add(BigInteger[] vector)
    {
        vector = Reduce(vector);
        var pivot = Array.FindIndex(vector, x => !x.IsZero);
        if (pivot < 0) return;
        for (var i = 0; i < _rows.Count; i++)
            if (!_rows[i].Row[pivot].IsZero)
                _rows[i] = (_rows[i].Pivot, Combine(vector[pivot], _rows[i].Row, _rows[i].Row[pivot], vector));
        _rows.Add((pivot, vector));
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
            for (var j = 0; j < x.Length; j++) result[j] /= gcd;
        return result;
    }
}

/// <summary>
/// The attacker, by brute force: with the published values as rows over persons, every group of 1 to k−1 persons made
/// of whole classes (persons who count alike in every value) whose number of persons is a linear combination of the
/// published values. Exhaustive over small systems; used to check the engine, never by it.
/// </summary>
public static class Attacker
{
    public static List<IReadOnlyList<long>> Recoverable(IReadOnlyList<IReadOnlyDictionary<long, long>> published, int threshold)
    {
        var persons = published.SelectMany(v => v.Keys).Distinct().Order().ToList();
        var index = persons.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var space = new ExactSpace(persons.Count, published.Select(v =>
        {
            var row = new long[persons.Count];
            foreach (var (p, c) in v) row[index[p]] = c;
            return row;
        }));
        var classes = persons.GroupBy(p => string.Join(',', published.Select(v => v.GetValueOrDefault(p))))
            .Select(g => g.ToList()).Where(c => c.Count < threshold).ToList();
        var found = new List<IReadOnlyList<long>>();
        void Search(int start, List<List<long>> chosen, int size)
        {
            if (chosen.Count > 0)
            {
                var vector = new long[persons.Count];
                foreach (var p in chosen.SelectMany(c => c)) vector[index[p]] = 1;
                if (space.Contains(vector)) found.Add([.. chosen.SelectMany(c => c).Order()]);
            }
            for (var i = start; i < classes.Count; i++)
            {
                if (size + classes[i].Count >= threshold) continue;
                chosen.Add(classes[i]);
                Search(i + 1, chosen, size + classes[i].Count);
                chosen.RemoveAt(chosen.Count - 1);
            }
        }
        Search(0, [], 0);
        return found;
    }
}
