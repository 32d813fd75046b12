using Tilda.Modules.Audit.Contracts;
using Microsoft.AspNetCore.Http;
using Tilda.Shared;
using Tilda.BuildingBlocks.Web;

namespace Tilda.Modules.Audit;

/// <summary>Collects, for one request, the cases its services touched.</summary>
internal sealed class RequestAuditTrail : IAuditTrail
{
    public List<(Guid CaseId, string Action)> Touched { get; } = [];

    public void Read(Guid caseId) => Touched.Add((caseId, "read"));
    public void Listed(IEnumerable<Guid> caseIds) => Touched.AddRange(caseIds.Select(id => (id, "listed")));
    public void Changed(Guid caseId) => Touched.Add((caseId, "changed"));
}

/// <summary>
/// Stores who touched which case, through which route and with what outcome — just before the response starts, so no
/// case data leaves the service unless its access is on record (if the audit cannot be written, the request fails).
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, IAuditTrail trail, AuditDbContext db, TimeProvider clock)
    {
        // Read before the request runs: the exception handler clears the endpoint of a failed request.
        var route = (context.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText ?? "";
        context.Response.OnStarting(async () =>
        {
            if (trail is not RequestAuditTrail { Touched.Count: > 0 } touched) return;
            var user = UserId.Of(context.User);
            var at = clock.GetUtcNow().UtcDateTime;
            // A refused change is recorded too: the attempt is what an auditor looks for.
            db.Entries.AddRange(touched.Touched.Distinct().Select(t =>
                new AuditEntry(at, user[..Math.Min(user.Length, 100)], t.Action, t.CaseId, context.Request.Method, route, context.Response.StatusCode)));
            await db.SaveChangesAsync(CancellationToken.None);
        });
        return next(context);
    }
}
