using Tilda.Modules.Statistics.Disclosure;

namespace Tilda.Modules.Statistics.Tests.Disclosure;

/// <summary>The product's disclosure rules, checked from scratch against a suppression pattern.</summary>
internal static class DisclosureChecks
{
    public static void AssertProtected(
        IReadOnlyList<PublishedValue> values, IReadOnlyList<PublishedTable> tables, int k, IReadOnlySet<int> forced, bool[] suppressed, string context)
    {
        Assert.Equal(values.Count, suppressed.Length);
        // A forced zero is hidden but not protected: a zero singles no one out.
        var primaries = Enumerable.Range(0, values.Count).Where(i => values[i].Value >= 1 && (values[i].Value < k || forced.Contains(i))).ToList();
        Assert.True(forced.All(i => suppressed[i]), $"{context}: a forced value is published.");

        // (1) nothing from 1 to k-1 and nothing forced is published
        foreach (var i in primaries)
            Assert.True(suppressed[i], $"{context}: primary value {i} ({values[i].Value}) is published.");

        // (2) no primary is a linear combination of the published values
        var width = values.Max(v => v.Support.Max()) + 1;
        var published = new RowSpace(width, Enumerable.Range(0, values.Count).Where(i => !suppressed[i]).Select(i => values[i].Support));
        foreach (var i in primaries)
            Assert.True(published.RankWith(values[i].Support) > published.Rank,
                $"{context}: primary value {i} ({values[i].Value}) is a linear combination of the published values.");

        // (3) in a table with a published total, the suppressed cells sum to 0 or at least k
        foreach (var table in tables.Where(t => !suppressed[t.Total]))
        {
            var sum = table.Cells.Where(c => suppressed[c]).Sum(c => values[c].Value);
            Assert.True(sum == 0 || sum >= k, $"{context}: a table with total {table.Total} published has suppressed cells summing to {sum}.");
        }
    }

    /// <summary>With consistent data and no forced zero, a zero is never needed to hide anything.</summary>
    public static void AssertZerosPublished(IReadOnlyList<PublishedValue> values, bool[] suppressed, string context)
    {
        for (var i = 0; i < values.Count; i++)
            Assert.False(values[i].Value == 0 && suppressed[i], $"{context}: zero value {i} is suppressed.");
    }
}
