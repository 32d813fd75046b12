using Tilda.Shared.Events;

namespace Tilda.Modules.Cases.Domain;

/// <summary>A request that a person be admitted to the assistance system.</summary>
internal sealed class Application
{
    private Application() { }

    public Application(Guid id, Guid caseId, DateOnly receivedOn, string channel, bool urgent, string referrerType,
        string? referrerOrganisation, string applicantRole, IReadOnlyList<ExploitationFormEntry> exploitationForms,
        string exploitationLocation, IReadOnlyList<string> exploitationCountries, bool minorAtTime,
        IReadOnlyList<DependentChildEntry> dependentChildren, DateTime recordedAt)
    {
        Id = id;
        CaseId = caseId;
        ReceivedOn = receivedOn;
        Channel = channel;
        Urgent = urgent;
        ConsentGiven = true;
        ReferrerType = referrerType;
        ReferrerOrganisation = referrerOrganisation;
        ApplicantRole = applicantRole;
        ExploitationForms = exploitationForms;
        ExploitationLocation = exploitationLocation;
        ExploitationCountries = exploitationCountries;
        MinorAtTime = minorAtTime;
        DependentChildren = dependentChildren;
        Status = ApplicationStatus.Pending;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string Channel { get; private set; } = "";
    public bool Urgent { get; private set; }
    /// <summary>Always true: an application without the person's consent is refused, never stored.</summary>
    public bool ConsentGiven { get; private set; }
    public string ReferrerType { get; private set; } = "";
    public string? ReferrerOrganisation { get; private set; }
    public string ApplicantRole { get; private set; } = "";
    public IReadOnlyList<ExploitationFormEntry> ExploitationForms { get; private set; } = [];
    public string ExploitationLocation { get; private set; } = "";
    public IReadOnlyList<string> ExploitationCountries { get; private set; } = [];
    public bool MinorAtTime { get; private set; }
    public IReadOnlyList<DependentChildEntry> DependentChildren { get; private set; } = [];
    public string Status { get; private set; } = ApplicationStatus.Pending;
    public DateTime RecordedAt { get; private set; }

    public void Decide(string status) => Status = status;

    public ApplicationProfile ToProfile() =>
        new(ReferrerType, ApplicantRole, ExploitationForms, ExploitationLocation, MinorAtTime, DependentChildren);
}

/// <summary>Cases' copy of a decision, kept from the Decisions module's events so the case view and its status
/// need no call across modules.</summary>
internal sealed class CaseDecision
{
    public const string Admission = "admission";
    public const string Removal = "removal";

    private CaseDecision() { }

    public static CaseDecision ForAdmission(Guid decisionId, Guid caseId, Guid applicationId, DateOnly decidedOn, string outcome, string? reason) =>
        new() { DecisionId = decisionId, CaseId = caseId, ApplicationId = applicationId, Kind = Admission, DecidedOn = decidedOn, Outcome = outcome, Reason = reason };

    public static CaseDecision ForRemoval(Guid decisionId, Guid caseId, Guid admissionDecisionId, DateOnly decidedOn, string reason) =>
        new() { DecisionId = decisionId, CaseId = caseId, AdmissionDecisionId = admissionDecisionId, Kind = Removal, DecidedOn = decidedOn, Reason = reason };

    public Guid DecisionId { get; private set; }
    public Guid CaseId { get; private set; }
    public string Kind { get; private set; } = "";
    public Guid? ApplicationId { get; private set; }
    public Guid? AdmissionDecisionId { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    /// <summary>admitted | rejected for an admission decision; null for a removal.</summary>
    public string? Outcome { get; private set; }
    public string? Reason { get; private set; }
}
