using System.Globalization;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Api;

internal sealed record PeriodView(DateOnly From, DateOnly To);

internal sealed record CellView(long? Value, bool Suppressed);

internal sealed record DisclosureView(int Threshold, string Method, int PrimarySuppressed, int SecondarySuppressed);

/// <summary>An indicator table as the API publishes it (SPEC §3).</summary>
internal sealed record IndicatorTableView(
    string Indicator,
    LocalizedText Title,
    PeriodView Period,
    string Unit,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<Dictionary<string, object?>> Rows,
    CellView Total,
    DisclosureView Disclosure)
{
    public static IndicatorTableView Of(IndicatorTable table, int threshold) => new(
        table.Entry.Indicator.Info.Id,
        table.Entry.Indicator.Info.Title,
        new PeriodView(table.Period.From, table.Period.To),
        table.Entry.Indicator.Info.Unit,
        table.Dimensions,
        table.Rows.Select(r =>
        {
            var row = table.Dimensions.ToDictionary(d => d, d => (object?)r.Dimensions.GetValueOrDefault(d, ""));
            row["value"] = r.Value;
            row["suppressed"] = r.Suppressed;
            return row;
        }).ToList(),
        new CellView(table.Total, table.TotalSuppressed),
        new DisclosureView(threshold, DisclosureSettings.Method, table.PrimarySuppressed, table.SecondarySuppressed));

    /// <summary>One CSV row per cell: the dimension columns, value and suppressed; the total last, its dimensions "total".</summary>
    public string ToCsv()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvHelper.CsvWriter.Create(text, CsvHelper.CsvWriterOptions.Default, leaveOpen: true))
        {
            string[] prefix = [Indicator, Date(Period.From), Date(Period.To)];
            csv.WriteRecord([.. new[] { "indicator", "from", "to" }, .. Dimensions, "value", "suppressed"]);
            foreach (var row in Rows)
                csv.WriteRecord([.. prefix, .. Dimensions.Select(d => row[d]?.ToString() ?? ""), Number(row["value"] as long?), Bool((bool)row["suppressed"]!)]);
            csv.WriteRecord([.. prefix, .. Dimensions.Select(_ => "total"), Number(Total.Value), Bool(Total.Suppressed)]);
            csv.Flush();
        }
        return text.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    private static string Bool(bool value) => value ? "true" : "false";
}

internal sealed record IndicatorSummary(string Id, LocalizedText Title, string Unit, IReadOnlyList<string> Dimensions, IReadOnlyList<string> Requesters, string Source, string Kind);

internal sealed record AnnualReport(int Year, IReadOnlyList<IndicatorTableView> Indicators);
