namespace Tilda.Modules.Cases.Applications;

// Request shapes as in the HTTP contract. Everything is nullable so that a missing field is reported
// by the validator with its name, rather than as a malformed body.

internal sealed record RegisterApplicationRequest(
    DateOnly? ReceivedOn,
    string? Channel,
    bool? Urgent,
    bool? ConsentGiven,
    ReferrerRequest? Referrer,
    string? ApplicantRole,
    Guid? CaseId,
    PersonRequest? Person,
    ExploitationRequest? Exploitation,
    IReadOnlyList<DependentChildRequest>? DependentChildren);

internal sealed record ReferrerRequest(string? Type, string? Organisation);

internal sealed record PersonRequest(
    string? GivenNames,
    string? Surname,
    DateOnly? BirthDate,
    int? BirthYear,
    string? Sex,
    IReadOnlyList<string>? Citizenships,
    string? ResidenceStatus,
    bool? HasMunicipalityOfResidence,
    string? PersonalIdentityCode,
    string? ResidencePermitGround = null,
    DateOnly? ResidencePermitGrantedOn = null);

internal sealed record ExploitationRequest(
    IReadOnlyList<ExploitationFormRequest>? Forms,
    string? Location,
    IReadOnlyList<string>? Countries,
    bool? MinorAtTime);

internal sealed record ExploitationFormRequest(string? Form, bool? Primary);

internal sealed record DependentChildRequest(int? BirthYear, string? Sex);

internal sealed record ApplicationCreated(Guid ApplicationId, Guid CaseId);
