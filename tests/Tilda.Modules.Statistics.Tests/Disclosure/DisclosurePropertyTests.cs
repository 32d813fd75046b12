using Tilda.Modules.Statistics.Disclosure;

namespace Tilda.Modules.Statistics.Tests.Disclosure;

/// <summary>
/// Seeded random inputs, each checked from scratch: (1) nothing from 1 to k-1 is published, (2) no primary is a linear
/// combination of the published values (independent exact rank), (3) suppressed cells of a table with a published
/// total sum to 0 or at least k; and zeros stay published whenever nothing forces a zero.
/// </summary>
public sealed class DisclosurePropertyTests
{
    [Fact]
    public void Given_random_cross_tables_of_sums_When_protecting_Then_every_rule_holds()
    {
        var random = new Random(1001);
        for (var run = 0; run < 2000; run++)
        {
            var (values, tables) = Instances.CrossTable(random, random.Next(1, 7), random.Next(1, 7), distinct: false);
            var k = Instances.Thresholds[random.Next(Instances.Thresholds.Length)];

            var result = GaussianSuppression.Apply(values, tables, k);

            DisclosureChecks.AssertProtected(values, tables, k, new HashSet<int>(), result.Suppressed, $"cross table {run}");
            DisclosureChecks.AssertZerosPublished(values, result.Suppressed, $"cross table {run}");
        }
    }

    [Fact]
    public void Given_random_cross_tables_of_distinct_counts_When_protecting_Then_every_rule_holds()
    {
        var random = new Random(1002);
        for (var run = 0; run < 2000; run++)
        {
            var (values, tables) = Instances.CrossTable(random, random.Next(1, 7), random.Next(1, 7), distinct: true);
            var k = Instances.Thresholds[random.Next(Instances.Thresholds.Length)];

            var result = GaussianSuppression.Apply(values, tables, k);

            DisclosureChecks.AssertProtected(values, tables, k, new HashSet<int>(), result.Suppressed, $"cross table {run}");
            DisclosureChecks.AssertZerosPublished(values, result.Suppressed, $"cross table {run}");
        }
    }

    [Fact]
    public void Given_random_years_of_sums_When_protecting_Then_every_rule_holds()
    {
        var random = new Random(2001);
        for (var run = 0; run < 1500; run++)
        {
            var categories = random.Next(1, 9);
            var k = Instances.Thresholds[random.Next(Instances.Thresholds.Length)];
            var values = Instances.Sums(Instances.Monthly(random, categories));

            var suppressed = Instances.Flatten(AnnualProtection.Protect(values, categories, k));

            var published = Instances.YearValues(values, categories);
            DisclosureChecks.AssertProtected(published, Instances.YearTables(categories), k, new HashSet<int>(), suppressed, $"year {run}");
            DisclosureChecks.AssertZerosPublished(published, suppressed, $"year {run}");
        }
    }

    [Fact]
    public void Given_random_years_of_distinct_counts_When_protecting_Then_every_rule_holds()
    {
        var random = new Random(2002);
        for (var run = 0; run < 1500; run++)
        {
            var categories = random.Next(1, 9);
            var k = Instances.Thresholds[random.Next(Instances.Thresholds.Length)];
            var values = Instances.DistinctLike(random, Instances.Monthly(random, categories));

            var suppressed = Instances.Flatten(AnnualProtection.Protect(values, categories, k));

            var published = Instances.YearValues(values, categories);
            DisclosureChecks.AssertProtected(published, Instances.YearTables(categories), k, new HashSet<int>(), suppressed, $"year {run}");
            DisclosureChecks.AssertZerosPublished(published, suppressed, $"year {run}");
        }
    }

