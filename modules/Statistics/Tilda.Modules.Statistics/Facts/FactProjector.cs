using System.Globalization;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Shared.Events;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Facts;

/// <summary>
/// Turns an integration event into facts. Pure: the same event always gives the same facts, so live delivery and a
/// rebuild from history agree. Only codes, numbers, dates and pseudonyms pass — never an id, a name or free text.
/// </summary>
internal sealed class FactProjector(Pseudonymizer pseudonyms)
{
    public IReadOnlyList<FactRecord> Project(IntegrationEvent integrationEvent) => integrationEvent switch
    {
        ApplicationReceivedIntegrationEvent e => [ApplicationReceived(e)],
        ClientAdmittedIntegrationEvent e => ClientAdmitted(e),
        ApplicationRejectedIntegrationEvent e => [Decision(e.CaseId, e.DecidedOn, $"rejected:{e.RejectionReason}", e.Urgent, e.Person, e.Application, episode: null)],
        ClientRemovedIntegrationEvent e =>
        [
            new FactRecord(FactTypes.ClientRemoved, pseudonyms.Subject(e.CaseId), e.DecidedOn, new Dictionary<string, string>
            {
                ["reason"] = e.Reason,
                ["episode"] = pseudonyms.Episode(e.AdmissionDecisionId),
            }),
        ],
        ServiceNeedsAssessedIntegrationEvent e => e.Measures.Select(m => new FactRecord(FactTypes.AssistanceMeasureStarted,
            pseudonyms.Subject(e.CaseId), m.StartOn, new Dictionary<string, string> { ["measure"] = m.Measure, ["provider"] = m.Provider })).ToList(),
        ReflectionPeriodGrantedIntegrationEvent e =>
        [
            new FactRecord(FactTypes.ReflectionPeriodGranted, pseudonyms.Subject(e.CaseId), e.DecidedOn, new Dictionary<string, string>
            {
                ["lengthDays"] = (e.EndOn.DayNumber - e.StartOn.DayNumber + 1).ToString(CultureInfo.InvariantCulture),
            }),
        ],
        CriminalProcessStageRecordedIntegrationEvent e =>
        [
            new FactRecord(FactTypes.CriminalProcessStage, pseudonyms.Subject(e.CaseId), e.OccurredOn, new Dictionary<string, string>
            {
                ["stage"] = e.Stage,
                ["role"] = e.Role,
                ["offence"] = e.Offence,
            }),
        ],
        _ => [],
    };

    private FactRecord ApplicationReceived(ApplicationReceivedIntegrationEvent e) =>
        new(FactTypes.ApplicationReceived, pseudonyms.Subject(e.CaseId), e.ReceivedOn, new Dictionary<string, string>(Profile(e.Person.AgeYears, e.Person.Sex, e.Person.Citizenship, e.Person.ResidenceStatus, e.Person.HasMunicipalityOfResidence))
        {
            ["referrerType"] = e.Application.ReferrerType,
            ["channel"] = e.Channel,
            ["urgent"] = Bool(e.Urgent),
            ["applicantRole"] = e.Application.ApplicantRole,
            ["reapplication"] = Bool(e.IsReapplication),
            ["exploitationLocation"] = e.Application.ExploitationLocation,
            ["minorAtTime"] = Bool(e.Application.MinorAtTime),
        });

    private List<FactRecord> ClientAdmitted(ClientAdmittedIntegrationEvent e)
    {
        var subject = pseudonyms.Subject(e.CaseId);
        var episode = pseudonyms.Episode(e.DecisionId);
        var facts = new List<FactRecord> { Decision(e.CaseId, e.DecidedOn, "admitted", e.Urgent, e.Person, e.Application, episode) };
        facts.AddRange(e.Application.ExploitationForms.Select(f => new FactRecord(FactTypes.AdmittedExploitationForm, subject, e.DecidedOn,
            new Dictionary<string, string>
            {
                ["form"] = f.Form,
                ["primary"] = Bool(f.Primary),
                ["exploitationLocation"] = e.Application.ExploitationLocation,
                ["episode"] = episode,
            })));
        facts.AddRange(e.Application.DependentChildren.Select(c => new FactRecord(FactTypes.AdmittedDependentChild, subject, e.DecidedOn,
            new Dictionary<string, string>
            {
                ["birthYear"] = c.BirthYear.ToString(CultureInfo.InvariantCulture),
                ["sex"] = c.Sex,
                ["episode"] = episode,
            })));
        return facts;
    }

    private FactRecord Decision(Guid caseId, DateOnly decidedOn, string outcome, bool urgent, DecidedPerson person, DecidedApplication application, string? episode)
    {
        var dimensions = new Dictionary<string, string>(Profile(person.AgeYears, person.Sex, person.Citizenship, person.ResidenceStatus, person.HasMunicipalityOfResidence))
        {
            ["outcome"] = outcome,
            ["urgent"] = Bool(urgent),
            ["applicantRole"] = application.ApplicantRole,
            ["exploitationLocation"] = application.ExploitationLocation,
            ["minorAtTime"] = Bool(application.MinorAtTime),
        };
        if (episode is not null) dimensions["episode"] = episode;
        return new FactRecord(FactTypes.AdmissionDecided, pseudonyms.Subject(caseId), decidedOn, dimensions);
    }

    /// <summary>The person's statistical details, as Cases' and Decisions' events both carry them.</summary>
    private static Dictionary<string, string> Profile(int? ageYears, string sex, string citizenship, string residenceStatus, bool hasMunicipality) => new()
    {
        ["ageYears"] = ageYears?.ToString(CultureInfo.InvariantCulture) ?? Dimensions.Unknown,
        ["sex"] = sex,
        ["citizenship"] = citizenship,
        ["residenceStatus"] = residenceStatus,
        ["hasMunicipalityOfResidence"] = Bool(hasMunicipality),
    };

    private static string Bool(bool value) => value ? "true" : "false";
}
