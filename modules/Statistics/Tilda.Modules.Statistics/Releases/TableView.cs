using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tilda.Modules.Statistics.Disclosure;
using Tilda.Modules.Statistics.Packs;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Releases;

internal sealed record PeriodView(DateOnly From, DateOnly To);

internal sealed record CellView(long? Value, bool Suppressed);

internal sealed record DisclosureView(int Threshold, string Method, int PrimarySuppressed, int SecondarySuppressed);

/// <summary>Where a requester's table comes from: the pack (<c>id@version</c>) and requester, the requester's table id, the
/// indicator and rule it was computed from, the SDMX structure it is sent as, and each dimension's code for "all".</summary>
internal sealed record RequesterTableView(string Pack, string Requester, string Table, string Indicator, string IndicatorVersion, string? Structure,
    IReadOnlyDictionary<string, string> Totals);

/// <summary>An indicator table as published (docs/product.md §3), with the rule version and snapshot it came from.</summary>
internal sealed record TableView(
    string Indicator,
    string IndicatorVersion,
    LocalizedText Title,
    PeriodView Period,
    DateTime CutOff,
    string Unit,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<Dictionary<string, object?>> Rows,
    CellView Total,
    DisclosureView Disclosure,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RequesterTableView? Requester = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableView Of(TableDraft draft)
    {
        var table = draft.Table;
        var info = table.Info;
        var rows = table.Cells.Select((cell, i) =>
        {
            var row = info.Dimensions.Select((d, j) => (d, cell.Key[j])).ToDictionary(x => x.d, x => (object?)x.Item2);
            var suppressed = draft.Status[i] != LedgerCell.Published;
            row["value"] = suppressed ? null : draft.Value(i);
            row["suppressed"] = suppressed;
            return row;
        }).ToList();
        string[] statuses = [.. draft.Status, draft.TotalStatus];
        var totalSuppressed = draft.TotalStatus != LedgerCell.Published;
        return new TableView(info.Id, table.Entry.Version, info.Title, new PeriodView(table.Snapshot.From, table.Snapshot.To), table.Snapshot.CutOff,
            info.Unit, info.Dimensions, rows, new CellView(totalSuppressed ? null : draft.TotalValue, totalSuppressed),
            new DisclosureView(draft.Threshold, DisclosureSettings.Method, statuses.Count(s => s == LedgerCell.Primary), statuses.Count(s => s == LedgerCell.Secondary)),
            (table.Entry.Indicator as PackTableIndicator)?.Requester);
    }

    /// <summary>One CSV row per cell: the dimension columns, value and suppressed; the total last, its dimensions "total".</summary>
    public string ToCsv()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvHelper.CsvWriter.Create(text, CsvHelper.CsvWriterOptions.Default, leaveOpen: true))
        {
            string[] prefix = [Indicator, Date(Period.From), Date(Period.To)];
            csv.WriteRecord([.. new[] { "indicator", "from", "to" }, .. Dimensions, "value", "suppressed"]);
            foreach (var row in Rows)
                csv.WriteRecord([.. prefix, .. Dimensions.Select(d => row[d]?.ToString() ?? ""), Number(Value(row["value"])), Bool(Flag(row["suppressed"]))]);
            csv.WriteRecord([.. prefix, .. Dimensions.Select(_ => "total"), Number(Total.Value), Bool(Total.Suppressed)]);
            csv.Flush();
        }
        return text.ToString();
    }

    // Rows read back from the ledger's JSON hold JsonElements; rows just built hold CLR values.
    public static long? Value(object? value) => value switch
    {
        long n => n,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetInt64(),
        _ => null,
    };

    public static bool Flag(object? value) => value is true || value is JsonElement { ValueKind: JsonValueKind.True };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    public static string Bool(bool value) => value ? "true" : "false";
}

internal sealed record IndicatorSummary(string Id, LocalizedText Title, string Unit, IReadOnlyList<string> Dimensions, IReadOnlyList<string> Requesters, string Source, string Kind);

/// <summary>A release as listed (docs/product.md §3).</summary>
internal sealed record ReleaseSummary(Guid Id, int Version, PeriodView Period, DateTime CutOff, string? Pack, IReadOnlyList<string> Indicators,
    string CreatedBy, DateTime CreatedAt, string ContentHash, Guid? Revises);

/// <summary>A published value changed by a revision: what it was in the latest earlier publication, what it is now.</summary>
internal sealed record RevisionView(string Indicator, IReadOnlyDictionary<string, string> Cell, CellView Was, CellView Now);

/// <summary>The release as published: its tables, and what it revises.</summary>
internal sealed record ReleaseDocument(Guid Id, int Version, PeriodView Period, DateTime CutOff, string? Pack, IReadOnlyList<string> Indicators,
    string? Note, string CreatedBy, DateTime CreatedAt, Guid? Revises, string ContentHash, IReadOnlyList<TableView> Tables,
    IReadOnlyList<RevisionView> Revisions);
