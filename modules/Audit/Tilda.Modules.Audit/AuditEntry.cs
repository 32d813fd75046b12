namespace Tilda.Modules.Audit;

/// <summary>One access to one case: who, when, what they did, through which route, and how it ended.</summary>
internal sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTime at, string user, string action, Guid caseId, string method, string route, int status)
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
    /// <summary>read, listed (shown in a search result) or changed.</summary>
    public string Action { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public string Method { get; private set; } = "";
    public string Route { get; private set; } = "";
    public int Status { get; private set; }
}
