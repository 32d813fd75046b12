using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Tilda.Host.Auth;
using Tilda.Host.Cli.Demo;
using Tilda.BuildingBlocks.Outbox;

namespace Tilda.Host.Cli;

/// <summary>
/// <c>demo-data --year 2025 [--seed N]</c>: starts the service on a loopback port, creates a fictitious, calibrated
/// year through its own HTTP API (so every module's rules and events run as in real use), waits until every event
/// has reached the statistics, releases the year's annual deck, and stops.
/// </summary>
internal static class DemoDataCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (AuthSetup.UsesExternalIssuer(app.Configuration))
        {
            Console.Error.WriteLine("Auth:Authority is configured: demo data needs the embedded token issuer.");
            return 2;
        }
        var year = DateTime.Today.Year - 1;
        var seed = 2025;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--year" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var y) && y >= 2000 && y < DateTime.Today.Year: year = y; break;
                case "--seed" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s): seed = s; break;
                default:
                    Console.Error.WriteLine("Usage: demo-data [--year YYYY (a past year)] [--seed N]");
                    return 2;
            }
        }

        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
            client.DefaultRequestHeaders.Authorization = new("Bearer",
                TokenCommand.Create(app.Configuration, app.Environment.ContentRootPath, "demo-data", ["caseworker", "decision-maker"]));
            var summary = await DemoYear.GenerateAsync(client, year, seed, Console.Out);
            await WaitForDeliveryAsync(app.Services);
            Console.WriteLine($"Demo year {year} created: {summary}");
            client.DefaultRequestHeaders.Authorization = new("Bearer",
                TokenCommand.Create(app.Configuration, app.Environment.ContentRootPath, "demo-data", ["statistician"]));
            Console.WriteLine(await DemoRelease.ReleaseAsync(client, year));
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task WaitForDeliveryAsync(IServiceProvider services)
    {
        var log = services.GetRequiredService<IntegrationEventLog>();
        if (!await log.WaitForDeliveryAsync(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2), CancellationToken.None))
            throw new TimeoutException("Some events were still undelivered after two minutes.");
    }
}
