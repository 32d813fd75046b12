namespace Tilda.Testing.Statistics;

/// <summary>What an attack found: how many candidate groups it tried, and those whose size it could compute.</summary>
public sealed record AttackReport(int Values, int Classes, int Rank, long Tried, IReadOnlyList<RecoveredGroup> Recovered);

/// <summary>A group whose number of persons the published values give away, and how the attacker found it.</summary>
public sealed record RecoveredGroup(string How, IReadOnlyList<long> Persons)
{
    public override string ToString() => $"{How}: {Persons.Count} persons";
}

/// <summary>
/// The attacker of the disclosure control, written apart from it. It knows who stands behind every published value (the
/// ground truth: each value as a linear form over persons) and publishes nothing itself; it looks for a group of 1 to k−1
/// persons whose number is a linear combination of the published values. Persons who count alike in every value form a
/// class; a group that splits a class can never be computed, so groups are unions of classes.
/// <para>It tries (1) every natural population it is given (each cell of each table, suppressed or not, each crossing of
/// attributes) and (2) exhaustively every union of up to four small classes (fewer than k persons in all — with k ≤ 5 that
/// is every possible small group): the published values' row space is brought to reduced echelon form, and a union S is
/// computable exactly when the rows of its pivot classes add up to S's indicator, found by meeting in the middle on
/// random linear hashes of those rows and then checked entry by entry.</para>
/// <para>Arithmetic is modulo two independent 61-bit primes, each giving a separate echelon form: a combination over
/// the rationals exists modulo every prime that divides none of the system's minors, so an attack shows under at least
/// one of them (a prime dividing a minor of these small 0/1 systems is vanishingly unlikely; using two makes it twice
/// so). A group counts as recovered when either prime finds it.</para>
/// </summary>
public sealed class LinearAttacker(int threshold)
{
    private static readonly ulong[] Primes = [(1UL << 61) - 1, 2305843009213693921UL /* 2^61 − 31 */ ];
    private readonly List<IReadOnlyDictionary<long, long>> _published = [];

    /// <summary>A value the attacker reads: per person, how much they count in it.</summary>
    public void Read(IReadOnlyDictionary<long, long> value) => _published.Add(value);

    public int Values => _published.Count;

    public AttackReport Attack(IEnumerable<(string Name, IReadOnlyCollection<long> Persons)> populations)
    {
        var persons = _published.SelectMany(v => v.Where(e => e.Value != 0).Select(e => e.Key)).Distinct().Order().ToList();
        var signatures = persons.ToDictionary(p => p, p => string.Join(',', _published.Select((v, i) => v.TryGetValue(p, out var c) && c != 0 ? $"{i}:{c}" : "").Where(s => s.Length > 0)));
        var classes = persons.GroupBy(p => signatures[p]).Select(g => g.ToList()).ToList();
        var classOf = classes.SelectMany((members, c) => members.Select(p => (p, c))).ToDictionary(x => x.p, x => x.c);
        var rows = _published.Select(v => v.Where(e => e.Value != 0).GroupBy(e => classOf[e.Key]).ToDictionary(g => g.Key, g => g.First().Value)).ToList();

        var recovered = new SortedDictionary<string, RecoveredGroup>(StringComparer.Ordinal);
        void Found(string how, IEnumerable<long> group)
        {
            List<long> sorted = [.. group.Order()];
            recovered.TryAdd(string.Join(',', sorted), new RecoveredGroup(how, sorted));
        }
        long tried = 0;
        var rank = 0;
        foreach (var prime in Primes)
        {
            // The same groups are tried under each prime; they are counted once.
            if (prime != Primes[0]) tried = 0;
            var space = new ModularEchelon(prime, classes.Count, rows);
            rank = Math.Max(rank, space.Rank);
            foreach (var (name, members) in populations)
            {
                if (members.Count is 0 || members.Count >= threshold) continue;
                tried++;
                // A population that splits a class (or holds a person in no published value) has no computable size.
                var set = members.Where(classOf.ContainsKey).Select(p => classOf[p]).Distinct().ToList();
                if (members.Any(p => !classOf.ContainsKey(p)) || set.Sum(c => classes[c].Count) != members.Count) continue;
                if (space.Computable(set)) Found(name, members);
            }
            foreach (var set in space.SmallUnions(classes.Select(c => c.Count).ToList(), threshold, ref tried))
                Found($"a union of {set.Count} classes", set.SelectMany(c => classes[c]));
        }
        return new AttackReport(_published.Count, classes.Count, rank, tried, [.. recovered.Values]);
    }

    /// <summary>The row space of the values over classes in reduced echelon form, modulo a prime.</summary>
    private sealed class ModularEchelon
    {
        private readonly ulong _p;
        private readonly int _width;
        private readonly List<ulong[]> _rows = [];   // each normalised: 1 at its pivot, 0 at every other pivot
        private readonly List<int> _pivots = [];
        private readonly int[] _rowOfPivot;

        public ModularEchelon(ulong prime, int width, IEnumerable<Dictionary<int, long>> rows)
        {
            _p = prime;
            _width = width;
            _rowOfPivot = Enumerable.Repeat(-1, width).ToArray();
            foreach (var row in rows)
            {
                var dense = new ulong[width];
                foreach (var (c, v) in row) dense[c] = Of(v);
                Add(dense);
            }
        }

        public int Rank => _rows.Count;

        private ulong Of(long v) => v >= 0 ? (ulong)v % _p : (_p - (ulong)(-v) % _p) % _p;
        private ulong Mul(ulong a, ulong b) => (ulong)((UInt128)a * b % _p);
        private ulong Sub(ulong a, ulong b) => a >= b ? a - b : a + _p - b;
        private ulong Inverse(ulong a)
        {
            ulong result = 1, e = _p - 2;
            while (e > 0)
            {
                if ((e & 1) == 1) result = Mul(result, a);
                a = Mul(a, a);
                e >>= 1;
            }
            return result;
        }

