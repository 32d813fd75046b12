using Tilda.Shared.CodeLists;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Facts;

/// <summary>One dimension of a fact type. <see cref="CodeList"/> names the code list its values come from;
/// <see cref="Sensitive"/> marks attributes that must not be revealed for everyone in a small group.</summary>
internal sealed record FactDimension(string Name, string Description, string? CodeList = null, bool Sensitive = false, bool Derived = false);

internal sealed record FactType(string Type, string Description, string Date, IReadOnlyList<FactDimension> Dimensions);

/// <summary>
/// The fact catalogue: every fact type the store holds, its dimensions and their codes. Definitions are validated
/// against it. Internal dimensions (the episode pseudonym) are deliberately not listed: no one groups by them.
/// </summary>
internal sealed class FactCatalogue(IEnumerable<ICodeListSource> codeListSources)
{
    private const string Bool = "boolean";
    private const string Number = "number";

    private static readonly FactDimension Age = new("ageYears", "Age in completed years on the fact's date (unknown when not known)", Number);
    private static readonly FactDimension AgeBand = new("ageBand", "Derived from ageYears: 0-17, 18-29, 30-39, 40-49, 50-59, 60+, unknown", Derived: true);
    private static readonly FactDimension AgeGroup = new("ageGroup", "Derived from ageYears: minor, adult, unknown", Derived: true);
    private static readonly FactDimension Sex = new("sex", "Sex as recorded on the fact's date", "sex");
    private static readonly FactDimension Citizenship = new("citizenship", "First listed citizenship as recorded on the fact's date", "citizenship");
    private static readonly FactDimension Residence = new("residenceStatus", "Residence status as recorded on the fact's date", "residenceStatus", Sensitive: true);
    private static readonly FactDimension Municipality = new("hasMunicipalityOfResidence", "Has a municipality of residence in Finland", Bool);
    private static readonly FactDimension Role = new("applicantRole", "Applicant role", "applicantRole");
    private static readonly FactDimension Location = new("exploitationLocation", "Where the exploitation took place", "exploitationLocation");
    private static readonly FactDimension MinorAtTime = new("minorAtTime", "Minor at the time of the exploitation", Bool);
    private static readonly FactDimension Urgent = new("urgent", "Handled as urgent", Bool);

    public static readonly IReadOnlyList<FactType> Types =
    [
        new(FactTypes.ApplicationReceived, "An application to the assistance system", "received on",
        [
            new("referrerType", "Who referred the person", "referrerType"), new("channel", "How the application came", "channel"),
            Urgent, Role, new("reapplication", "A new application by a person who applied before", Bool),
            Age, AgeBand, AgeGroup, Sex, Citizenship, Residence, Municipality, Location, MinorAtTime,
        ]),
        new(FactTypes.AdmissionDecided, "An admission decision (admitted, or rejected with a reason)", "decided on",
        [
            new("outcome", "admitted, or rejected:<reason>", "admissionOutcome", Sensitive: true),
            Urgent, Role, Age, AgeBand, AgeGroup, Sex, Citizenship, Residence, Municipality, Location, MinorAtTime,
        ]),
        new(FactTypes.AdmittedExploitationForm, "One exploitation form of an admitted application", "decided on",
        [
            new("form", "Exploitation form", "exploitationForm", Sensitive: true), new("primary", "The primary form", Bool), Location,
        ]),
        new(FactTypes.AdmittedDependentChild, "A dependent child listed on an admitted application", "decided on",
        [
            new("birthYear", "Birth year of the child", Number), Sex,
        ]),
        new(FactTypes.ClientRemoved, "A removal from the assistance system", "decided on",
        [
            new("reason", "Reason for the removal", "removalReason"),
        ]),
        new(FactTypes.AssistanceMeasureStarted, "An assistance measure granted by a service-needs assessment", "starts on",
        [
            new("measure", "Assistance measure", "assistanceMeasure"), new("provider", "Who provides it", "measureProvider"),
        ]),
        new(FactTypes.ReflectionPeriodGranted, "A reflection period granted", "decided on",
        [
            new("lengthDays", "Length granted, in days", Number),
        ]),
        new(FactTypes.CriminalProcessStage, "A stage of the person's part in a criminal process", "occurred on",
        [
            new("stage", "Stage reached", "criminalProcessStage", Sensitive: true), new("role", "The person's role", "criminalProcessRole"),
            new("offence", "The offence", "offence"),
        ]),
    ];

    public FactType? Find(string type) => Types.FirstOrDefault(t => t.Type == type);

    /// <summary>The codes a dimension may take; null when it is free (numbers).</summary>
    public IReadOnlyList<string>? Codes(FactDimension dimension) => dimension switch
    {
        { CodeList: Bool } => ["true", "false"],
        { CodeList: Number } => null,
        { Name: "ageBand" } => ["0-17", "18-29", "30-39", "40-49", "50-59", "60+", Dimensions.Unknown],
        { Name: "ageGroup" } => ["minor", "adult", Dimensions.Unknown],
        { Name: "outcome" } => ["admitted", .. CodesOf("rejectionReason").Select(r => $"rejected:{r}")],
        { CodeList: { } list } => CodesOf(list),
        _ => null,
    };

    public static bool IsSensitive(string dimension) =>
        Types.SelectMany(t => t.Dimensions).Any(d => d.Name == dimension && d.Sensitive);

    /// <summary>A fact's value for a dimension, including the derived ones.</summary>
    public static string Value(Fact fact, string dimension) => dimension switch
    {
        "ageBand" => Dimensions.AgeBand(fact.Get("ageYears")),
        "ageGroup" => Dimensions.AgeGroup(fact.Get("ageYears")),
        _ => fact.Get(dimension),
    };

    private IReadOnlyList<string> CodesOf(string list) =>
        codeListSources.SelectMany(s => s.CodeLists).FirstOrDefault(l => l.Name == list)?.Codes.Select(c => c.Value).ToList() ?? [];
}
