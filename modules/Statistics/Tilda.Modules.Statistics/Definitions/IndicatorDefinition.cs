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

/// <summary>A definition as an indicator: the facts of its type dated in the period, filtered, by its dimensions.</summary>
internal sealed class DefinitionIndicator(IndicatorDefinition definition) : ICountedIndicator
{
    public IndicatorInfo Info { get; } = new(
        definition.Id!, definition.Title!, definition.Unit!, definition.Dimensions!, definition.Requesters ?? [],
        IndicatorKind.Flow, CountsPersons: definition.Count == IndicatorDefinition.CountPersons);

    public IReadOnlyList<Count> Counts { get; } =
    [
        new(definition.Fact!)
        {
            Where = (definition.Filter ?? new Dictionary<string, IReadOnlyList<string>>())
                .Aggregate(Filter.All, (filter, f) => filter.And(Filter.In(f.Key, [.. f.Value]))),
            By = definition.Dimensions!.Select(Dim.Of).ToList(),
            As = definition.Count == IndicatorDefinition.CountPersons ? Counting.Persons : Counting.Events,
        },
    ];
}
