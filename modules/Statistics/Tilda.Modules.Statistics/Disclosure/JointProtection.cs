using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>A value that may be published: who counts how much in it, and whether it is already suppressed (primary).</summary>
internal sealed record Candidate(IReadOnlyDictionary<long, long> Contributions, bool Suppressed);

/// <summary>
/// Disclosure control of new values against everything already published (the ledger), with the person as the protected
/// unit. Every value is a linear form in per-person contributions (0 or 1 in a person table, the number of events in an
/// event table); persons who count the same in every value form a class. A candidate is published only if, with it, no
/// set of classes holding 1 to k−1 persons has a number of persons that is a linear combination of published values —
/// whatever tables, periods, releases or revisions they come from (<see cref="RigidSets"/>). When such a set appears, the
/// candidate of lowest priority among the values that combine to it is suppressed, and the check runs again.
/// Candidates come in priority order: the tables in the order given, and in each table the larger values first.
/// </summary>
internal static class JointProtection
{
    /// <returns>For each candidate, whether it is suppressed (its own flag, or suppressed here).</returns>
    public static bool[] Protect(IReadOnlyList<IReadOnlyDictionary<long, long>> published, IReadOnlyList<Candidate> candidates, int threshold)
    {
        var suppressed = candidates.Select(c => c.Suppressed).ToArray();
        // Rows: the published values, then the candidates. Classes are taken over all of them (the finest partition any
        // publication could induce); a class split only by suppressed values behaves as one, so the answer is the same.
        var rows = published.Concat(candidates.Select(c => c.Contributions)).ToList();
        List<int> Active() => [.. Enumerable.Range(0, rows.Count).Where(i => i < published.Count || !suppressed[i - published.Count])];
        var classes = Classes(rows, Active());
        while (true)
        {
            var active = Active();
            var system = classes.System(active);
            var rigid = new RigidSets(system, threshold).Find();
            if (rigid.Count == 0) return suppressed;
            var chosen = new HashSet<int>();
            foreach (var set in rigid.OrderBy(s => s.Classes.Count))
            {
                var candidateRows = set.Rows.Select(r => active[r] - published.Count).Where(c => c >= 0).ToList();
                // Only values published under a lower threshold can combine to a small group on their own: the threshold was
                // raised after publishing. Nothing can be released until an operator sets it back (docs/operations.md).
                if (candidateRows.Count == 0)
                    throw new ConflictException(
                        "Values already published give away a count of fewer persons than the disclosure threshold: they were published " +
                        "under a lower Statistics:Disclosure:Threshold. Nothing more can be released until it is set back.");
                if (candidateRows.Any(chosen.Contains)) continue;
                chosen.Add(candidateRows.Max());
            }
            foreach (var c in chosen) suppressed[c] = true;
        }
    }

    /// <summary>The groups of 1 to k−1 persons whose number the values give away, as their pseudonyms: none for a ledger
    /// this control produced. An audit of any set of values.</summary>
    public static IReadOnlyList<IReadOnlyList<long>> Recoverable(IReadOnlyList<IReadOnlyDictionary<long, long>> values, int threshold)
    {
        var classes = Classes(values, [.. Enumerable.Range(0, values.Count)]);
        var system = classes.System([.. Enumerable.Range(0, values.Count)], out var members);
        return [.. new RigidSets(system, threshold).Find().Select(set => (IReadOnlyList<long>)[.. set.Classes.SelectMany(c => members[c]).Order()])];
    }

    /// <summary>Persons grouped by their contributions to every row.</summary>
    private static ClassTable Classes(IReadOnlyList<IReadOnlyDictionary<long, long>> rows, IReadOnlyList<int> rowsToSplitOn)
    {
        var signatures = new SortedDictionary<long, List<(int Row, long Count)>>();
        foreach (var row in rowsToSplitOn)
            foreach (var (subject, count) in rows[row])
            {
                if (count == 0) continue;
                if (!signatures.TryGetValue(subject, out var signature)) signatures[subject] = signature = [];
                signature.Add((row, count));
            }
        var classes = signatures
            .GroupBy(s => s.Value, SignatureComparer.Instance)
            .Select(g => (Signature: g.Key, Members: g.Select(s => s.Key).ToList()))
            .OrderBy(c => c.Signature, SignatureComparer.Instance)
            .ToList();
        return new ClassTable(rows.Count, classes);
    }

    private sealed class ClassTable(int rowCount, List<(List<(int Row, long Count)> Signature, List<long> Members)> classes)
    {
        public ValueSystem System(IReadOnlyList<int> active) => System(active, out _);

        /// <summary>The system of the active rows: classes that count in none of them drop out.</summary>
        public ValueSystem System(IReadOnlyList<int> active, out List<List<long>> members)
        {
            members = [];
            var position = new int[rowCount];
            Array.Fill(position, -1);
            for (var i = 0; i < active.Count; i++) position[active[i]] = i;
            var columns = new List<SparseVector>();
            var sizes = new List<int>();
            var rowEntries = active.Select(_ => new List<(int Class, ulong Value)>()).ToList();
            foreach (var (signature, subjects) in classes)
            {
                var entries = signature.Where(e => position[e.Row] >= 0).ToList();
                if (entries.Count == 0) continue;
                var c = columns.Count;
                columns.Add(new SparseVector([.. entries.Select(e => position[e.Row])], [.. entries.Select(e => Fp.Of(e.Count))]));
                sizes.Add(subjects.Count);
                members.Add(subjects);
                foreach (var e in entries) rowEntries[position[e.Row]].Add((c, Fp.Of(e.Count)));
            }
            var rows = rowEntries.Select(r => new SparseVector([.. r.Select(e => e.Class)], [.. r.Select(e => e.Value)])).ToList();
            return new ValueSystem(rows, columns, sizes);
        }
    }

    private sealed class SignatureComparer : IEqualityComparer<List<(int Row, long Count)>>, IComparer<List<(int Row, long Count)>>
    {
        public static readonly SignatureComparer Instance = new();

        public bool Equals(List<(int Row, long Count)>? x, List<(int Row, long Count)>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(List<(int Row, long Count)> signature)
        {
            var hash = new HashCode();
            foreach (var entry in signature) hash.Add(entry);
            return hash.ToHashCode();
        }

        public int Compare(List<(int Row, long Count)>? x, List<(int Row, long Count)>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                if (x[i].Row != y[i].Row) return x[i].Row.CompareTo(y[i].Row);
                if (x[i].Count != y[i].Count) return x[i].Count.CompareTo(y[i].Count);
            }
            return x.Count.CompareTo(y.Count);
        }
    }
}
