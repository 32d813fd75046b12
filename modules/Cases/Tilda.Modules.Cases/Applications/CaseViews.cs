using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Cases.Domain;
using Tilda.Shared.Events;

namespace Tilda.Modules.Cases.Applications;

// Response shapes of the HTTP contract.

internal sealed record PersonView(
    string GivenNames, string Surname, DateOnly? BirthDate, int? BirthYear, string Sex,
    IReadOnlyList<string> Citizenships, string ResidenceStatus, bool HasMunicipalityOfResidence, string? PersonalIdentityCode,
    string? ResidencePermitGround, DateOnly? ResidencePermitGrantedOn)
{
    public static PersonView Of(Person p) => new(p.GivenNames, p.Surname, p.BirthDate, p.BirthYear, p.Sex,
        p.Citizenships, p.ResidenceStatus, p.HasMunicipalityOfResidence, p.PersonalIdentityCode, p.ResidencePermitGround, p.ResidencePermitGrantedOn);
}

internal sealed record ReferrerView(string Type, string? Organisation);

internal sealed record ExploitationView(IReadOnlyList<ExploitationFormEntry> Forms, string Location, IReadOnlyList<string> Countries, bool MinorAtTime);

internal sealed record ApplicationView(
    Guid ApplicationId, Guid CaseId, DateOnly ReceivedOn, string Status, string Channel, bool Urgent, bool ConsentGiven,
    ReferrerView Referrer, string ApplicantRole, ExploitationView Exploitation, IReadOnlyList<DependentChildEntry> DependentChildren)
{
    public static ApplicationView Of(Application a, ApplicationOutcome? outcome) => new(a.Id, a.CaseId, a.ReceivedOn, ApplicationStatus.Of(outcome), a.Channel, a.Urgent,
        a.ConsentGiven, new(a.ReferrerType, a.ReferrerOrganisation), a.ApplicantRole,
        new(a.ExploitationForms, a.ExploitationLocation, a.ExploitationCountries, a.MinorAtTime), a.DependentChildren);
}

internal sealed record DecisionView(Guid DecisionId, string Kind, Guid? ApplicationId, DateOnly DecidedOn, string? Outcome, string? Reason)
{
    public static DecisionView Of(CaseDecision d) => new(d.DecisionId, d.Kind, d.ApplicationId, d.DecidedOn, d.Outcome, d.Reason);
}

/// <summary>The case as a caseworker reads it: Cases' own records, with what Decisions says about them as of now.</summary>
internal sealed record CaseView(
    Guid CaseId, string Status, DateOnly OpenedOn, DateOnly? ClientSince, DateOnly? RemovedOn, PersonView Person,
    IReadOnlyList<ApplicationView> Applications, IReadOnlyList<DecisionView> Decisions)
{
    public static CaseView Of(Case c, IReadOnlyDictionary<Guid, ApplicationOutcome> outcomes, IReadOnlyList<CaseDecision> decisions)
    {
        var state = CaseState.Of(outcomes.GetValueOrDefault(c.LatestApplicationId));
        return new(c.Id, state.Status, c.OpenedOn, state.ClientSince, state.RemovedOn, PersonView.Of(c.Person),
            c.Applications.OrderBy(a => a.ReceivedOn).ThenBy(a => a.RecordedAt).Select(a => ApplicationView.Of(a, outcomes.GetValueOrDefault(a.Id))).ToList(),
            decisions.Select(DecisionView.Of).ToList());
    }
}

internal sealed record CaseListItem(Guid CaseId, string Status, string GivenNames, string Surname, DateOnly? BirthDate, int? BirthYear, DateOnly OpenedOn, DateOnly? ClientSince);
