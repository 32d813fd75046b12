using Tilda.Modules.Cases.Contracts;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Claims;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Shared;
using Tilda.Shared.CodeLists;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.Decisions.Migrations.Sqlite;
using Tilda.Modules.Decisions.Migrations.PostgreSql;
using Tilda.Modules.Decisions.Migrations.SqlServer;

namespace Tilda.Modules.Decisions;

/// <summary>Decisions: admission, rejection and removal, by a decision-maker.</summary>
public sealed class DecisionsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<DecisionsService>().InstancePerLifetimeScope();
        builder.RegisterType<DecisionsCodeLists>().As<ICodeListSource>().SingleInstance();
        builder.RegisterType<DecisionsModuleFacade>().As<IDecisionsModule>().As<IApplicationDecisions>().As<ICaseTimelineSource>().InstancePerLifetimeScope();
    }
}

public static class DecisionsModuleRegistration
{
    public static IServiceCollection AddDecisionsModule(this IServiceCollection services, DatabaseSettings database)
    {
        return services.AddModule<DecisionsDbContext, SqliteDecisionsDbContext, PostgreSqlDecisionsDbContext, SqlServerDecisionsDbContext>(database, DecisionsDbContext.Module, typeof(ClientAdmittedIntegrationEvent).Assembly);
    }

    public static IEndpointRouteBuilder MapDecisionsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var decide = endpoints.MapGroup("/api/decisions").RequireAuthorization(Policies.Decisions).WithTags("Decisions");

        decide.MapPost("/admission", async (AdmissionDecisionRequest request, DecisionsService decisions, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await decisions.DecideAdmissionAsync(request, UserId.Of(user), ct);
            return Results.Created($"/api/decisions/admission/{created.DecisionId}", created);
        });

        decide.MapPost("/removal", async (RemovalDecisionRequest request, DecisionsService decisions, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await decisions.DecideRemovalAsync(request, UserId.Of(user), ct);
            return Results.Created($"/api/decisions/removal/{created.DecisionId}", created);
        });

        var read = endpoints.MapGroup("/api/decisions").RequireAuthorization(Policies.Casework).WithTags("Decisions");
        read.MapGet("/admission/{decisionId:guid}", async (Guid decisionId, DecisionsService decisions, CancellationToken ct) =>
            Results.Ok(await decisions.GetAdmissionAsync(decisionId, ct)));
        read.MapGet("/removal/{decisionId:guid}", async (Guid decisionId, DecisionsService decisions, CancellationToken ct) =>
            Results.Ok(await decisions.GetRemovalAsync(decisionId, ct)));

        return endpoints;
    }
}