    [Fact]
    public void Given_random_years_with_forced_values_When_protecting_Then_every_rule_holds_for_them_too()
    {
        var random = new Random(2003);
        for (var run = 0; run < 600; run++)
        {
            var categories = random.Next(1, 9);
            var k = Instances.Thresholds[random.Next(Instances.Thresholds.Length)];
            var monthly = Instances.Monthly(random, categories);
            var values = run % 2 == 0 ? Instances.Sums(monthly) : Instances.DistinctLike(random, monthly);
            var forced = new HashSet<(int Period, int Cell)>();
            for (var p = 0; p < values.Length; p++)
                for (var c = 0; c <= categories; c++)
                    if (random.NextDouble() < 0.04)
                        forced.Add((p, c));

            var suppressed = Instances.Flatten(AnnualProtection.Protect(values, categories, k, forced));

            var published = Instances.YearValues(values, categories);
            var flatForced = forced.Select(f => f.Period * (categories + 1) + f.Cell).ToHashSet();
            DisclosureChecks.AssertProtected(published, Instances.YearTables(categories), k, flatForced, suppressed, $"year {run}");
            if (flatForced.All(i => published[i].Value > 0))
                DisclosureChecks.AssertZerosPublished(published, suppressed, $"year {run}");
        }
    }

    [Fact]
    public void Given_random_years_with_a_lone_december_case_When_protecting_Then_the_december_case_is_not_derivable()
    {
        var random = new Random(2004);
        for (var run = 0; run < 500; run++)
        {
            var categories = random.Next(1, 9);
            var k = Instances.Thresholds[random.Next(Instances.Thresholds.Length)];
            var monthly = Instances.Monthly(random, categories);
            var target = random.Next(categories);
            for (var m = 0; m < 11; m++)
                monthly[target, m] = 0;
            for (var left = 7; left > 0; left--)
                monthly[target, random.Next(11)]++;
            monthly[target, 11] = 1;
            var values = Instances.Sums(monthly);

            var suppressed = Instances.Flatten(AnnualProtection.Protect(values, categories, k));

            var published = Instances.YearValues(values, categories);
            var december = (Instances.Periods.Length - 1) * (categories + 1) + target;
            var space = new RowSpace(12 * categories, published.Where((_, i) => !suppressed[i]).Select(v => v.Support));
            Assert.True(suppressed[december], $"year {run}");
            Assert.True(space.RankWith(published[december].Support) > space.Rank, $"year {run}: the December case is derivable.");
        }
    }

    [Fact]
    public void Given_random_overlapping_supports_When_protecting_Then_every_rule_holds()
    {
        // Arbitrary 0/1 structures make the elimination meet pivots other than 1, unlike the nested periods of a year.
        var random = new Random(4001);
        for (var run = 0; run < 2000; run++)
        {
            var (values, tables) = Instances.Overlapping(random);
            var forced = Enumerable.Range(0, values.Count).Where(_ => random.NextDouble() < 0.05).ToHashSet();
            var k = Instances.Thresholds[random.Next(Instances.Thresholds.Length)];

            var result = GaussianSuppression.Apply(values, tables, k, forced);

            DisclosureChecks.AssertProtected(values, tables, k, forced, result.Suppressed, $"structure {run}");
        }
    }

    [Fact]
    public void Given_random_single_tables_When_protecting_Then_every_rule_holds()
    {
        var random = new Random(3001);
        for (var run = 0; run < 2000; run++)
        {
            var categories = random.Next(1, 12);
            var k = Instances.Thresholds[random.Next(Instances.Thresholds.Length)];
            var cells = Enumerable.Range(0, categories).Select(_ => random.NextDouble() switch { < 0.2 => 0L, < 0.7 => random.Next(1, 7), _ => random.Next(7, 50) }).ToList();
            long[] values = [.. cells, cells.Sum()];

            var suppressed = AnnualProtection.ProtectSingle(values, categories, k);

            var published = values.Select((v, i) => new PublishedValue(v, i < categories ? [i] : Enumerable.Range(0, categories).ToArray())).ToList();
            var tables = new List<PublishedTable> { new(categories, Enumerable.Range(0, categories).ToArray()) };
            DisclosureChecks.AssertProtected(published, tables, k, new HashSet<int>(), suppressed, $"table {run}");
            DisclosureChecks.AssertZerosPublished(published, suppressed, $"table {run}");
        }
    }
}
