using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.Audit.Contracts;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Audit;

/// <summary>
/// The cases one request touched. A change attempt is stored the moment a service announces it (before the change);
/// reads and listings are collected and stored with the request's outcome by <see cref="AuditMiddleware"/>.
/// </summary>
internal sealed partial class RequestAuditTrail(AuditDbContext db, TimeProvider clock, ILogger<RequestAuditTrail> logger) : IAuditTrail
{
    private readonly List<AuditEntry> _changes = [];
    private readonly List<(Guid? CaseId, string Action)> _accesses = [];
    private HttpContext? _request;
    private string _route = "";

    public bool IsEmpty => _changes.Count == 0 && _accesses.Count == 0;

    /// <summary>Change attempts already on record: the request may have changed something.</summary>
    public bool HasRecordedChanges => _changes.Count > 0;

    public void Begin(HttpContext request, string route)
    {
        _request = request;
        _route = route;
    }

    public void Read(Guid caseId) => _accesses.Add((caseId, AuditEntry.Read));

    public void Listed(IEnumerable<Guid> caseIds) => _accesses.AddRange(caseIds.Select(id => ((Guid?)id, AuditEntry.Listed)));

    /// <summary>A refused attempt (403): the action it was, on the case its route names, if any.</summary>
    public void Refused(Guid? caseId, string action) => _accesses.Add((caseId, action));

    public async Task ChangingAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (_changes.Any(e => e.CaseId == caseId)) return;
        var entry = Entry(AuditEntry.Changed, caseId, status: null);
        db.Entries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotWritten(logger, e.GetType().FullName);
            db.ChangeTracker.Clear();
            throw new ServiceUnavailableException("The audit log cannot be written now, so nothing was changed; try again later.");
        }
        _changes.Add(entry);
    }

    /// <summary>Stores the request's outcome: the status of its change attempts, and its reads and listings.</summary>
    public async Task EndAsync(int status)
    {
        foreach (var change in _changes) change.Ended(status);
        db.Entries.AddRange(_accesses.Distinct().Select(a => Entry(a.Action, a.CaseId, status)));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private AuditEntry Entry(string action, Guid? caseId, int? status)
    {
        var request = _request ?? throw new InvalidOperationException("Case accesses are audited within an HTTP request.");
        return new AuditEntry(clock.GetUtcNow().UtcDateTime, UserId.Of(request.User), action, caseId, request.Request.Method, _route, status);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An audit entry could not be written ({ExceptionType}); the change was refused")]
    private static partial void LogNotWritten(ILogger logger, string? exceptionType);
}
