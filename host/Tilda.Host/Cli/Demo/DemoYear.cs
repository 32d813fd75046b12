using System.Diagnostics;

namespace Tilda.Host.Cli.Demo;

/// <summary>
/// A fictitious, deterministic year of casework, calibrated so that its statistics reproduce the authority's deck
/// "Tilastot 2025" (seed 004, see <see cref="Calibration"/>), and created only through the modules' HTTP API.
/// Every person is obviously fictitious: given names "Demo", surname "Esimerkki-NNNN", no identity code.
/// </summary>
internal static class DemoYear
{
    /// <summary>Persons in flight at once (each person's requests are sent in order).</summary>
    private const int Parallelism = 4;

    /// <summary>Creates the demo year of a past <paramref name="year"/> through <paramref name="client"/> (a BaseAddress and a
    /// bearer token with the roles caseworker and decision-maker); throws with the ProblemDetails if a request is refused.</summary>
    public static async Task<DemoYearSummary> GenerateAsync(HttpClient client, int year, int seed, TextWriter progress, CancellationToken ct = default)
    {
        var stopwatch = Stopwatch.StartNew();
        progress = TextWriter.Synchronized(progress);
        var plan = YearPlanner.Plan(year, seed);
        var api = new DemoApi(client);
        await api.CheckCodesAsync(plan, ct);
        var planned = DemoYearSummary.Of(year, plan, TimeSpan.Zero);
        progress.WriteLine($"Demo year {year} (seed {seed}): {planned.Applications} applications, {planned.Admitted} admissions, "
            + $"{planned.Rejected} rejections, {planned.Removed} removals planned.");

        var sent = 0;
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (person, token) =>
        {
            await api.SendAsync(person, token);
            var done = Interlocked.Increment(ref sent);
            if (done % 100 == 0) progress.WriteLine($"  {done}/{plan.Count} persons sent");
        });

        var summary = planned with { Elapsed = stopwatch.Elapsed };
        progress.WriteLine($"Demo year {year} created in {summary.Elapsed.TotalSeconds:0.0} s.");
        return summary;
    }
}
