namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>
/// The published values as linear forms over classes of persons: <c>Rows[i]</c> is value i, a sparse vector of per-class
/// coefficients (how much each member of a class counts in it: 1 in a person table, the number of events in an event
/// table); <c>Columns[c]</c> is the same matrix by class, and <c>Sizes[c]</c> the number of persons in class c. A class is
/// the set of persons who count the same in every value, so a published value is a sum over classes.
/// </summary>
internal sealed record ValueSystem(IReadOnlyList<SparseVector> Rows, IReadOnlyList<SparseVector> Columns, IReadOnlyList<int> Sizes);

internal sealed record SparseVector(int[] Indices, ulong[] Values);

/// <summary>A set of classes whose number of persons, 1 to k−1 in all, is a linear combination of the published values
/// (<see cref="Rows"/>: the values that combination uses).</summary>
internal sealed record RigidSet(IReadOnlyList<int> Classes, IReadOnlyList<int> Rows);

/// <summary>
/// Finds every set S of classes with 1 ≤ Σ sizes ≤ k−1 whose indicator 1_S lies in the row space W of the published
/// values: a count of fewer than k persons an attacker can compute exactly. The method:
/// <list type="number">
/// <item>A column basis B of the matrix is found class by class (large classes first, so that few small ones are needed),
/// keeping the inverse of the square submatrix A[ρ, B] on its pivot rows ρ. Every other class c gets its coordinates
/// μ_c = A[ρ,B]⁻¹ a_c[ρ]; a vector x of W is fixed by its values on B, with x_c = Σ_b μ_{c,b} x_b.</item>
/// <item>So 1_S ∈ W exactly when, for T = S ∩ B (never empty), Σ_{b∈T} μ_{c,b} is 1 for the other classes of S and 0 for
/// every other class. Only small classes (fewer than k persons) can be in S and |S| ≤ k−1, so T is a handful of small
/// basis classes: singletons are checked exactly; larger T are found through random linear hashes of the rows μ_{·,b} over
/// a few groups of classes (a set that leaves at most k−1−|T| classes outside B cannot touch every group), then checked
/// exactly. Hash collisions only add candidates to check; nothing is missed.</item>
/// </list>
/// All arithmetic is modulo a 61-bit prime (<see cref="Fp"/>); the randomness is seeded, so the answer is deterministic.
/// </summary>
internal sealed class RigidSets
{
    private readonly ValueSystem _system;
    private readonly int _threshold;
    private readonly int _groups;
    private readonly ulong[] _weights;
    private readonly int[] _group;

    // The basis: class of each basis position, the pivot row of each position, and M⁻¹ (rows: basis position, columns: pivot position).
    private readonly List<int> _basis = [];
    private readonly List<int> _pivots = [];
    private readonly Dictionary<int, int> _positionOfPivotRow = [];
    private readonly Dictionary<int, int> _positionOfClass = [];
    private readonly ulong[][] _inverse;

    // Per basis position: the group hashes of its row of μ, and what a one-element T needs to know of that row.
    private readonly List<ulong[]> _hash = [];
    private readonly List<RowSummary> _summary = [];

    private sealed class RowSummary
    {
        public bool Clean = true; // every non-zero μ is 1 and on a small class
        public int Persons;        // persons in the classes where μ is 1
        public int Classes;
    }

    public RigidSets(ValueSystem system, int threshold, int seed = 0x7117DA)
    {
        _system = system;
        _threshold = threshold;
        _groups = threshold; // more groups than the k−2 classes a T of two may leave outside the basis
        var random = new Random(seed);
        _weights = [.. Enumerable.Range(0, system.Columns.Count).Select(_ => (ulong)random.NextInt64(1, (long)Fp.P))];
        _group = [.. Enumerable.Range(0, system.Columns.Count).Select(_ => random.Next(_groups))];
        var rank = Math.Min(system.Rows.Count, system.Columns.Count);
        _inverse = [.. Enumerable.Range(0, rank).Select(_ => new ulong[rank])];
    }

    private bool IsSmall(int c) => _system.Sizes[c] < _threshold;

    public IReadOnlyList<RigidSet> Find()
    {
        BuildBasis();
        var found = new List<RigidSet>();
        var small = Enumerable.Range(0, _basis.Count).Where(p => IsSmall(_basis[p])).ToList();
        var budget = _threshold - 1;
        foreach (var p in small)
        {
            var s = _summary[p];
            if (s.Clean && s.Persons + _system.Sizes[_basis[p]] <= budget) found.Add(Verified([p])!);
        }
        if (small.Count < 2 || budget < 2) return found;

        // Larger T: their hash sums vanish on every group none of the outside classes falls in.
        var seen = new HashSet<string>(found.Select(Key));
        var tried = new HashSet<string>();
        foreach (var candidate in CandidateSets(small, budget))
        {
            if (tried.Add(string.Join(',', candidate)) && Verified(candidate) is { } set && seen.Add(Key(set))) found.Add(set);
        }
        return found;
    }

