using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tilda.Host.Cli.Demo;

/// <summary>Releases the demo year's annual deck through the statistics API, as a statistician would.</summary>
internal static class DemoRelease
{
    public static async Task<string> ReleaseAsync(HttpClient statistician, int year)
    {
        var indicators = (await statistician.GetFromJsonAsync<JsonArray>("/api/statistics/indicators"))!
            .Where(i => i!["source"]!.GetValue<string>() == "built-in" && i["requesters"]!.AsArray().Any(r => r!.GetValue<string>() == "annual-report"))
            .Select(i => (JsonNode)i!["id"]!.GetValue<string>())
            .ToArray();
        var started = Stopwatch.StartNew();
        var response = await statistician.PostAsJsonAsync("/api/statistics/releases", new JsonObject
        {
            ["period"] = new JsonObject { ["from"] = $"{year}-01-01", ["to"] = $"{year}-12-31" },
            ["indicators"] = new JsonArray(indicators),
            ["note"] = "Demo data",
        });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The release of {year} was refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var release = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return string.Create(CultureInfo.InvariantCulture,
            $"Released {year} in {started.Elapsed.TotalSeconds:0.00} s: release {release["id"]} ({indicators.Length} tables, content hash {release["contentHash"]}).");
    }
}
