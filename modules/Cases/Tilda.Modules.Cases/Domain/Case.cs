using Tilda.Modules.Cases.Contracts;

namespace Tilda.Modules.Cases.Domain;

/// <summary>Everything Cases records about one person: who they are, with a dated history of their statistical details,
/// and their applications. What was decided on them is the Decisions module's; see <see cref="CaseState"/>.</summary>
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
        Version = 1;
    }

    public Guid Id { get; private set; }
    public Person Person { get; private set; } = null!;
    public string SearchText { get; private set; } = "";
    public DateOnly OpenedOn { get; private set; }
    /// <summary>The application received last: the one the case's status follows.</summary>
    public Guid LatestApplicationId { get; private set; }
    /// <summary>The person's version: concurrency token and ETag. Only a change to the person changes it.</summary>
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public List<Application> Applications { get; private set; } = [];
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
        LatestApplicationId = application.Id;
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

/// <summary>
/// The case's status and client dates, derived from what was decided on its latest application: pending → applicant,
/// rejected → rejected, admitted → client (since the admission), admitted and removed → former client.
/// </summary>
internal sealed record CaseState(string Status, DateOnly? ClientSince, DateOnly? RemovedOn)
{
    public const string Applicant = "applicant";
    public const string Client = "client";
    public const string FormerClient = "former-client";
    public const string Rejected = "rejected";

    public static CaseState Of(ApplicationOutcome? latest) => latest?.State switch
    {
        DecisionState.Rejected => new(Rejected, null, null),
        DecisionState.Admitted => new(Client, latest.DecidedOn, null),
        DecisionState.Removed => new(FormerClient, latest.DecidedOn, latest.RemovedOn),
        _ => new(Applicant, null, null),
    };

    /// <summary>A person may apply again after a rejection or after leaving, not while pending or a client.</summary>
    public bool CanReapply => Status is Rejected or FormerClient;

    /// <summary>The state a case search filters on, as Decisions knows it; null for applicants (nothing decided yet).</summary>
    public static DecisionState? DecisionStateOf(string status) => status switch
    {
        Rejected => DecisionState.Rejected,
        Client => DecisionState.Admitted,
        FormerClient => DecisionState.Removed,
        _ => null,
    };
}

internal static class ApplicationStatus
{
    public const string Pending = "pending";
    public const string Admitted = "admitted";
    public const string Rejected = "rejected";

    public static string Of(ApplicationOutcome? outcome) => outcome?.State switch
    {
        null => Pending,
        DecisionState.Rejected => Rejected,
        _ => Admitted,
    };
}
