using System.Globalization;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Facts;

/// <summary>
/// A stored fact: its type, business date, the person's pseudonym (<see cref="Subject"/>), the admission it belongs to
/// (<see cref="Episode"/>, a pseudonym too), when its event was committed (<see cref="RecordedAt"/>: the event's time, so a
/// rebuild from history gives the same value and a snapshot "recorded up to a cut-off" is reproducible), and one typed
/// column per dimension of the catalogue (null where the type has no such dimension).
/// </summary>
internal sealed class FactRecord
{
    private FactRecord() { }

    public FactRecord(string type, long subject, DateOnly date, DateTime recordedAt, long? episode, IReadOnlyDictionary<string, string> dimensions)
    {
        Id = Guid.NewGuid();
        Type = type;
        Subject = subject;
        Date = date;
        RecordedAt = recordedAt;
        Episode = episode;
        foreach (var (name, value) in dimensions) Set(name, value);
    }

    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public long Subject { get; private set; }
    public DateOnly Date { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public long? Episode { get; private set; }

    public string? ReferrerType { get; private set; }
    public string? Channel { get; private set; }
    public string? Urgent { get; private set; }
    public string? ApplicantRole { get; private set; }
    public string? Reapplication { get; private set; }
    public int? AgeYears { get; private set; }
    public string? Sex { get; private set; }
    public string? Citizenship { get; private set; }
    public string? ResidenceStatus { get; private set; }
    public string? HasMunicipalityOfResidence { get; private set; }
    public string? ExploitationLocation { get; private set; }
    public string? MinorAtTime { get; private set; }
    public string? Outcome { get; private set; }
    public string? Form { get; private set; }
    public string? Primary { get; private set; }
    public int? BirthYear { get; private set; }
    public string? Reason { get; private set; }
    public string? Measure { get; private set; }
    public string? Provider { get; private set; }
    public int? LengthDays { get; private set; }
    public string? Stage { get; private set; }
    public string? Role { get; private set; }
    public string? Offence { get; private set; }
    public string? Citizenships { get; private set; }
    public string? PrimaryForm { get; private set; }
    public string? Ground { get; private set; }

    /// <summary>The fact as a plugin on the in-memory path sees it: dimensions as text, the unknown age as <c>unknown</c>.</summary>
    public Fact ToFact()
    {
        var dimensions = new Dictionary<string, string>();
        foreach (var dimension in FactCatalogue.Stored)
            if (Get(dimension.Name) is { } value) dimensions[dimension.Name] = value;
        if (FactCatalogue.Find(Type)!.Dimensions.Any(d => d.Name == "ageYears")) dimensions.TryAdd("ageYears", Dimensions.Unknown);
        return new Fact(Type, Subject.ToString(CultureInfo.InvariantCulture), Date, dimensions);
    }

    private string? Get(string name) => name switch
    {
        "referrerType" => ReferrerType, "channel" => Channel, "urgent" => Urgent, "applicantRole" => ApplicantRole,
        "reapplication" => Reapplication, "ageYears" => Number(AgeYears), "sex" => Sex, "citizenship" => Citizenship,
        "residenceStatus" => ResidenceStatus, "hasMunicipalityOfResidence" => HasMunicipalityOfResidence,
        "exploitationLocation" => ExploitationLocation, "minorAtTime" => MinorAtTime, "outcome" => Outcome, "form" => Form,
        "primary" => Primary, "birthYear" => Number(BirthYear), "reason" => Reason, "measure" => Measure, "provider" => Provider,
        "lengthDays" => Number(LengthDays), "stage" => Stage, "role" => Role, "offence" => Offence,
        "citizenships" => Citizenships, "primaryForm" => PrimaryForm, "ground" => Ground,
        _ => throw new ArgumentException($"'{name}' is not a dimension of the fact store.", nameof(name)),
    };

    private void Set(string name, string value)
    {
        switch (name)
        {
            case "referrerType": ReferrerType = value; break;
            case "channel": Channel = value; break;
            case "urgent": Urgent = value; break;
            case "applicantRole": ApplicantRole = value; break;
            case "reapplication": Reapplication = value; break;
            case "ageYears": AgeYears = ParseNumber(value); break;
            case "sex": Sex = value; break;
            case "citizenship": Citizenship = value; break;
            case "residenceStatus": ResidenceStatus = value; break;
            case "hasMunicipalityOfResidence": HasMunicipalityOfResidence = value; break;
            case "exploitationLocation": ExploitationLocation = value; break;
            case "minorAtTime": MinorAtTime = value; break;
            case "outcome": Outcome = value; break;
            case "form": Form = value; break;
            case "primary": Primary = value; break;
            case "birthYear": BirthYear = ParseNumber(value); break;
            case "reason": Reason = value; break;
            case "measure": Measure = value; break;
            case "provider": Provider = value; break;
            case "lengthDays": LengthDays = ParseNumber(value); break;
            case "stage": Stage = value; break;
            case "role": Role = value; break;
            case "offence": Offence = value; break;
            case "citizenships": Citizenships = value; break;
            case "primaryForm": PrimaryForm = value; break;
            case "ground": Ground = value; break;
            default: throw new ArgumentException($"'{name}' is not a dimension of the fact store.", nameof(name));
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static int? ParseNumber(string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>An integration event already turned into facts — kept under a keyed hash of its id, so the inbox cannot be
/// joined to an outbox row (whose payload names the case): the inbox that makes delivery idempotent.</summary>
internal sealed class ProcessedEvent
{
    private ProcessedEvent() { }

    public ProcessedEvent(Guid eventKey, DateTime processedAt)
    {
        EventKey = eventKey;
        ProcessedAt = processedAt;
    }

    public Guid EventKey { get; private set; }
    public DateTime ProcessedAt { get; private set; }
}
