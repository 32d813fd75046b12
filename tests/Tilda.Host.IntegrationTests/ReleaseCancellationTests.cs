using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tilda.Host.IntegrationTests.Infrastructure;
using Tilda.Synthetic;

namespace Tilda.Host.IntegrationTests;

/// <summary>A release nobody waits for any more stops computing and leaves nothing behind (issue 10: cancellable end to end).</summary>
public sealed class ReleaseCancellationTests
{
    [Fact]
    public async Task Given_a_large_store_When_the_statistician_abandons_a_release_Then_it_stops_without_writing_and_the_next_release_is_the_first()
    {
        var logs = new CapturingLoggerProvider();
        using var app = TildaApp.WithServices(s => s.AddSingleton<ILoggerProvider>(logs));
        var statistician = app.ClientAs("statistician");
        await statistician.GetJson("/api/statistics/indicators");
        // About 170,000 facts: the deck takes well over a second to count, protect and append.
        await FactStore.FillAsync(TestProvider.DatabaseSettings(app.DatabaseFile), SyntheticHistory.Generate(30_000, seed: 7, firstYear: 2023, years: 3), DateTime.UtcNow);
        var deck = await statistician.DeckAsync();

        using (var abandon = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => statistician.PostJson("/api/statistics/releases",
                Infrastructure.Statistics.ReleaseBody("2025-01-01", "2025-12-31", deck), abandon.Token));
        await Eventually.Until(() => Task.FromResult(logs.Messages.Any(m => m.Contains("POST /api/statistics/releases →", StringComparison.Ordinal))),
            what: "the abandoned request to end");

        Assert.Empty((await statistician.GetJson("/api/statistics/releases")).AsArray());
        Assert.DoesNotContain(logs.Messages, m => m.Contains("unexpected", StringComparison.OrdinalIgnoreCase));
        var release = await statistician.ReleaseAsync("2025-01-01", "2025-12-31", [.. deck]);
        Assert.Equal(1, release["version"]!.GetValue<int>());
    }
}
