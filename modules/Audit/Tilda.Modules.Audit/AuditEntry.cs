namespace Tilda.Modules.Audit;

/// <summary>One access to one case: who, when, what they did, through which route, and how it ended.</summary>
internal sealed class AuditEntry
{
    public const string Read = "read";
    public const string Listed = "listed";
    public const string Changed = "changed";

    private AuditEntry() { }

    public AuditEntry(DateTime at, string user, string action, Guid? caseId, string method, string route, int? status)
    {
        Id = Guid.CreateVersion7();
        At = at;
        User = user;
        Action = action;
        CaseId = caseId;
        Method = method;
        Route = route;
        Status = status;
    }

    public Guid Id { get; private set; }
    public DateTime At { get; private set; }
    public string User { get; private set; } = "";
    /// <summary>read, listed (shown in a search result or a work list) or changed — what was attempted.</summary>
    public string Action { get; private set; } = "";
    /// <summary>The case; null for a refused attempt whose route names no case.</summary>
    public Guid? CaseId { get; private set; }
    public string Method { get; private set; } = "";
    public string Route { get; private set; } = "";
    /// <summary>The HTTP status the request ended with; null while a change is under way, and for good when its outcome
    /// could not be recorded after the change (the attempt stays on record).</summary>
    public int? Status { get; private set; }

    public void Ended(int status) => Status = status;
}
