using System.Globalization;
using System.Text.Json;

namespace Tilda.Modules.Statistics.Releases;

/// <summary>A release as one CSV: a row per published value — indicator, period, the cell's dimensions as
/// <c>name=value</c> pairs (or <c>total</c>), its value, and whether it is suppressed.</summary>
internal static class ReleaseCsv
{
    public static string Of(string document)
    {
        var release = JsonSerializer.Deserialize<ReleaseDocument>(document, TableView.Json)!;
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvHelper.CsvWriter.Create(text, CsvHelper.CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord(["release", "version", "indicator", "from", "to", "cell", "value", "suppressed"]);
            foreach (var table in release.Tables)
            {
                string[] prefix = [release.Id.ToString(), release.Version.ToString(CultureInfo.InvariantCulture), table.Indicator, TableView.Date(table.Period.From), TableView.Date(table.Period.To)];
                foreach (var row in table.Rows)
                {
                    csv.WriteRecord([.. prefix, string.Join(';', table.Dimensions.Select(d => $"{d}={row[d]}")),
                        TableView.Number(TableView.Value(row["value"])), TableView.Bool(TableView.Flag(row["suppressed"]))]);
                }
                csv.WriteRecord([.. prefix, "total", TableView.Number(table.Total.Value), TableView.Bool(table.Total.Suppressed)]);
            }
            csv.Flush();
        }
        return text.ToString();
    }
}
