using Tilda.Shared.CodeLists;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Facts;

/// <summary>How a dimension's values are stored: a code (text), a yes/no code (<c>true</c>/<c>false</c>), a number.</summary>
internal enum DimensionKind { Code, Bool, Number }

/// <summary>One dimension of the fact store: its column, how it is stored, the code list its values come from, and whether
/// it is a sensitive attribute (must not be revealed for everyone in a small group).</summary>
internal sealed record FactDimension(string Name, string Description, DimensionKind Kind, string? CodeList = null, bool Sensitive = false)
{
    /// <summary>The column of the facts table; derived dimensions have none.</summary>
    public string Column => char.ToUpperInvariant(Name[0]) + Name[1..];
}

internal sealed record FactType(string Type, string Description, string Date, IReadOnlyList<FactDimension> Dimensions);

/// <summary>
/// The fact catalogue: every fact type the store holds, its dimensions and their codes. Each stored dimension is a typed
/// column of the facts table, so the database filters and groups on it; a new indicator needs no migration, a new
/// dimension comes with the module change that records it. Definitions and declarative counts are checked against it.
/// </summary>
internal sealed class FactCatalogue(IEnumerable<ICodeListSource> codeListSources)
{
    public const string AgeBand = "ageBand";
    public const string AgeGroup = "ageGroup";
    public const string Year = "year";

    private static readonly FactDimension Age = new("ageYears", "Age in completed years on the fact's date (unknown when not known)", DimensionKind.Number);
    private static readonly FactDimension Sex = new("sex", "Sex as recorded on the fact's date", DimensionKind.Code, "sex");
    private static readonly FactDimension Citizenship = new("citizenship", "First listed citizenship as recorded on the fact's date", DimensionKind.Code, "citizenship");
    private static readonly FactDimension Citizenships = new("citizenships",
        "Every citizenship as recorded on the fact's date, in the order listed, separated by commas (a requester's pack picks one by its own rule)",
        DimensionKind.Code, "citizenship");
    private static readonly FactDimension PrimaryForm = new("primaryForm", "The primary exploitation form of the application", DimensionKind.Code, "exploitationForm", Sensitive: true);
    private static readonly FactDimension Residence = new("residenceStatus", "Residence status as recorded on the fact's date", DimensionKind.Code, "residenceStatus", Sensitive: true);
    private static readonly FactDimension Municipality = new("hasMunicipalityOfResidence", "Has a municipality of residence in Finland", DimensionKind.Bool);
    private static readonly FactDimension Role = new("applicantRole", "Applicant role", DimensionKind.Code, "applicantRole");
    private static readonly FactDimension Location = new("exploitationLocation", "Where the exploitation took place", DimensionKind.Code, "exploitationLocation");
    private static readonly FactDimension MinorAtTime = new("minorAtTime", "Minor at the time of the exploitation", DimensionKind.Bool);
    private static readonly FactDimension Urgent = new("urgent", "Handled as urgent", DimensionKind.Bool);

    /// <summary>Derived from a fact's own columns the same way for every indicator.</summary>
    public static readonly IReadOnlyList<FactDimension> Derived =
    [
        new(AgeBand, "Derived from ageYears: 0-17, 18-29, 30-39, 40-49, 50-59, 60+, unknown", DimensionKind.Code),
        new(AgeGroup, "Derived from ageYears: minor, adult, unknown", DimensionKind.Code),
        new(Year, "The year of the fact's date", DimensionKind.Number),
    ];

