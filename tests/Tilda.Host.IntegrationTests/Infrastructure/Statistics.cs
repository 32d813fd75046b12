using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>Releasing and reading statistics through the API.</summary>
public static class Statistics
{
    /// <summary>POST /api/statistics/releases for the period and indicators; the release as returned (201).</summary>
    public static async Task<JsonNode> ReleaseAsync(this HttpClient statistician, string from, string to, params string[] indicators)
    {
        var response = await statistician.PostJson("/api/statistics/releases", ReleaseBody(from, to, indicators));
        await response.ShouldBe(HttpStatusCode.Created);
        return await response.Json();
    }

    public static JsonObject ReleaseBody(string from, string to, IEnumerable<string> indicators) =>
        new() { ["period"] = new JsonObject { ["from"] = from, ["to"] = to }, ["indicators"] = new JsonArray([.. indicators.Select(i => (JsonNode)i)]) };

    /// <summary>The indicator's table for the query's period(s), releasing each period first if nothing has been released for it.</summary>
    public static async Task<JsonNode> Indicator(this HttpClient statistician, string id, string query = "year=2024")
    {
        foreach (var (from, to) in Periods(query)) await statistician.EnsureReleasedAsync(from, to, id);
        return await statistician.GetJson($"/api/statistics/indicators/{id}?{query}");
    }

    /// <summary>The annual report for the year, releasing the deck's indicators for it first if the year has no release.</summary>
    public static async Task<JsonNode> AnnualReport(this HttpClient statistician, int year)
    {
        var releases = (await statistician.GetJson($"/api/statistics/releases?from={year}-01-01&to={year}-12-31")).AsArray();
        if (!releases.Any(r => r!["period"]!["from"]!.GetValue<string>() == $"{year}-01-01" && r["period"]!["to"]!.GetValue<string>() == $"{year}-12-31"))
            await statistician.ReleaseAsync($"{year}-01-01", $"{year}-12-31", [.. await DeckAsync(statistician)]);
        return await statistician.GetJson($"/api/statistics/reports/annual/{year}");
    }

    /// <summary>The built-in indicators of the annual deck, in the catalogue's order.</summary>
    public static async Task<IReadOnlyList<string>> DeckAsync(this HttpClient statistician) =>
        [.. (await statistician.GetJson("/api/statistics/indicators")).AsArray()
            .Where(i => i!["source"]!.GetValue<string>() == "built-in" && i["requesters"]!.AsArray().Any(r => r!.GetValue<string>() == "annual-report"))
            .Select(i => i!["id"]!.GetValue<string>())];

    public static async Task EnsureReleasedAsync(this HttpClient statistician, string from, string to, string indicator)
    {
        var releases = (await statistician.GetJson($"/api/statistics/releases?from={from}&to={to}")).AsArray();
        if (!releases.Any(r => r!["period"]!["from"]!.GetValue<string>() == from && r["period"]!["to"]!.GetValue<string>() == to))
            await statistician.ReleaseAsync(from, to, indicator);
    }

    /// <summary>The periods of <c>year=Y</c> or <c>from=&amp;to=</c> (a run of whole years is read year by year).</summary>
    private static IEnumerable<(string From, string To)> Periods(string query)
    {
        var parts = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        if (parts.TryGetValue("year", out var year)) return [($"{year}-01-01", $"{year}-12-31")];
        var from = DateOnly.Parse(parts["from"], CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(parts["to"], CultureInfo.InvariantCulture);
        if (from.Year == to.Year || from.Month != 1 || to.Month != 12 || to.Day != 31) return [(parts["from"], parts["to"])];
        return Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(y => ($"{y}-01-01", $"{y}-12-31"));
    }

    /// <summary>The table's rows as "dim1|dim2" → value (null when suppressed).</summary>
    public static Dictionary<string, long?> Cells(this JsonNode table)
    {
        var dimensions = table["dimensions"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        return table["rows"]!.AsArray().ToDictionary(
            r => string.Join('|', dimensions.Select(d => r![d]!.GetValue<string>())),
            r => r!["value"] is JsonValue v ? v.GetValue<long?>() : null);
    }

    public static long? Total(this JsonNode table) => table["total"]!["value"] is JsonValue v ? v.GetValue<long?>() : null;

    /// <summary>The non-zero cells (suppressed ones as null), for comparing with a hand-computed table.</summary>
    public static Dictionary<string, long?> NonZero(this JsonNode table) =>
        table.Cells().Where(c => c.Value != 0).ToDictionary(c => c.Key, c => c.Value);
}
