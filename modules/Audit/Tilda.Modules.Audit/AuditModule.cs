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
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<RequestAuditTrail>().As<IAuditTrail>().InstancePerLifetimeScope();
        builder.RegisterType<SignInLinkLedger>().As<ISignInLinks>().InstancePerLifetimeScope();
    }
}

public static class AuditModuleRegistration
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    public static IServiceCollection AddAuditModule(this IServiceCollection services, DatabaseSettings database) =>
        services.AddModule<AuditDbContext, SqliteAuditDbContext, PostgreSqlAuditDbContext, SqlServerAuditDbContext>(database, AuditDbContext.Module, events: null);

    /// <summary>Records the cases each request touched, with the request's final status, before its response leaves: place it
    /// outside the exception handler.</summary>
    public static IApplicationBuilder UseAudit(this IApplicationBuilder app) => app.UseMiddleware<AuditMiddleware>();

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit", async (Guid? caseId, string? user, DateOnly? from, DateOnly? to, int? page, int? pageSize, AuditDbContext db, CancellationToken ct) =>
        {
            if (from is not null && to is not null && to < from) throw new BadRequestException("to", "The period ends before it starts.");
            var paging = PageRequest.Parse(page, pageSize, DefaultPageSize, MaxPageSize);
            var query = db.Entries.AsNoTracking();
            if (caseId is not null) query = query.Where(e => e.CaseId == caseId);
            if (!string.IsNullOrWhiteSpace(user)) query = query.Where(e => e.User == user);
            if (from is not null) query = query.Where(e => e.At >= from.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            if (to is not null) query = query.Where(e => e.At <= to.Value.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc));
            var total = await query.CountAsync(ct);
            paging.EnsureWithin(total);
            var items = await query.OrderByDescending(e => e.At).ThenBy(e => e.Id).Skip(paging.Skip).Take(paging.PageSize)
                .Select(e => new { e.At, e.User, e.Action, e.CaseId, e.Method, e.Route, e.Status })
                .ToListAsync(ct);
            return Results.Ok(new PagedResult<object>(items, paging.Page, paging.PageSize, total));
        }).RequireAuthorization(Policies.Audit).WithTags("Audit");
        return endpoints;
    }
}
