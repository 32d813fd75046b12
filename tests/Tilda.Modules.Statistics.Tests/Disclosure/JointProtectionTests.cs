using System.Numerics;
using Tilda.Testing.Statistics;
using Tilda.Modules.Statistics.Disclosure;
using Tilda.Modules.Statistics.Releases;

namespace Tilda.Modules.Statistics.Tests.Disclosure;

/// <summary>
/// The joint disclosure control against a brute-force attacker (<see cref="Attacker"/>, exact rational arithmetic over
/// persons): the groups it finds are exactly those the attacker can recover, and after protection the attacker recovers
/// none, whatever tables, trackers, periods or revisions the values come from.
/// </summary>
public sealed class JointProtectionTests
{
    private const int K = 5;

    /// <summary>Seeds of the random overlapping systems both searches are checked on.</summary>
    public static TheoryData<int> RandomSystems => [1, 2, 3, 4, 5, 6];

    private static Dictionary<long, long> Persons(params long[] persons) => persons.ToDictionary(p => p, _ => 1L);

    private static Dictionary<long, long> Range(long from, long to) => Persons([.. Enumerable.Range((int)from, (int)(to - from + 1)).Select(i => (long)i)]);

    private static string Show(IEnumerable<IReadOnlyList<long>> groups) =>
        string.Join(" ", groups.Select(g => $"[{string.Join(',', g)}]").Order(StringComparer.Ordinal));

    [Fact]
    public void Given_a_table_of_two_cells_and_its_total_When_one_cell_is_small_Then_the_group_is_recoverable_from_the_total_and_the_other()
    {
        var total = Range(1, 13);
        var large = Range(1, 10);

        var recovered = JointProtection.Recoverable([total, large], K);

        Assert.Equal("[11,12,13]", Show(recovered));
    }

    [Fact]
    public void Given_two_definitions_that_differ_by_one_filter_value_When_both_are_published_Then_the_difference_is_recovered()
    {
        // "Women" and "women of every citizenship but X": their difference is the two women of X.
        var women = Range(1, 30);
        var womenButX = Range(3, 30);

        Assert.Equal("[1,2]", Show(JointProtection.Recoverable([women, womenButX], K)));
    }

    [Fact]
    public void Given_a_two_way_table_with_four_small_cells_suppressed_in_a_rectangle_When_its_margins_are_published_Then_nothing_is_recoverable()
    {
        // Rows r1, r2 and columns c1, c2 hold 3 persons each (suppressed); a third row and column hold 10 each; margins
        // published. A pair in a row or column sums to 6, at least k: the rectangle protects every small cell.
        long next = 1;
        Dictionary<long, long> Cell(int n) { var c = Range(next, next + n - 1); next += n; return c; }
        var (a, b, c, d) = (Cell(3), Cell(3), Cell(3), Cell(3)); // r1c1, r1c2, r2c1, r2c2
        var (e, f, g) = (Cell(10), Cell(10), Cell(10));          // r1c3, r2c3, r3c1
        var (h, i) = (Cell(10), Cell(10));                        // r3c2, r3c3
        Dictionary<long, long> Union(params Dictionary<long, long>[] cells) => cells.SelectMany(x => x).ToDictionary(x => x.Key, x => x.Value);
        IReadOnlyDictionary<long, long>[] published = [e, f, g, h, i, Union(a, b, e), Union(c, d, f), Union(g, h, i), Union(a, c, g), Union(b, d, h), Union(e, f, i)];

        Assert.Empty(JointProtection.Recoverable(published, K));
        Assert.Empty(Attacker.Recoverable(published, K));
    }

