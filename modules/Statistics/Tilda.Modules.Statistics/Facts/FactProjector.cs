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
/// Every event type is either projected or ignored here by name, so a new event can never be dropped unnoticed.
/// </summary>
internal sealed class FactProjector(Pseudonymizer pseudonyms)
{
    public IReadOnlyList<FactRecord> Project(IntegrationEvent integrationEvent)
    {
        var recordedAt = integrationEvent.OccurredAt.UtcDateTime;
        return integrationEvent switch
        {
            ApplicationReceivedIntegrationEvent e => [ApplicationReceived(e, recordedAt)],
            ClientAdmittedIntegrationEvent e => ClientAdmitted(e, recordedAt),
            ApplicationRejectedIntegrationEvent e =>
                [Decision(e.CaseId, e.DecidedOn, recordedAt, $"rejected:{e.RejectionReason}", e.Urgent, e.Person, e.Application, episode: null)],
            ClientRemovedIntegrationEvent e =>
                [new(FactTypes.ClientRemoved, Subject(e.CaseId), e.DecidedOn, recordedAt, pseudonyms.Episode(e.AdmissionDecisionId), new Dictionary<string, string> { ["reason"] = e.Reason })],
            // A measure carried over to a reassessment started earlier and was counted then.
            ServiceNeedsAssessedIntegrationEvent e => e.Measures.Where(m => !m.Continued).Select(m => new FactRecord(FactTypes.AssistanceMeasureStarted,
                Subject(e.CaseId), m.StartOn, recordedAt, null, new Dictionary<string, string> { ["measure"] = m.Measure, ["provider"] = m.Provider })).ToList(),
            ReflectionPeriodGrantedIntegrationEvent e =>
            [
                new(FactTypes.ReflectionPeriodGranted, Subject(e.CaseId), e.DecidedOn, recordedAt, null, new Dictionary<string, string>
                {
                    ["lengthDays"] = (e.EndOn.DayNumber - e.StartOn.DayNumber + 1).ToString(CultureInfo.InvariantCulture),
                }),
            ],
            CriminalProcessStageRecordedIntegrationEvent e =>
            [
                new(FactTypes.CriminalProcessStage, Subject(e.CaseId), e.OccurredOn, recordedAt, null, new Dictionary<string, string>
                {
                    ["stage"] = e.Stage, ["role"] = e.Role, ["offence"] = e.Offence,
                }),
            ],
            ResidencePermitRecordedIntegrationEvent e =>
                [new(FactTypes.ResidencePermitGranted, Subject(e.CaseId), e.GrantedOn, recordedAt, null, new Dictionary<string, string> { ["ground"] = e.Ground })],
            // Facts carry the person as recorded on their own date, so a change is counted through the facts after it.
            PersonDetailsChangedIntegrationEvent => [],
            // No indicator counts ends yet; when one does, its facts start here.
            AssistanceMeasureEndedIntegrationEvent or ReflectionPeriodEndedIntegrationEvent => [],
            _ => throw new NotSupportedException($"The statistics do not know the event {integrationEvent.GetType().Name}: project it or ignore it here."),
        };
    }

    private long Subject(Guid caseId) => pseudonyms.Subject(caseId);

    private FactRecord ApplicationReceived(ApplicationReceivedIntegrationEvent e, DateTime recordedAt) =>
        new(FactTypes.ApplicationReceived, Subject(e.CaseId), e.ReceivedOn, recordedAt, null,
            new Dictionary<string, string>(Profile(e.Person.AgeYears, e.Person.Sex, e.Person.Citizenship, e.Person.Citizenships, e.Person.ResidenceStatus,
                e.Person.HasMunicipalityOfResidence))
            {
                ["referrerType"] = e.Application.ReferrerType,
                ["primaryForm"] = PrimaryOf(e.Application.ExploitationForms.Select(f => (f.Form, f.Primary))),
                ["channel"] = e.Channel,
                ["urgent"] = Bool(e.Urgent),
                ["applicantRole"] = e.Application.ApplicantRole,
                ["reapplication"] = Bool(e.IsReapplication),
                ["exploitationLocation"] = e.Application.ExploitationLocation,
                ["minorAtTime"] = Bool(e.Application.MinorAtTime),
            });

    private List<FactRecord> ClientAdmitted(ClientAdmittedIntegrationEvent e, DateTime recordedAt)
    {
        var subject = Subject(e.CaseId);
        var episode = pseudonyms.Episode(e.DecisionId);
        var facts = new List<FactRecord> { Decision(e.CaseId, e.DecidedOn, recordedAt, "admitted", e.Urgent, e.Person, e.Application, episode) };
        facts.AddRange(e.Application.ExploitationForms.Select(f => new FactRecord(FactTypes.AdmittedExploitationForm, subject, e.DecidedOn, recordedAt, episode,
            new Dictionary<string, string> { ["form"] = f.Form, ["primary"] = Bool(f.Primary), ["exploitationLocation"] = e.Application.ExploitationLocation })));
        facts.AddRange(e.Application.DependentChildren.Select(c => new FactRecord(FactTypes.AdmittedDependentChild, subject, e.DecidedOn, recordedAt, episode,
            new Dictionary<string, string> { ["birthYear"] = c.BirthYear.ToString(CultureInfo.InvariantCulture), ["sex"] = c.Sex })));
        return facts;
    }

    private FactRecord Decision(Guid caseId, DateOnly decidedOn, DateTime recordedAt, string outcome, bool urgent, DecidedPerson person, DecidedApplication application, long? episode) =>
        new(FactTypes.AdmissionDecided, Subject(caseId), decidedOn, recordedAt, episode,
            new Dictionary<string, string>(Profile(person.AgeYears, person.Sex, person.Citizenship, person.Citizenships, person.ResidenceStatus,
                person.HasMunicipalityOfResidence))
            {
                ["outcome"] = outcome,
                ["primaryForm"] = PrimaryOf(application.ExploitationForms.Select(f => (f.Form, f.Primary))),
                ["urgent"] = Bool(urgent),
                ["applicantRole"] = application.ApplicantRole,
                ["exploitationLocation"] = application.ExploitationLocation,
                ["minorAtTime"] = Bool(application.MinorAtTime),
            });

    /// <summary>The person's statistical details, as Cases' and Decisions' events both carry them. An unknown age is no age;
    /// an event from before every citizenship was carried has the first listed alone.</summary>
    private static Dictionary<string, string> Profile(int? ageYears, string sex, string citizenship, IReadOnlyList<string>? citizenships,
        string residenceStatus, bool hasMunicipality)
    {
        var profile = new Dictionary<string, string>
        {
            ["sex"] = sex,
            ["citizenship"] = citizenship,
            ["citizenships"] = citizenships is { Count: > 0 } all ? string.Join(',', all) : citizenship,
            ["residenceStatus"] = residenceStatus,
            ["hasMunicipalityOfResidence"] = Bool(hasMunicipality),
        };
        if (ageYears is { } age) profile["ageYears"] = age.ToString(CultureInfo.InvariantCulture);
        return profile;
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>The application's primary form (one is required; an event without one says <c>unknown</c>).</summary>
    private static string PrimaryOf(IEnumerable<(string Form, bool Primary)> forms) => forms.FirstOrDefault(f => f.Primary).Form ?? Dimensions.Unknown;
}
