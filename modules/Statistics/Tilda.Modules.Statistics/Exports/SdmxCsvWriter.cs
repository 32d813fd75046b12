using System.Globalization;
using System.Text.RegularExpressions;
using Tilda.Modules.Statistics.Releases;

namespace Tilda.Modules.Statistics.Exports;

/// <summary>
/// A release as SDMX-CSV 2.0 (sdmx-twg/sdmx-csv, data message): <c>STRUCTURE</c>, <c>STRUCTURE_ID</c>, <c>ACTION</c>, the
/// dimensions of every table's structure (in the order they first appear; a column a table does not have is left empty),
/// <c>TIME_PERIOD</c>, <c>OBS_VALUE</c>, <c>OBS_STATUS</c> and <c>CONF_STATUS</c>. One row per cell, in the requester's
/// codes, and one for the table's total (each dimension at its total code). A suppressed cell has no value,
/// <c>OBS_STATUS=Q</c> and <c>CONF_STATUS=A</c> (primary) or <c>D</c> (secondary); a known zero is <c>0</c>; a published value
/// is <c>A</c> / <c>F</c>. A table without a requester's structure is named <c>TILDA:&lt;INDICATOR&gt;(&lt;rule&gt;.0)</c>.
/// </summary>
internal static partial class SdmxCsvWriter
{
    public static string Of(ReleasedContent content)
    {
        var columns = content.Tables.SelectMany(t => t.View.Dimensions).Distinct(StringComparer.Ordinal).ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvHelper.CsvWriter.Create(text, CsvHelper.CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord(["STRUCTURE", "STRUCTURE_ID", "ACTION", .. columns, "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS"]);
            foreach (var table in content.Tables)
            {
                var view = table.View;
                var structure = view.Requester?.Structure ?? $"TILDA:{Id(view.Indicator)}({RuleVersion(view.IndicatorVersion)})";
                var period = TimePeriod(view.Period.From, view.Period.To);
                for (var i = 0; i < view.Rows.Count; i++)
                {
                    var row = view.Rows[i];
                    csv.WriteRecord(["dataflow", structure, "I", .. columns.Select(c => view.Dimensions.Contains(c) ? row[c]?.ToString() ?? "" : ""),
                        period, .. Observation(TableView.Value(row["value"]), table.Status[i])]);
                }
                csv.WriteRecord(["dataflow", structure, "I",
                    .. columns.Select(c => view.Dimensions.Contains(c) ? view.Requester?.Totals.GetValueOrDefault(c) ?? Packs.PackDimension.DefaultTotal : ""),
                    period, .. Observation(view.Total.Value, table.TotalStatus)]);
            }
            csv.Flush();
        }
        return text.ToString();
    }

    private static string[] Observation(long? value, string status) => status switch
    {
        LedgerCell.Primary => ["", "Q", "A"],
        LedgerCell.Secondary => ["", "Q", "D"],
        _ => [value?.ToString(CultureInfo.InvariantCulture) ?? "", "A", "F"],
    };

    /// <summary>SDMX time periods: a year <c>2025</c>, a half-year <c>2025-S1</c>, a quarter <c>2025-Q2</c>, a month
    /// <c>2025-03</c>; any other run of whole months as a time range <c>2024-04-01/P12M</c>.</summary>
    public static string TimePeriod(DateOnly from, DateOnly to)
    {
        var months = new StatisticsPeriod(from, to).Months;
        var year = from.Year.ToString(CultureInfo.InvariantCulture);
        return (months, from.Month) switch
        {
            (12, 1) => year,
            (6, 1 or 7) => $"{year}-S{(from.Month + 5) / 6}",
            (3, 1 or 4 or 7 or 10) => $"{year}-Q{(from.Month + 2) / 3}",
            (1, _) => $"{year}-{from.Month.ToString("00", CultureInfo.InvariantCulture)}",
            _ => $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/P{months.ToString(CultureInfo.InvariantCulture)}M",
        };
    }

    private static string Id(string indicator) => NotAnIdCharacter().Replace(indicator.ToUpperInvariant(), "_");

    /// <summary>The counting rule's number (<c>built-in:3</c> → <c>3.0</c>).</summary>
    private static string RuleVersion(string indicatorVersion) =>
        int.TryParse(indicatorVersion[(indicatorVersion.LastIndexOf(':') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? $"{n}.0" : "1.0";

    [GeneratedRegex("[^A-Z0-9_]")]
    private static partial Regex NotAnIdCharacter();
}
