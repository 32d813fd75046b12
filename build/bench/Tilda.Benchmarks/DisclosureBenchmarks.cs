using BenchmarkDotNet.Attributes;
using Tilda.Modules.Statistics.Disclosure;

namespace Tilda.Benchmarks;

/// <summary>
/// Protecting one indicator-year: 19 publishable periods × (categories + total), 12 × categories inner cells.
/// This runs for every flow-indicator request, so it must stay in milliseconds even for wide tables.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private long[][] _values = [];

    [Params(8, 40, 80)]
    public int Categories { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Mostly small monthly counts, as in a real year of a few hundred clients.
        var random = new Random(2025);
        var monthly = new long[Categories, 12];
        for (var c = 0; c < Categories; c++)
            for (var m = 0; m < 12; m++)
                monthly[c, m] = random.Next(10) < 6 ? random.Next(0, 4) : random.Next(4, 15);
        _values = YearPeriod.All.Select(p =>
        {
            var row = new long[Categories + 1];
            for (var c = 0; c < Categories; c++)
                for (var m = p.FirstMonth; m <= p.LastMonth; m++) row[c] += monthly[c, m - 1];
            row[Categories] = row.Take(Categories).Sum();
            return row;
        }).ToArray();
    }

    [Benchmark]
    public bool[][] ProtectOneYear() => AnnualProtection.Protect(_values, Categories, 5);
}
