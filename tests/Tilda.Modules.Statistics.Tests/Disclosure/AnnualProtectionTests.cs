using Tilda.Modules.Statistics.Disclosure;

namespace Tilda.Modules.Statistics.Tests.Disclosure;

public sealed class AnnualProtectionTests
{
    [Fact]
    public void Given_a_year_When_listing_its_periods_Then_the_year_halves_quarters_and_months_come_in_order()
    {
        var periods = YearPeriod.All;

        Assert.Equal(Instances.Periods, periods.Select(p => (p.FirstMonth, p.LastMonth)));
        Assert.Equal(
            ["Y", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "M11", "M12"],
            periods.Select(p => p.Name));
    }

    [Fact]
    public void Given_a_single_december_case_When_only_small_values_are_suppressed_Then_the_year_minus_the_other_months_reveals_it_but_the_engine_hides_it()
    {
        // Category A: 3 in February, 4 in August, 1 in December (k = 3); category B: 10 every month.
        var monthly = new long[2, 12];
        monthly[0, 1] = 3;
        monthly[0, 7] = 4;
        monthly[0, 11] = 1;
        for (var m = 0; m < 12; m++)
            monthly[1, m] = 10;
        var values = Instances.Sums(monthly);
        var published = Instances.YearValues(values, 2);
        var decemberA = (Instances.Periods.Length - 1) * 3;
        Assert.Equal(1, published[decemberA].Value);
        var naive = published.Select(v => v.Value is >= 1 and < 3).ToArray();
        var naiveSpace = new RowSpace(24, published.Where((_, i) => !naive[i]).Select(v => v.Support));
        Assert.Equal(naiveSpace.Rank, naiveSpace.RankWith(published[decemberA].Support));

        var suppressed = Instances.Flatten(AnnualProtection.Protect(values, 2, 3));

        var space = new RowSpace(24, published.Where((_, i) => !suppressed[i]).Select(v => v.Support));
        Assert.True(suppressed[decemberA]);
        Assert.True(space.RankWith(published[decemberA].Support) > space.Rank);
        DisclosureChecks.AssertProtected(published, Instances.YearTables(2), 3, new HashSet<int>(), suppressed, "december");
    }

    [Fact]
    public void Given_a_forced_period_cell_When_protecting_a_year_Then_it_is_suppressed_and_protected()
    {
        var monthly = new long[3, 12];
        for (var c = 0; c < 3; c++)
            for (var m = 0; m < 12; m++)
                monthly[c, m] = 10 + c + m;
        var values = Instances.Sums(monthly);
        var forced = new HashSet<(int Period, int Cell)> { (5, 1) }; // Q3, category 1

        var suppressed = AnnualProtection.Protect(values, 3, 5, forced);

        Assert.True(suppressed[5][1]);
        Assert.True(suppressed.SelectMany(r => r).Count(s => s) > 1);
        DisclosureChecks.AssertProtected(Instances.YearValues(values, 3), Instances.YearTables(3), 5, new HashSet<int> { 5 * 4 + 1 },
            Instances.Flatten(suppressed), "forced");
    }

    [Fact]
    public void Given_a_year_When_protecting_Then_the_result_has_the_shape_of_the_input()
    {
        var values = Instances.Sums(Instances.Monthly(new Random(3), 4));

        var suppressed = AnnualProtection.Protect(values, 4, 5);

        Assert.Equal(19, suppressed.Length);
        Assert.All(suppressed, row => Assert.Equal(5, row.Length));
    }

    [Fact]
    public void Given_values_for_too_few_periods_When_protecting_a_year_Then_it_is_rejected()
    {
        var values = Enumerable.Range(0, 12).Select(_ => new long[] { 1, 1 }).ToArray();

        Assert.Throws<ArgumentException>(() => AnnualProtection.Protect(values, 1, 5));
    }

    [Fact]
    public void Given_a_single_table_with_one_small_cell_When_protecting_it_Then_that_cell_and_the_next_smallest_are_suppressed()
    {
        var suppressed = AnnualProtection.ProtectSingle([10, 2, 8, 0, 20], 4, 5);

        Assert.Equal([false, true, true, false, false], suppressed);
    }

    [Fact]
    public void Given_a_single_table_with_a_forced_cell_When_protecting_it_Then_the_forced_cell_is_hidden()
    {
        var suppressed = AnnualProtection.ProtectSingle([10, 20, 30, 60], 3, 5, new HashSet<int> { 2 });

        Assert.Equal([true, false, true, false], suppressed);
    }
}
