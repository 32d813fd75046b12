using Tilda.Modules.Statistics.Facts;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Definitions;

/// <summary>
/// An indicator defined as data by an administrator: count the facts of one type dated in the period, filtered on
/// dimension values, by some dimensions, as facts or as distinct persons.
/// </summary>
internal sealed record IndicatorDefinition(
    string? Id,
    LocalizedText? Title,
    string? Unit,
    string? Fact,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Filter,
    IReadOnlyList<string>? Dimensions,
    string? Count,
    IReadOnlyList<string>? Requesters)
{
    public const string CountFacts = "facts";
    public const string CountPersons = "distinct-persons";
}

/// <summary>A stored version of a definition. Updates add a version; a delete marks one; nothing is overwritten.</summary>
internal sealed class IndicatorDefinitionRecord
{
    private IndicatorDefinitionRecord() { }

    public IndicatorDefinitionRecord(string id, int version, string definition, DateTime createdAt, string createdBy, bool deleted)
    {
        Id = id;
        Version = version;
        Definition = definition;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        Deleted = deleted;
    }

    public string Id { get; private set; } = "";
    public int Version { get; private set; }
    public string Definition { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public bool Deleted { get; private set; }
}

/// <summary>Computes a definition like any plugin would.</summary>
internal sealed class DefinitionIndicator(IndicatorDefinition definition, int version) : IIndicator
{
    public int Version => version;

    public IndicatorInfo Info { get; } = new(
        definition.Id!, definition.Title!, definition.Unit!, definition.Dimensions!, definition.Requesters ?? [],
        IndicatorKind.Flow, CountsPersons: definition.Count == IndicatorDefinition.CountPersons);

    public IndicatorResult Compute(IFactQuery facts, ReportingPeriod period)
    {
        var matching = facts.Facts(definition.Fact!, period.From, period.To)
            .Where(f => (definition.Filter ?? new Dictionary<string, IReadOnlyList<string>>()).All(filter => filter.Value.Contains(FactCatalogue.Value(f, filter.Key))))
            .ToList();
        var dimensions = definition.Dimensions!;
        var persons = definition.Count == IndicatorDefinition.CountPersons;
        var total = persons ? matching.Select(f => f.Subject).Distinct().Count() : matching.Count;
        if (dimensions.Count == 0) return new IndicatorResult([], total);
        var cells = matching
            .GroupBy(f => string.Join('\u001f', dimensions.Select(d => FactCatalogue.Value(f, d))))
            .Select(g => new IndicatorCell(
                dimensions.Select((d, i) => (d, v: g.Key.Split('\u001f')[i])).ToDictionary(x => x.d, x => x.v),
                persons ? g.Select(f => f.Subject).Distinct().Count() : g.Count()))
            .ToList();
        return new IndicatorResult(cells, total);
    }
}
