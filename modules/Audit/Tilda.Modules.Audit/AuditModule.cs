using Tilda.Modules.Audit.Contracts;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Shared;
using Tilda.Shared.Errors;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.Audit.Migrations.Sqlite;
using Tilda.Modules.Audit.Migrations.PostgreSql;
using Tilda.Modules.Audit.Migrations.SqlServer;

namespace Tilda.Modules.Audit;

/// <summary>Audit: the log of who read or changed which case, for the data-protection officer.</summary>
public sealed class AuditModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        builder.RegisterType<RequestAuditTrail>().As<IAuditTrail>().InstancePerLifetimeScope();
}

public static class AuditModuleRegistration
{
    public const int MaxPageSize = 500;

    public static IServiceCollection AddAuditModule(this IServiceCollection services, DatabaseSettings database) =>
        services.AddModule<AuditDbContext, SqliteAuditDbContext, PostgreSqlAuditDbContext, SqlServerAuditDbContext>(database, AuditDbContext.Module, events: null);

    /// <summary>Records the cases each request touched, with the request's final status: place it outside the exception handler.</summary>
    public static IApplicationBuilder UseAudit(this IApplicationBuilder app) => app.UseMiddleware<AuditMiddleware>();

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit", async (Guid? caseId, string? user, DateOnly? from, DateOnly? to, int? page, int? pageSize, AuditDbContext db, CancellationToken ct) =>
        {
            if (from is not null && to is not null && to < from) throw new BadRequestException("to", "The period ends before it starts.");
            if (page is < 1) throw new BadRequestException("page", "The page must be 1 or more.");
            if (pageSize is < 1 or > MaxPageSize) throw new BadRequestException("pageSize", $"The page size must be between 1 and {MaxPageSize}.");
            var query = db.Entries.AsNoTracking();
            if (caseId is not null) query = query.Where(e => e.CaseId == caseId);
            if (!string.IsNullOrWhiteSpace(user)) query = query.Where(e => e.User == user);
            if (from is not null) query = query.Where(e => e.At >= from.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            if (to is not null) query = query.Where(e => e.At <= to.Value.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc));
            var size = pageSize ?? 100;
            var current = page ?? 1;
            var total = await query.CountAsync(ct);
            var items = await query.OrderByDescending(e => e.At).ThenBy(e => e.Id).Skip((current - 1) * size).Take(size)
                .Select(e => new { e.At, e.User, e.Action, e.CaseId, e.Method, e.Route, e.Status })
                .ToListAsync(ct);
            return Results.Ok(new PagedResult<object>(items, current, size, total));
        }).RequireAuthorization(Policies.Audit).WithTags("Audit");
        return endpoints;
    }
}