    [Fact]
    public void Given_the_same_rectangle_of_two_person_cells_When_its_margins_are_published_Then_the_pairs_of_a_row_are_recoverable()
    {
        // With 2 persons a cell, a margin less its published cell gives the 4 persons of a suppressed pair.
        long next = 1;
        Dictionary<long, long> Cell(int n) { var c = Range(next, next + n - 1); next += n; return c; }
        var (a, b, c, d, e, f, g, h, i) = (Cell(2), Cell(2), Cell(2), Cell(2), Cell(10), Cell(10), Cell(10), Cell(10), Cell(10));
        Dictionary<long, long> Union(params Dictionary<long, long>[] cells) => cells.SelectMany(x => x).ToDictionary(x => x.Key, x => x.Value);
        IReadOnlyDictionary<long, long>[] published = [e, f, g, h, i, Union(a, b, e), Union(c, d, f), Union(g, h, i), Union(a, c, g), Union(b, d, h), Union(e, f, i)];

        Assert.Equal("[1,2,3,4] [1,2,5,6] [3,4,7,8] [5,6,7,8]", Show(JointProtection.Recoverable(published, K)));
        Assert.Equal(Show(Attacker.Recoverable(published, K)), Show(JointProtection.Recoverable(published, K)));
    }

    [Theory]
    [MemberData(nameof(RandomSystems))]
    public void Given_random_overlapping_values_When_searching_Then_exactly_the_groups_the_attacker_recovers_are_found(int seed)
    {
        var values = RandomValues(new Random(seed), persons: 30, count: 14);

        var found = JointProtection.Recoverable(values, K);

        Assert.Equal(Show(Attacker.Recoverable(values, K)), Show(found));
    }