    private static string Key(RigidSet set) => string.Join(',', set.Classes.Order());

    /// <summary>
    /// Sets T of 2 to <paramref name="budget"/> small basis positions (persons within the budget) whose group hashes sum to
    /// zero on every group that the classes outside the basis — at most budget − |T| of them — leave untouched. Found by
    /// meeting in the middle: T splits into two halves, and for each choice of groups the outside classes may touch, the
    /// halves are joined on their hash sums over the remaining groups.
    /// </summary>
    private IEnumerable<int[]> CandidateSets(List<int> small, int budget)
    {
        var usable = small.Where(p => _system.Sizes[_basis[p]] <= budget - 1).ToList();
        for (var t = 2; t <= Math.Min(budget, usable.Count); t++)
        {
            var outside = Math.Min(budget - t, _groups - 1);
            var first = Halves(usable, (t + 1) / 2, budget);
            var second = t / 2 == (t + 1) / 2 ? first : Halves(usable, t / 2, budget);
            foreach (var touched in Combinations(Enumerable.Range(0, _groups).ToList(), outside))
            {
                var clean = Enumerable.Range(0, _groups).Except(touched).ToArray();
                var index = new Dictionary<string, List<int[]>>();
                foreach (var half in second)
                {
                    var key = HashKey(half, clean, negate: false);
                    if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                    list.Add(half);
                }
                foreach (var half in first)
                {
                    if (!index.TryGetValue(HashKey(half, clean, negate: true), out var matches)) continue;
                    foreach (var other in matches)
                    {
                        if (half.Intersect(other).Any()) continue;
                        int[] set = [.. half.Concat(other).Order()];
                        if (set.Sum(p => _system.Sizes[_basis[p]]) <= budget) yield return set;
                    }
                }
            }
        }
    }

    /// <summary>The subsets of <paramref name="size"/> positions whose persons fit the budget.</summary>
    private List<int[]> Halves(List<int> positions, int size, int budget) =>
        Combinations(positions, size).Where(c => c.Sum(p => _system.Sizes[_basis[p]]) <= budget).ToList();

    private string HashKey(int[] positions, int[] groups, bool negate) => string.Join(',', groups.Select(g =>
    {
        ulong sum = 0;
        foreach (var p in positions) sum = Fp.Add(sum, _hash[p][g]);
        return negate ? Fp.Neg(sum) : sum;
    }));

