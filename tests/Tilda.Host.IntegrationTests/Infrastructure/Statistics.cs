using System.Text.Json.Nodes;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>Reading indicator tables through the statistics API.</summary>
public static class Statistics
{
    public static Task<JsonNode> Indicator(this HttpClient statistician, string id, string query = "year=2024") =>
        statistician.GetJson($"/api/statistics/indicators/{id}?{query}");

    /// <summary>The table's rows as "dim1|dim2" → value (null when suppressed).</summary>
    public static Dictionary<string, long?> Cells(this JsonNode table)
    {
        var dimensions = table["dimensions"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        return table["rows"]!.AsArray().ToDictionary(
            r => string.Join('|', dimensions.Select(d => r![d]!.GetValue<string>())),
            r => r!["value"] is JsonValue v ? v.GetValue<long?>() : null);
    }

    public static long? Total(this JsonNode table) => table["total"]!["value"] is JsonValue v ? v.GetValue<long?>() : null;

    /// <summary>The non-zero published cells, for comparing with a hand-computed table.</summary>
    public static Dictionary<string, long?> NonZero(this JsonNode table) =>
        table.Cells().Where(c => c.Value != 0).ToDictionary(c => c.Key, c => c.Value);
}
