using Tilda.Modules.Cases.Contracts;
using System.Security.Claims;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Shared;
using Tilda.Shared.CodeLists;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.ReflectionPeriods.Migrations.Sqlite;
using Tilda.Modules.ReflectionPeriods.Migrations.PostgreSql;
using Tilda.Modules.ReflectionPeriods.Migrations.SqlServer;

namespace Tilda.Modules.ReflectionPeriods;

/// <summary>ReflectionPeriods: reflection periods for clients staying without a right of residence.</summary>
public sealed class ReflectionPeriodsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ReflectionPeriodsService>().InstancePerLifetimeScope();
        builder.RegisterType<ReflectionPeriodsModuleFacade>().As<IReflectionPeriodsModule>().InstancePerLifetimeScope();
        builder.RegisterType<ReflectionPeriodsTimeline>().As<ICaseTimelineSource>().InstancePerLifetimeScope();
        builder.RegisterType<ReflectionPeriodsCodeLists>().As<ICodeListSource>().SingleInstance();
    }
}

public static class ReflectionPeriodsModuleRegistration
{
    public static IServiceCollection AddReflectionPeriodsModule(this IServiceCollection services, DatabaseSettings database)
    {
        return services.AddModule<ReflectionPeriodsDbContext, SqliteReflectionPeriodsDbContext, PostgreSqlReflectionPeriodsDbContext, SqlServerReflectionPeriodsDbContext>(database, ReflectionPeriodsDbContext.Module, typeof(ReflectionPeriodGrantedIntegrationEvent).Assembly);
    }

    public static IEndpointRouteBuilder MapReflectionPeriodsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var decide = endpoints.MapGroup("/api/reflection-periods").RequireAuthorization(Policies.Decisions).WithTags("Reflection periods");
        decide.MapPost("", async (GrantRequest request, ReflectionPeriodsService service, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var period = await service.GrantAsync(request, UserId.Of(user), ct);
            return Results.Created($"/api/reflection-periods/{period.ReflectionPeriodId}", period);
        });
        decide.MapPost("/{periodId:guid}/end", async (Guid periodId, EndRequest request, ReflectionPeriodsService service, CancellationToken ct) =>
            Results.Ok(await service.EndAsync(periodId, request, ct)));
        endpoints.MapGet("/api/reflection-periods/{periodId:guid}", async (Guid periodId, ReflectionPeriodsService service, CancellationToken ct) =>
            Results.Ok(await service.GetAsync(periodId, ct))).RequireAuthorization(Policies.Casework).WithTags("Reflection periods");
        return endpoints;
    }
}
