using System.Numerics;
using Tilda.Modules.Statistics.Disclosure;

namespace Tilda.Modules.Statistics.Tests.Disclosure;

public sealed class GaussianSuppressionTests
{
    /// <summary>One table, one inner cell per category; the total is the last value.</summary>
    private static (List<PublishedValue> Values, List<PublishedTable> Tables) Table(params long[] cellsThenTotal)
    {
        var cells = cellsThenTotal.Length - 1;
        var values = cellsThenTotal.Take(cells).Select((v, i) => new PublishedValue(v, [i])).ToList();
        values.Add(new PublishedValue(cellsThenTotal[^1], Enumerable.Range(0, cells).ToArray()));
        return (values, [new PublishedTable(cells, Enumerable.Range(0, cells).ToArray())]);
    }

    [Fact]
    public void Given_one_small_cell_and_a_published_total_When_protecting_Then_the_next_smallest_cell_is_suppressed_too()
    {
        var (values, tables) = Table(10, 2, 8, 20);

        var result = GaussianSuppression.Apply(values, tables, 5);

        Assert.Equal([false, true, true, false], result.Suppressed);
        Assert.Equal(1, result.PrimaryCount);
        Assert.Equal(1, result.SecondaryCount);
    }

    [Fact]
    public void Given_a_zero_cell_When_protecting_Then_the_zero_is_published_and_a_non_zero_cell_hides_the_small_one()
    {
        var (values, tables) = Table(0, 2, 9, 7, 18);

        var result = GaussianSuppression.Apply(values, tables, 5);

        Assert.Equal([false, true, false, true, false], result.Suppressed);
    }

    [Fact]
    public void Given_two_small_cells_summing_below_k_with_the_total_published_When_protecting_Then_a_third_cell_is_suppressed()
    {
        // 1 and 2 hide each other linearly, but the published total and 7 and 12 would reveal that they sum to 3.
        var (values, tables) = Table(1, 2, 7, 12, 22);

        var result = GaussianSuppression.Apply(values, tables, 5);

        Assert.Equal([true, true, true, false, false], result.Suppressed);
        Assert.Equal(2, result.PrimaryCount);
        Assert.Equal(1, result.SecondaryCount);
    }

    [Fact]
    public void Given_suppressed_cells_summing_to_k_or_more_When_protecting_Then_nothing_more_is_suppressed()
    {
        var (values, tables) = Table(2, 3, 7, 12, 24);

        var result = GaussianSuppression.Apply(values, tables, 5);

        Assert.Equal([true, true, false, false, false], result.Suppressed);
        Assert.Equal(0, result.SecondaryCount);
    }

    [Fact]
    public void Given_a_table_whose_small_suppressed_cells_have_no_published_non_zero_neighbour_When_protecting_Then_the_total_is_suppressed()
    {
        // The table lists only cells 1 and 3 of a total that also covers 20 (e.g. an "other" group published elsewhere):
        // with the total published, the suppressed 1 + 3 = 4 would be known, and no cell of the table is left to add.
        var values = new List<PublishedValue> { new(1, [0]), new(3, [1]), new(20, [2]), new(24, [0, 1, 2]) };
        var tables = new List<PublishedTable> { new(3, [0, 1]) };

        var result = GaussianSuppression.Apply(values, tables, 5);

        Assert.Equal([true, true, false, true], result.Suppressed);
        Assert.Equal(1, result.SecondaryCount);
    }

    [Fact]
    public void Given_a_forced_value_When_protecting_Then_it_is_suppressed_as_a_primary_and_protected()
    {
        var (values, tables) = Table(10, 20, 30, 60);

        var result = GaussianSuppression.Apply(values, tables, 5, new HashSet<int> { 1 });

        Assert.Equal([true, true, false, false], result.Suppressed);
        Assert.Equal(1, result.PrimaryCount);
        Assert.Equal(1, result.SecondaryCount);
    }

    [Fact]
    public void Given_a_forced_zero_When_protecting_Then_it_is_suppressed_but_costs_no_other_cell()
    {
        var (values, tables) = Table(0, 9, 8, 17);
        var forced = new HashSet<int> { 0 };

        var result = GaussianSuppression.Apply(values, tables, 5, forced);

        Assert.Equal([true, false, false, false], result.Suppressed);
        DisclosureChecks.AssertProtected(values, tables, 5, forced, result.Suppressed, "forced zero");
    }

    [Fact]
    public void Given_a_distinct_count_total_below_k_When_protecting_Then_the_value_itself_decides_the_primary()
    {
        // The cells sum to 7, but the total counts 4 distinct persons: it is primary on its own number.
        var (values, tables) = Table(3, 4, 4);

        var result = GaussianSuppression.Apply(values, tables, 5);

        Assert.Equal([true, true, true], result.Suppressed);
        Assert.Equal(3, result.PrimaryCount);
    }

    [Fact]
    public void Given_a_small_value_duplicated_by_another_support_When_protecting_Then_the_duplicate_is_suppressed()
    {
        // Value 1 is the quarter; value 2 has the same support (a single-category total), so publishing it reveals 1.
        var values = new List<PublishedValue> { new(50, [0, 1]), new(2, [0]), new(9, [0]), new(48, [1]) };

        var result = GaussianSuppression.Apply(values, [], 5);

        Assert.Equal([false, true, true, true], result.Suppressed);
    }

    [Fact]
    public void Given_the_same_input_twice_When_protecting_Then_the_pattern_is_identical()
    {
        var random = new Random(20240601);
        var (values, tables) = Instances.CrossTable(random, 6, 6, distinct: false);
        var copy = values.Select(v => new PublishedValue(v.Value, [.. v.Support])).ToList();

        var first = GaussianSuppression.Apply(values, tables, 5);
        var second = GaussianSuppression.Apply(copy, tables, 5);

        Assert.Equal(first.Suppressed, second.Suppressed);
        Assert.Equal(first.SecondaryCount, second.SecondaryCount);
        Assert.True(first.SecondaryCount > 0);
    }

    [Fact]
    public void Given_random_structures_When_eliminating_with_long_and_with_big_integers_Then_both_patterns_agree()
    {
        var random = new Random(7);
        for (var run = 0; run < 400; run++)
        {
            var (values, _) = run % 2 == 0
                ? Instances.Overlapping(random)
                : Instances.CrossTable(random, random.Next(1, 6), random.Next(1, 6), distinct: run % 4 == 1);
            var counts = values.Select(v => v.Value).ToArray();
            var supports = values.Select(v => v.Support).ToArray();
            var width = supports.Max(s => s.Max()) + 1;
            var primary = counts.Select(c => c is >= 1 and < 5).ToArray();

            var withLong = LinearProtection<long>.Suppress(counts, supports, width, primary);
            var withBig = LinearProtection<BigInteger>.Suppress(counts, supports, width, primary);

            Assert.Equal(withLong, withBig);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void Given_a_threshold_below_three_When_protecting_Then_it_is_rejected(int threshold)
    {
        var (values, tables) = Table(1, 2, 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => GaussianSuppression.Apply(values, tables, threshold));
    }

    [Fact]
    public void Given_a_value_without_inner_cells_When_protecting_Then_it_is_rejected()
    {
        var values = new List<PublishedValue> { new(3, []) };

        Assert.Throws<ArgumentException>(() => GaussianSuppression.Apply(values, [], 5));
    }
}