    private static IEnumerable<int[]> Combinations(List<int> items, int size)
    {
        if (size == 0) { yield return []; yield break; }
        if (size > items.Count) yield break;
        var indices = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return [.. indices.Select(i => items[i])];
            var i = size - 1;
            while (i >= 0 && indices[i] == items.Count - size + i) i--;
            if (i < 0) yield break;
            indices[i]++;
            for (var j = i + 1; j < size; j++) indices[j] = indices[j - 1] + 1;
        }
    }

    /// <summary>The exact check of one T: Σ_{b∈T} μ_{c,b} over every class outside the basis must be 0 or 1, 1 only on
    /// small classes, and the persons of T and of those classes at most k−1.</summary>
    private RigidSet? Verified(IReadOnlyList<int> positions)
    {
        var combined = new ulong[_pivots.Count];
        foreach (var p in positions)
            for (var k = 0; k < _pivots.Count; k++) combined[k] = Fp.Add(combined[k], _inverse[p][k]);
        var classes = positions.Select(p => _basis[p]).ToList();
        var persons = classes.Sum(c => _system.Sizes[c]);
        for (var c = 0; c < _system.Columns.Count; c++)
        {
            if (_positionOfClass.ContainsKey(c)) continue;
            var x = Coordinate(combined, c);
            if (x == 0) continue;
            if (x != 1 || !IsSmall(c)) return null;
            persons += _system.Sizes[c];
            if (persons >= _threshold) return null;
            classes.Add(c);
        }
        // The values that combine to it: λ = Σ_{b∈T} M⁻¹[b, ·] on the pivot rows.
        var rows = Enumerable.Range(0, _pivots.Count).Where(k => combined[k] != 0).Select(k => _pivots[k]).ToList();
        return new RigidSet(classes, rows);
    }

    /// <summary>Σ_k combined[k]·a_c[ρ_k]: the value at class c of the vector of W given by its basis values.</summary>
    private ulong Coordinate(ulong[] combined, int c)
    {
        var column = _system.Columns[c];
        ulong x = 0;
        for (var i = 0; i < column.Indices.Length; i++)
            if (_positionOfPivotRow.TryGetValue(column.Indices[i], out var k))
                x = Fp.Add(x, Fp.Mul(combined[k], column.Values[i]));
        return x;
    }

    private void BuildBasis()
    {
        var order = Enumerable.Range(0, _system.Columns.Count)
            .OrderBy(c => IsSmall(c) ? 1 : 0).ThenByDescending(c => _system.Sizes[c]).ThenBy(c => c);
        var residual = new ulong[_system.Rows.Count];
        var touched = new List<int>();
        foreach (var c in order)
        {
            var column = _system.Columns[c];
            var mu = Coordinates(column);
            // residual = a_c − Σ_b μ_b a_b, zero on the pivot rows by construction.
            touched.Clear();
            void Add(int row, ulong value)
            {
                if (residual[row] == 0) touched.Add(row);
                residual[row] = Fp.Add(residual[row], value);
            }
            for (var i = 0; i < column.Indices.Length; i++) Add(column.Indices[i], column.Values[i]);
            for (var b = 0; b < mu.Length; b++)
            {
                if (mu[b] == 0) continue;
                var basisColumn = _system.Columns[_basis[b]];
                var factor = Fp.Neg(mu[b]);
                for (var i = 0; i < basisColumn.Indices.Length; i++) Add(basisColumn.Indices[i], Fp.Mul(factor, basisColumn.Values[i]));
            }
            var pivot = -1;
            foreach (var row in touched)
                if (residual[row] != 0 && !_positionOfPivotRow.ContainsKey(row) && (pivot < 0 || row < pivot)) pivot = row;
            if (pivot >= 0) AddToBasis(c, mu, pivot, residual[pivot]);
            else Record(c, mu);
            foreach (var row in touched) residual[row] = 0;
        }
    }

    /// <summary>μ = M⁻¹·a_c[ρ].</summary>
    private ulong[] Coordinates(SparseVector column)
    {
        var mu = new ulong[_basis.Count];
        for (var i = 0; i < column.Indices.Length; i++)
        {
            if (!_positionOfPivotRow.TryGetValue(column.Indices[i], out var k)) continue;
            var value = column.Values[i];
            for (var b = 0; b < mu.Length; b++)
                if (_inverse[b][k] != 0) mu[b] = Fp.Add(mu[b], Fp.Mul(_inverse[b][k], value));
        }
        return mu;
    }

    /// <summary>A class outside the basis: its coordinates enter the row summaries and hashes of the basis classes.</summary>
    private void Record(int c, ulong[] mu)
    {
        for (var b = 0; b < mu.Length; b++)
        {
            if (mu[b] == 0) continue;
            var summary = _summary[b];
            if (mu[b] != 1 || !IsSmall(c)) summary.Clean = false;
            else { summary.Persons += _system.Sizes[c]; summary.Classes++; }
            _hash[b][_group[c]] = Fp.Add(_hash[b][_group[c]], Fp.Mul(_weights[c], mu[b]));
        }
    }

    /// <summary>
    /// Borders M = A[ρ, B] with the new class (column u = a_c[ρ], corner a_c[r]) and its pivot row r (row v = A[r, B]):
    /// with μ = M⁻¹u and the Schur complement s = a_c[r] − v·μ (the residual at r, non-zero), the new inverse is
    /// [[M⁻¹ + μ qᵀ/s, −μ/s], [−qᵀ/s, 1/s]] where qᵀ = v M⁻¹.
    /// </summary>
    private void AddToBasis(int c, ulong[] mu, int pivotRow, ulong schur)
    {
        var t = _basis.Count;
        var q = new ulong[t];
        var row = _system.Rows[pivotRow];
        for (var i = 0; i < row.Indices.Length; i++)
        {
            if (!_positionOfClass.TryGetValue(row.Indices[i], out var b)) continue;
            var v = row.Values[i];
            var inverseRow = _inverse[b];
            for (var k = 0; k < t; k++)
                if (inverseRow[k] != 0) q[k] = Fp.Add(q[k], Fp.Mul(v, inverseRow[k]));
        }
        var inverseSchur = Fp.Inverse(schur);
        for (var b = 0; b < t; b++)
        {
            var scaled = Fp.Mul(mu[b], inverseSchur);
            var inverseRow = _inverse[b];
            if (scaled != 0)
                for (var k = 0; k < t; k++) inverseRow[k] = Fp.Add(inverseRow[k], Fp.Mul(scaled, q[k]));
            inverseRow[t] = Fp.Neg(scaled);
        }
        for (var k = 0; k < t; k++) _inverse[t][k] = Fp.Neg(Fp.Mul(q[k], inverseSchur));
        _inverse[t][t] = inverseSchur;

        _basis.Add(c);
        _pivots.Add(pivotRow);
        _positionOfClass[c] = t;
        _positionOfPivotRow[pivotRow] = t;
        _hash.Add(new ulong[_groups]);
        _summary.Add(new RowSummary());
    }
}
