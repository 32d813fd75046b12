using Tilda.Modules.Cases.Contracts;
using Tilda.Shared.Events;

namespace Tilda.Modules.Cases.Domain;

/// <summary>The person as currently recorded. Stored on the case row.</summary>
internal sealed record Person(
    string GivenNames,
    string Surname,
    DateOnly? BirthDate,
    int? BirthYear,
    string Sex,
    IReadOnlyList<string> Citizenships,
    string ResidenceStatus,
    bool HasMunicipalityOfResidence,
    string? PersonalIdentityCode,
    string? ResidencePermitGround = null,
    DateOnly? ResidencePermitGrantedOn = null)
{
    /// <summary>Upper-cased names, so search is case-insensitive on every provider and for ä, ö and å too.</summary>
    public string SearchText => $"{GivenNames} {Surname}".ToUpperInvariant();

    public bool SameStatisticalProfile(Person other) =>
        BirthDate == other.BirthDate && BirthYear == other.BirthYear && Sex == other.Sex
        && Citizenships.SequenceEqual(other.Citizenships) && ResidenceStatus == other.ResidenceStatus
        && HasMunicipalityOfResidence == other.HasMunicipalityOfResidence
        && ResidencePermitGround == other.ResidencePermitGround && ResidencePermitGrantedOn == other.ResidencePermitGrantedOn;

    /// <summary>The residence permit recorded for the person, when one is.</summary>
    public (string Ground, DateOnly GrantedOn)? ResidencePermit =>
        ResidencePermitGround is { } ground && ResidencePermitGrantedOn is { } grantedOn ? (ground, grantedOn) : null;
}

/// <summary>The statistical details of a person from a date on; the history that lets statistics use
/// "as recorded on the decision date" even after later corrections.</summary>
internal sealed class PersonSnapshot
{
    private PersonSnapshot() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public int? BirthYear { get; private set; }
    public string Sex { get; private set; } = "";
    public IReadOnlyList<string> Citizenships { get; private set; } = [];
    public string ResidenceStatus { get; private set; } = "";
    public bool HasMunicipalityOfResidence { get; private set; }
    public string? ResidencePermitGround { get; private set; }
    public DateOnly? ResidencePermitGrantedOn { get; private set; }

    public static PersonSnapshot Of(Guid caseId, Person person, DateOnly effectiveFrom, DateTime recordedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        CaseId = caseId,
        EffectiveFrom = effectiveFrom,
        RecordedAt = recordedAt,
        BirthDate = person.BirthDate,
        BirthYear = person.BirthYear,
        Sex = person.Sex,
        Citizenships = person.Citizenships,
        ResidenceStatus = person.ResidenceStatus,
        HasMunicipalityOfResidence = person.HasMunicipalityOfResidence,
        ResidencePermitGround = person.ResidencePermitGround,
        ResidencePermitGrantedOn = person.ResidencePermitGrantedOn,
    };

    public ClientProfile ToProfile(DateOnly onDate) => new(
        Age.CompletedYears(BirthDate, BirthYear, onDate),
        Sex,
        Citizenships.Count > 0 ? Citizenships[0] : "unknown",
        ResidenceStatus,
        HasMunicipalityOfResidence,
        Citizenships,
        ResidencePermitGround,
        ResidencePermitGrantedOn);
}