    public static readonly IReadOnlyList<FactType> Types =
    [
        new(FactTypes.ApplicationReceived, "An application to the assistance system", "received on",
        [
            new("referrerType", "Who referred the person", DimensionKind.Code, "referrerType"), new("channel", "How the application came", DimensionKind.Code, "channel"),
            Urgent, Role, new("reapplication", "A new application by a person who applied before", DimensionKind.Bool),
            Age, Sex, Citizenship, Citizenships, Residence, Municipality, Location, PrimaryForm, MinorAtTime,
        ]),
        new(FactTypes.AdmissionDecided, "An admission decision (admitted, or rejected with a reason)", "decided on",
        [
            new("outcome", "admitted, or rejected:<reason>", DimensionKind.Code, "admissionOutcome", Sensitive: true),
            Urgent, Role, Age, Sex, Citizenship, Citizenships, Residence, Municipality, Location, PrimaryForm, MinorAtTime,
        ]),
        new(FactTypes.AdmittedExploitationForm, "One exploitation form of an admitted application", "decided on",
        [
            new("form", "Exploitation form", DimensionKind.Code, "exploitationForm", Sensitive: true), new("primary", "The primary form", DimensionKind.Bool), Location,
        ]),
        new(FactTypes.AdmittedDependentChild, "A dependent child listed on an admitted application", "decided on",
        [
            new("birthYear", "Birth year of the child", DimensionKind.Number), Sex,
        ]),
        new(FactTypes.ClientRemoved, "A removal from the assistance system", "decided on",
        [
            new("reason", "Reason for the removal", DimensionKind.Code, "removalReason"),
        ]),
        new(FactTypes.AssistanceMeasureStarted, "An assistance measure granted by a service-needs assessment", "starts on",
        [
            new("measure", "Assistance measure", DimensionKind.Code, "assistanceMeasure"), new("provider", "Who provides it", DimensionKind.Code, "measureProvider"),
        ]),
        new(FactTypes.ReflectionPeriodGranted, "A reflection period granted", "decided on",
        [
            new("lengthDays", "Length granted, in days", DimensionKind.Number),
        ]),
        new(FactTypes.CriminalProcessStage, "A stage of the person's part in a criminal process", "occurred on",
        [
            new("stage", "Stage reached", DimensionKind.Code, "criminalProcessStage", Sensitive: true), new("role", "The person's role", DimensionKind.Code, "criminalProcessRole"),
            new("offence", "The offence", DimensionKind.Code, "offence"),
        ]),
        new(FactTypes.ResidencePermitGranted, "A residence permit recorded for a person with a case", "granted on",
        [
            new("ground", "The ground of the permit", DimensionKind.Code, "residencePermitGround", Sensitive: true),
        ]),
    ];

    /// <summary>Every stored dimension, once: the columns of the facts table.</summary>
    public static readonly IReadOnlyList<FactDimension> Stored = Types.SelectMany(t => t.Dimensions).DistinctBy(d => d.Name).ToList();

    public static FactType? Find(string type) => Types.FirstOrDefault(t => t.Type == type);

    /// <summary>A dimension of <paramref name="type"/> by name, derived ones included (ageBand and ageGroup where the type has ageYears).</summary>
    public static FactDimension? Dimension(FactType type, string name) =>
        type.Dimensions.FirstOrDefault(d => d.Name == name)
        ?? Derived.FirstOrDefault(d => d.Name == name && (d.Name == Year || type.Dimensions.Any(x => x.Name == Age.Name)));

    public static bool IsSensitive(string dimension) => Stored.Any(d => d.Name == dimension && d.Sensitive);

    /// <summary>The codes a dimension may take; null when it is free (numbers).</summary>
    public IReadOnlyList<string>? Codes(FactDimension dimension) => dimension switch
    {
        { Kind: DimensionKind.Bool } => ["true", "false"],
        { Kind: DimensionKind.Number } => null,
        { Name: AgeBand } => ["0-17", "18-29", "30-39", "40-49", "50-59", "60+", Dimensions.Unknown],
        { Name: AgeGroup } => ["minor", "adult", Dimensions.Unknown],
        { Name: "outcome" } => ["admitted", .. CodesOf("rejectionReason").Select(r => $"rejected:{r}")],
        { CodeList: { } list } => CodesOf(list),
        _ => null,
    };

    private IReadOnlyList<string> CodesOf(string list) =>
        codeListSources.SelectMany(s => s.CodeLists).FirstOrDefault(l => l.Name == list)?.Codes.Select(c => c.Value).ToList() ?? [];
}
