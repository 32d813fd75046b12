using Tilda.Modules.Cases.Applications;

namespace Tilda.Modules.Cases.Pages;

/// <summary>The application form as posted: every field of POST /api/applications, as strings and flags a form carries.
/// A multiple choice with nothing chosen is posted as nothing at all: it binds as an empty list, not null.</summary>
internal sealed class ApplicationForm : PersonFields
{
    public const int ChildRows = 4;

    public DateOnly? ReceivedOn { get; set; }
    public string? Channel { get; set; }
    public bool Urgent { get; set; }
    public bool ConsentGiven { get; set; }
    public string? ReferrerType { get; set; }
    public string? ReferrerOrganisation { get; set; }
    public string? ApplicantRole { get; set; }
    public string? PrimaryForm { get; set; }
    public string[] SecondaryForms { get; set => field = value ?? []; } = [];
    public string? Location { get; set; }
    public string[] Countries { get; set => field = value ?? []; } = [];
    public bool MinorAtTime { get; set; }
    public List<ChildRow> Children { get; set; } = [.. Enumerable.Range(0, ChildRows).Select(_ => new ChildRow())];

    /// <summary>The request the API would get: empty text is absent, blank child rows are left out.</summary>
    public RegisterApplicationRequest ToRequest(Guid? caseId) => new(
        ReceivedOn, Blank(Channel), Urgent, ConsentGiven, new ReferrerRequest(Blank(ReferrerType), Blank(ReferrerOrganisation)), Blank(ApplicantRole), caseId,
        caseId is null
            ? new PersonRequest(Blank(GivenNames), Blank(Surname), BirthDate, BirthYear, Blank(Sex), Citizenships, Blank(ResidenceStatus),
                HasMunicipalityOfResidence, Blank(PersonalIdentityCode), Blank(ResidencePermitGround), ResidencePermitGrantedOn)
            : null,
        new ExploitationRequest(
            [.. (Blank(PrimaryForm) is { } primary ? new[] { new ExploitationFormRequest(primary, true) } : []),
             .. SecondaryForms.Where(f => f != PrimaryForm).Select(f => new ExploitationFormRequest(f, false))],
            Blank(Location), Countries, MinorAtTime),
        [.. Children.Where(c => c.BirthYear is not null || Blank(c.Sex) is not null).Select(c => new DependentChildRequest(c.BirthYear, Blank(c.Sex)))]);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal sealed class ChildRow
{
    public int? BirthYear { get; set; }
    public string? Sex { get; set; }
}
