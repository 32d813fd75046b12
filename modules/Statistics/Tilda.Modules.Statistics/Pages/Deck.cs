using System.Text.Json;
using Tilda.BuildingBlocks.Web.Ui;
using Tilda.Modules.Statistics.Releases;
using Tilda.Shared.CodeLists;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Pages;

/// <summary>
/// The authority's annual deck (seed 004, "Tilastot 2025") as charts of a release: which table each slide shows, as what
/// kind of chart, its categories labelled in the user's language. Suppressed cells are never plotted (a bar of height
/// zero would read as zero); the chart names them and the table beneath says "suppressed".
/// </summary>
internal sealed class Deck(IEnumerable<ICodeListSource> sources)
{
    public enum Kind { Column, Bar, Pie, Line }

    public sealed record Slide(string Indicator, Kind Kind);

    /// <summary>The slides in the deck's order; applications.received is the 2020–2025 trend, from each year's latest release.</summary>
    public static readonly IReadOnlyList<Slide> Slides =
    [
        new("applications.received", Kind.Line),
        new("applications.by-referrer", Kind.Bar),
        new("decisions.admission", Kind.Column),
        new("clients.new", Kind.Pie),
        new("clients.new.by-age-band", Kind.Column),
        new("clients.new.exploitation-forms", Kind.Bar),
        new("clients.new.in-finland.by-citizenship", Kind.Bar),
        new("clients.new.in-finland.by-sex", Kind.Pie),
        new("clients.new.in-finland.by-residence-status", Kind.Bar),
        new("clients.total", Kind.Column),
    ];

    public static readonly IReadOnlyList<string> Indicators = [.. Slides.Select(s => s.Indicator)];

    /// <summary>A table's cell as shown: its category (the row's codes, labelled), its value, or suppressed.</summary>
    public sealed record Cell(string Category, string Series, long? Value, bool Suppressed);

    /// <summary>A chart point: what is plotted (published values only).</summary>
    public sealed record Point(string Category, double Value);

    private readonly Dictionary<string, CodeList> _lists = sources.SelectMany(s => s.CodeLists).GroupBy(l => l.Name).ToDictionary(g => g.Key, g => g.First());

    public static string Title(LocalizedText title) => Languages.Current switch
    {
        Languages.Swedish => title.Sv,
        Languages.English => title.En,
        _ => title.Fi,
    };

    /// <summary>The table's rows; a table with a <c>primary</c> dimension (exploitation forms) is split into two series by it.</summary>
    public IReadOnlyList<Cell> Cells(TableView table) =>
    [
        .. table.Rows.Select(row =>
        {
            var categories = table.Dimensions.Where(d => d != "primary").Select(d => Label(d, Text(row[d]))).ToList();
            var series = table.Dimensions.Contains("primary") ? Label("primary", Text(row["primary"])) : "";
            return new Cell(string.Join(" – ", categories), series, Number(row["value"]), Flag(row["suppressed"]));
        }),
    ];

    public string Label(string dimension, string code) => dimension switch
    {
        "year" or "ageBand" when code != "unknown" => code,
        "outcome" when code.StartsWith("rejected:", StringComparison.Ordinal) =>
            $"{ListLabel("admissionOutcome", "rejected")}: {ListLabel("rejectionReason", code["rejected:".Length..])}",
        "outcome" => ListLabel("admissionOutcome", code),
        "form" => ListLabel("exploitationForm", code),
        "primary" => code == "true" ? DeckTexts.Primary.Text() : DeckTexts.Secondary.Text(),
        "stage" => ListLabel("criminalProcessStage", code),
        "reason" => ListLabel("removalReason", code),
        "measure" => ListLabel("assistanceMeasure", code),
        "provider" => ListLabel("measureProvider", code),
        _ when DeckTexts.Codes.TryGetValue(code, out var label) => label.Text(),
        _ => ListLabel(dimension, code),
    };

    private string ListLabel(string list, string code) => _lists.TryGetValue(list, out var codes) && codes.Contains(code) ? codes.LabelOf(code) : code;

    private static string Text(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
        JsonElement e => e.GetRawText(),
        null => "",
        _ => value.ToString()!,
    };

    private static long? Number(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetInt64(),
        long n => n,
        _ => null,
    };

    private static bool Flag(object? value) => value is true || value is JsonElement { ValueKind: JsonValueKind.True };
}
