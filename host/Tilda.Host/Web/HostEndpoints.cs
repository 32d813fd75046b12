using Tilda.Modules.Audit.Contracts;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tilda.Modules.Cases.Contracts;
using Tilda.Shared;
using Tilda.Shared.CodeLists;
using Tilda.Shared.Errors;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;

namespace Tilda.Host.Web;

internal static class HostEndpoints
{
    public static void MapHostEndpoints(this WebApplication app)
    {
        // Every code with its validity; ?on=DATE: the codes valid on that date, as a form recording something dated then offers them.
        app.MapGet("/api/code-lists", (DateOnly? on, IEnumerable<ICodeListSource> sources) =>
                Results.Ok(sources.SelectMany(s => s.CodeLists).ToDictionary(
                    list => list.Name,
                    list => (on is { } date ? list.On(date) : list.Codes).Select(c => new
                    {
                        code = c.Value, label = new { fi = c.Label.Fi, sv = c.Label.Sv, en = c.Label.En }, validFrom = c.From, validTo = c.ValidTo,
                    }))))
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Code lists");

        // The case as a caseworker first opens it: everything every module recorded, in date order. Composed here, from
        // each module's Contracts facade, so that Cases need not know the other modules.
        app.MapGet("/api/cases/{caseId:guid}/timeline", async (Guid caseId, ICasesModule cases, IEnumerable<ICaseTimelineSource> sources, IAuditTrail audit, CancellationToken ct) =>
            {
                if (!await cases.CaseExistsAsync(caseId, ct)) throw new NotFoundException($"Case {caseId} was not found.");
                audit.Read(caseId);
                return Results.Ok(new { caseId, entries = await CaseTimeline.ComposeAsync(sources, caseId, ct) });
            })
            .RequireAuthorization(Policies.Casework)
            .WithTags("Cases");

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
    }
}

/// <summary>Ready when every module's database answers and has no pending migration.</summary>
internal sealed class DatabaseReadyCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var notReady = new List<string>();
        foreach (var database in scope.ServiceProvider.GetServices<IModuleDatabase>())
        {
            try
            {
                if (!await database.IsReadyAsync(cancellationToken)) notReady.Add(database.Module);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                notReady.Add(database.Module);
            }
        }
        return notReady.Count == 0
            ? HealthCheckResult.Healthy("Every module's database is reachable and migrated.")
            : HealthCheckResult.Unhealthy($"Not ready: {string.Join(", ", notReady)}.");
    }
}
