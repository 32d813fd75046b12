namespace Tilda.Modules.Cases.Contracts;

/// <summary>
/// The statistical profile of a person on one date, as recorded then: what statistics may know, nothing
/// that identifies. Age is in completed years (null when neither birth date nor birth year is known).
/// <see cref="Citizenship"/> is the first listed; <see cref="Citizenships"/> every one, in the order listed (absent from
/// events recorded before it was added: then the first listed alone). The residence permit's ground and grant date are
/// set when the residence status is <c>residence-permit</c> and they were recorded.
/// </summary>
public sealed record ClientProfile(
    int? AgeYears,
    string Sex,
    string Citizenship,
    string ResidenceStatus,
    bool HasMunicipalityOfResidence,
    IReadOnlyList<string>? Citizenships = null,
    string? ResidencePermitGround = null,
    DateOnly? ResidencePermitGrantedOn = null);

/// <summary>What the application said about the exploitation and the dependants, without free text.</summary>
public sealed record ApplicationProfile(
    string ReferrerType,
    string ApplicantRole,
    IReadOnlyList<ExploitationFormEntry> ExploitationForms,
    string ExploitationLocation,
    bool MinorAtTime,
    IReadOnlyList<DependentChildEntry> DependentChildren);

public sealed record ExploitationFormEntry(string Form, bool Primary);

public sealed record DependentChildEntry(int BirthYear, string Sex);
