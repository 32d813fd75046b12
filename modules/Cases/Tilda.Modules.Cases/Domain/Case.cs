using Tilda.Shared.Events;

namespace Tilda.Modules.Cases.Domain;

/// <summary>Everything about one person: who they are, their applications and the decisions on them.</summary>
internal sealed class Case
{
    private Case() { }

    public Case(Guid id, Person person, DateOnly openedOn, DateTime createdAt)
    {
        Id = id;
        Person = person;
        SearchText = person.SearchText;
        OpenedOn = openedOn;
        CreatedAt = createdAt;
        Status = CaseStatus.Applicant;
        Version = 1;
    }

    public Guid Id { get; private set; }
    public Person Person { get; private set; } = null!;
    public string SearchText { get; private set; } = "";
    public string Status { get; private set; } = CaseStatus.Applicant;
    public DateOnly OpenedOn { get; private set; }
    public DateOnly? ClientSince { get; private set; }
    public DateOnly? RemovedOn { get; private set; }
    /// <summary>Concurrency token and ETag; bumped by every change to the case.</summary>
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public List<Application> Applications { get; private set; } = [];
    public List<CaseDecision> Decisions { get; private set; } = [];
    public List<PersonSnapshot> PersonHistory { get; private set; } = [];

    public void ChangePerson(Person person)
    {
        Person = person;
        SearchText = person.SearchText;
        Version++;
    }

    public void Add(Application application)
    {
        Applications.Add(application);
        DeriveStatus();
        Version++;
    }

    /// <summary>A person may apply again after a rejection or after leaving, not while pending or a client.</summary>
    public bool CanReapply => Status is CaseStatus.Rejected or CaseStatus.FormerClient;

    /// <summary>Records a decision (idempotent on its id) and derives the status from all of them, so the
    /// order in which decisions arrive does not matter.</summary>
    public bool Record(CaseDecision decision)
    {
        if (Decisions.Any(d => d.DecisionId == decision.DecisionId)) return false;
        Decisions.Add(decision);
        foreach (var application in Applications)
        {
            var admission = Decisions.FirstOrDefault(d => d.Kind == CaseDecision.Admission && d.ApplicationId == application.Id);
            if (admission is not null) application.Decide(admission.Outcome == "admitted" ? ApplicationStatus.Admitted : ApplicationStatus.Rejected);
        }
        DeriveStatus();
        Version++;
        return true;
    }

    private void DeriveStatus()
    {
        var latest = Applications.OrderBy(a => a.ReceivedOn).ThenBy(a => a.RecordedAt).LastOrDefault();
        ClientSince = null;
        RemovedOn = null;
        Status = latest?.Status switch
        {
            ApplicationStatus.Rejected => CaseStatus.Rejected,
            ApplicationStatus.Admitted => ClientStatus(latest.Id),
            _ => CaseStatus.Applicant,
        };
    }

    private string ClientStatus(Guid applicationId)
    {
        var admission = Decisions.First(d => d.Kind == CaseDecision.Admission && d.ApplicationId == applicationId);
        ClientSince = admission.DecidedOn;
        var removal = Decisions.FirstOrDefault(d => d.Kind == CaseDecision.Removal && d.AdmissionDecisionId == admission.DecisionId);
        RemovedOn = removal?.DecidedOn;
        return removal is null ? CaseStatus.Client : CaseStatus.FormerClient;
    }

    /// <summary>The statistical profile as recorded on <paramref name="onDate"/>: the latest snapshot in effect
    /// then, or the first one for a date before the case was opened.</summary>
    public ClientProfile ProfileOn(DateOnly onDate)
    {
        var snapshot = PersonHistory.Where(s => s.EffectiveFrom <= onDate).MaxBy(s => (s.EffectiveFrom, s.RecordedAt))
            ?? PersonHistory.MinBy(s => (s.EffectiveFrom, s.RecordedAt))
            ?? PersonSnapshot.Of(Id, Person, onDate, CreatedAt);
        return snapshot.ToProfile(onDate);
    }
}

internal static class CaseStatus
{
    public const string Applicant = "applicant";
    public const string Client = "client";
    public const string FormerClient = "former-client";
    public const string Rejected = "rejected";
}

internal static class ApplicationStatus
{
    public const string Pending = "pending";
    public const string Admitted = "admitted";
    public const string Rejected = "rejected";
}