        private void Add(ulong[] row)
        {
            for (var i = 0; i < _rows.Count; i++)
                if (row[_pivots[i]] is var f and not 0) Eliminate(row, _rows[i], f);
            var pivot = Array.FindIndex(row, x => x != 0);
            if (pivot < 0) return;
            var inverse = Inverse(row[pivot]);
            for (var j = 0; j < _width; j++) row[j] = Mul(row[j], inverse);
            foreach (var other in _rows)
                if (other[pivot] is var f and not 0) Eliminate(other, row, f);
            _rowOfPivot[pivot] = _rows.Count;
            _rows.Add(row);
            _pivots.Add(pivot);
        }

        /// <summary>How many unions of one to four of the classes have at most <paramref name="budget"/> persons: the groups covered.</summary>
        private static long Unions(List<int> sizes, int budget)
        {
            var ways = new long[5, budget + 1]; // ways[n, s]: sets of n classes holding s persons
            ways[0, 0] = 1;
            foreach (var size in sizes)
                for (var n = 4; n >= 1; n--)
                    for (var s = budget; s >= size; s--) ways[n, s] += ways[n - 1, s - size];
            long total = 0;
            for (var n = 1; n <= 4; n++)
                for (var s = 1; s <= budget; s++) total += ways[n, s];
            return total;
        }

        /// <summary>target −= f · source.</summary>
        private void Eliminate(ulong[] target, ulong[] source, ulong f)
        {
            for (var j = 0; j < _width; j++)
                if (source[j] != 0) target[j] = Sub(target[j], Mul(f, source[j]));
        }

        /// <summary>Whether the indicator of the classes is in the row space: the sum of its pivot classes' rows equals it.</summary>
        public bool Computable(IReadOnlyCollection<int> set)
        {
            var inSet = set.ToHashSet();
            var sum = new ulong[_width];
            foreach (var c in set)
                if (_rowOfPivot[c] is >= 0 and var r)
                    for (var j = 0; j < _width; j++) sum[j] = (sum[j] + _rows[r][j]) % _p;
            for (var j = 0; j < _width; j++)
                if (sum[j] != (inSet.Contains(j) ? 1UL : 0UL)) return false;
            return set.Any(c => _rowOfPivot[c] >= 0);
        }

        /// <summary>
        /// Every union S of one to four small classes, fewer than k persons in all, that is computable. With T the pivot
        /// classes of S and U the others, S is computable exactly when Σ_{t∈T} row_t − Σ_{u∈U} e_u = 0: a zero sum of at
        /// most four "items" (rows of small pivot classes, minus unit vectors of small free classes), at least one a row.
        /// Items are hashed by a random linear form; sums of one or two items are joined on their hashes, and each match is
        /// checked exactly.
        /// </summary>
        public IEnumerable<List<int>> SmallUnions(IReadOnlyList<int> sizes, int threshold, ref long tried)
        {
            var random = new Random(20251201);
            var weights = Enumerable.Range(0, _width).Select(_ => (ulong)random.NextInt64(1, (long)Math.Min(_p, long.MaxValue))).ToArray();
            var small = Enumerable.Range(0, _width).Where(c => sizes[c] < threshold).ToList();
            // Item hash: a pivot class's row minus its own unit vector, hashed; a free class's unit vector negated. S is
            // computable exactly when its items sum to the zero vector.
            var hash = new Dictionary<int, ulong>();
            foreach (var c in small)
            {
                ulong h = (_p - weights[c] % _p) % _p;
                if (_rowOfPivot[c] >= 0)
                {
                    var row = _rows[_rowOfPivot[c]];
                    for (var j = 0; j < _width; j++)
                        if (row[j] != 0) h = (h + Mul(row[j], weights[j] % _p)) % _p;
                }
                hash[c] = h;
            }
            var budget = threshold - 1;
            var halves = new List<int[]>();
            foreach (var a in small) halves.Add([a]);
            for (var i = 0; i < small.Count; i++)
                for (var j = i + 1; j < small.Count; j++)
                    if (sizes[small[i]] + sizes[small[j]] <= budget) halves.Add([small[i], small[j]]);
            var byHash = new Dictionary<ulong, List<int>>();
            for (var h = 0; h < halves.Count; h++)
            {
                var key = halves[h].Aggregate(0UL, (s, c) => (s + hash[c]) % _p);
                if (!byHash.TryGetValue(key, out var list)) byHash[key] = list = [];
                list.Add(h);
            }
            var found = new List<List<int>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Check(List<int> set)
            {
                var persons = set.Sum(c => sizes[c]);
                if (persons < 1 || persons > budget || !set.Any(c => _rowOfPivot[c] >= 0)) return;
                set.Sort();
                if (!seen.Add(string.Join(',', set))) return;
                if (Computable(set)) found.Add(set);
            }
            // One half alone sums to zero, or two disjoint halves sum to zero together.
            foreach (var (key, list) in byHash)
            {
                if (key == 0)
                    foreach (var h in list) Check([.. halves[h]]);
                if (!byHash.TryGetValue((_p - key) % _p, out var partners)) continue;
                foreach (var h in list)
                    foreach (var g in partners)
                        if (g > h && !halves[h].Intersect(halves[g]).Any()) Check([.. halves[h], .. halves[g]]);
            }
            tried += Unions(small.Select(c => sizes[c]).ToList(), budget);
            return found;
        }
    }
}