    [Theory]
    [MemberData(nameof(RandomSystems))]
    public void Given_random_overlapping_values_When_the_linear_attacker_attacks_Then_it_recovers_exactly_what_brute_force_does(int seed)
    {
        // The attack suite's attacker (echelon form and meet in the middle) checked against brute force, so that its
        // "nothing recovered" over a whole ledger means what it says.
        var values = RandomValues(new Random(seed), persons: 30, count: 14);
        var attacker = new LinearAttacker(K);
        foreach (var value in values) attacker.Read(value);

        var report = attacker.Attack([]);

        Assert.Equal(Show(Attacker.Recoverable(values, K)), Show(report.Recovered.Select(g => g.Persons)));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    public void Given_a_ledger_and_new_candidates_When_protected_Then_the_attacker_recovers_nothing_and_the_answer_is_the_same_twice(int seed)
    {
        var random = new Random(seed);
        var ledger = Protected(RandomValues(random, persons: 40, count: 10));
        var candidates = RandomValues(random, persons: 40, count: 12)
            .Select(v => new Candidate(v, v.Count is > 0 and < K)).ToList();

        var suppressed = JointProtection.Protect(ledger, candidates, K);

        var published = ledger.Concat(candidates.Where((_, i) => !suppressed[i]).Select(c => c.Contributions)).ToList();
        Assert.Empty(Attacker.Recoverable(published, K));
        Assert.Equal(suppressed, JointProtection.Protect(ledger, candidates, K));
        Assert.All(candidates.Select((c, i) => (c, i)).Where(x => x.c.Suppressed), x => Assert.True(suppressed[x.i]));
    }

    [Fact]
    public void Given_a_release_and_a_revision_with_one_late_person_When_the_revision_is_protected_Then_nothing_reveals_that_person()
    {
        // First release: 20 women, 15 men, total 35. The revision adds one late woman (person 100).
        var women = Range(1, 20);
        var men = Range(21, 35);
        var total = Range(1, 35);
        var ledger = new List<IReadOnlyDictionary<long, long>> { women, men, total };
        var revisedWomen = new Dictionary<long, long>(women) { [100] = 1 };
        var revisedTotal = new Dictionary<long, long>(total) { [100] = 1 };
        var candidates = new List<Candidate> { new(revisedTotal, false), new(revisedWomen, false), new(men, false) };

        var suppressed = JointProtection.Protect(ledger, candidates, K);

        Assert.True(suppressed[0] && suppressed[1], "the revised total and the revised women's cell would each give away the late woman");
        Assert.False(suppressed[2]);
        Assert.Empty(Attacker.Recoverable([.. ledger, .. candidates.Where((_, i) => !suppressed[i]).Select(c => c.Contributions)], K));
    }

    [Fact]
    public void Given_a_stock_at_two_dates_and_the_flows_between_them_When_protected_Then_the_few_who_left_and_came_stay_hidden()
    {
        // Stock at 31.12.2024: persons 1–40; admitted in 2025: 41–46 (6); removed in 2025: 1–3 (3, a primary); stock at
        // 31.12.2025: 4–46. The two stocks and the admissions would give the 3 removed: 2024 + admitted − 2025.
        var stock2024 = Range(1, 40);
        var stock2025 = Range(4, 46);
        var admitted = Range(41, 46);
        var removed = Range(1, 3);
        var ledger = new List<IReadOnlyDictionary<long, long>> { stock2024 };
        var candidates = new List<Candidate> { new(stock2025, false), new(admitted, false), new(removed, true) };

        var suppressed = JointProtection.Protect(ledger, candidates, K);

        Assert.True(suppressed[0] || suppressed[1], "the stocks and the admissions between them give away who left");
        Assert.False(suppressed[0], "the earlier table in the release keeps its value: the admissions go");
        Assert.Empty(Attacker.Recoverable([.. ledger, .. candidates.Where((_, i) => !suppressed[i]).Select(c => c.Contributions)], K));
    }

    [Fact]
    public void Given_field_arithmetic_When_multiplying_and_inverting_Then_it_agrees_with_exact_integers()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var a = (ulong)random.NextInt64(0, (long)Fp.P);
            var b = (ulong)random.NextInt64(1, (long)Fp.P);
            Assert.Equal((ulong)(new BigInteger(a) * b % Fp.P), Fp.Mul(a, b));
            Assert.Equal(1UL, Fp.Mul(b, Fp.Inverse(b)));
        }
        Assert.Equal(Fp.P - 3, Fp.Of(-3));
    }

    [Fact]
    public void Given_contributions_When_encoded_and_decoded_Then_every_person_and_count_comes_back()
    {
        var cells = new List<IReadOnlyDictionary<long, long>>
        {
            new Dictionary<long, long> { [long.MinValue] = 1, [-5] = 2, [0] = 1, [long.MaxValue] = 7 },
            new Dictionary<long, long>(),
            Range(1000, 1500),
        };

        var decoded = ContributionCodec.Decode(ContributionCodec.Encode(cells));

        Assert.Equal(cells.Select(c => c.OrderBy(x => x.Key).ToList()), decoded.Select(c => c.OrderBy(x => x.Key).ToList()));
    }

    /// <summary>Values over <paramref name="persons"/> persons: cells of random partitions, unions and sub-cells of them,
    /// some event counts — the shapes linked tables take.</summary>
    private static List<IReadOnlyDictionary<long, long>> RandomValues(Random random, int persons, int count)
    {
        var values = new List<IReadOnlyDictionary<long, long>>();
        while (values.Count < count)
        {
            var parts = random.Next(2, 5);
            var partition = Enumerable.Range(1, persons).GroupBy(_ => random.Next(parts)).ToList();
            foreach (var part in partition.Take(parts - 1))
            {
                var members = part.Where(_ => random.Next(6) > 0).ToList();
                var events = random.Next(5) == 0;
                values.Add(members.ToDictionary(p => (long)p, _ => events ? random.Next(1, 3) : 1L));
            }
            if (random.Next(2) == 0) values.Add(partition.SelectMany(p => p).ToDictionary(p => (long)p, _ => 1L));
        }
        return [.. values.Take(count).Where(v => v.Count > 0)];
    }

    /// <summary>A ledger that the control itself could have produced: the values the attacker gains nothing from.</summary>
    private static List<IReadOnlyDictionary<long, long>> Protected(List<IReadOnlyDictionary<long, long>> values)
    {
        var candidates = values.Select(v => new Candidate(v, v.Count is > 0 and < K)).ToList();
        var suppressed = JointProtection.Protect([], candidates, K);
        return [.. candidates.Where((_, i) => !suppressed[i]).Select(c => c.Contributions)];
    }
}
