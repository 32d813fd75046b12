namespace Tilda.Modules.Cases.Contracts;

/// <summary>
/// The statistical profile of a person on one date, as recorded then: what statistics may know, nothing
/// that identifies. Age is in completed years (null when neither birth date nor birth year is known).
/// </summary>
public sealed record ClientProfile(
    int? AgeYears,
    string Sex,
    string Citizenship,
    string ResidenceStatus,
    bool HasMunicipalityOfResidence);

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
