using System.Globalization;
using System.Text.Json;
using Tilda.BuildingBlocks.Web.Ui;
using Tilda.Modules.Cases.Contracts;
using Tilda.Shared.CodeLists;

namespace Tilda.Modules.Cases.Pages;

/// <summary>
/// What every module put on a case's timeline, for people: each entry's kind and details in the user's language, codes by
/// their code-list labels (GET /api/code-lists data), dates as dates. Ids are left out: they mean nothing to a reader.
/// </summary>
internal sealed class TimelineDisplay(IEnumerable<ICodeListSource> sources)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, CodeList> _lists = sources.SelectMany(s => s.CodeLists).GroupBy(l => l.Name).ToDictionary(g => g.Key, g => g.First());

    /// <summary>One detail: its label and its value as shown; a list of measures is a list of such lines.</summary>
    public sealed record Detail(string Label, string Value, IReadOnlyList<IReadOnlyList<Detail>> Items);

    public static string KindOf(TimelineEntry entry) => TimelineTexts.Kinds.TryGetValue(entry.Kind, out var label) ? label.Text() : entry.Kind;

    public IReadOnlyList<Detail> Details(TimelineEntry entry) => Of(JsonSerializer.SerializeToElement(entry.Details, Json), entry.Kind);

    private List<Detail> Of(JsonElement details, string kind)
    {
        var shown = new List<Detail>();
        foreach (var property in details.EnumerateObject())
        {
            var name = property.Name;
            if (name.EndsWith("Id", StringComparison.Ordinal) || name == "supersededBy" || property.Value.ValueKind == JsonValueKind.Null) continue;
            var label = TimelineTexts.Fields.TryGetValue(name, out var text) ? text.Text() : name;
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Object))
            {
                shown.Add(new Detail(label, "", [.. property.Value.EnumerateArray().Select(item => (IReadOnlyList<Detail>)Of(item, kind))]));
                continue;
            }
            shown.Add(new Detail(label, Value(name, property.Value, kind), []));
        }
        return shown;
    }

    private string Value(string name, JsonElement value, string kind) => value.ValueKind switch
    {
        JsonValueKind.True => UiTexts.Yes.Text(),
        JsonValueKind.False => UiTexts.No.Text(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Value(name, v, kind))),
        JsonValueKind.String when DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date.Show(),
        JsonValueKind.String => Label(name, value.GetString()!, kind),
        _ => value.GetRawText(),
    };

    /// <summary>A code by the list its field names (a removal's reason is a removal reason, a period's an end reason).</summary>
    private string Label(string field, string code, string kind)
    {
        var list = TimelineTexts.ListOf(field, kind);
        if (list is not null && _lists.TryGetValue(list, out var named) && named.Contains(code)) return named.LabelOf(code);
        return _lists.Values.FirstOrDefault(l => l.Contains(code))?.LabelOf(code) ?? code;
    }
}
