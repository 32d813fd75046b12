using System.Text.Json;
using System.Text.Json.Nodes;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Modules.Cases.Applications;
using Tilda.Modules.Cases.CodeLists;
using Tilda.Modules.Cases.Contracts;
using Tilda.Shared;
using Tilda.Shared.Errors;
using Tilda.Shared.CodeLists;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.Cases.Migrations.Sqlite;
using Tilda.Modules.Cases.Migrations.PostgreSql;
using Tilda.Modules.Cases.Migrations.SqlServer;

namespace Tilda.Modules.Cases;

/// <summary>Cases: applications and the person; the case as a caseworker reads it, composed with what Decisions decided.</summary>
public sealed class CasesModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CasesService>().InstancePerLifetimeScope();
        builder.RegisterType<CasesModuleFacade>().As<ICasesModule>().As<ICaseTimelineSource>().As<IPendingApplications>().InstancePerLifetimeScope();
        builder.RegisterType<CasesCodeLists>().As<ICodeListSource>().SingleInstance();
        builder.RegisterType<Pages.TimelineDisplay>().SingleInstance();
    }
}

public static class CasesModuleRegistration
{
    public static IServiceCollection AddCasesModule(this IServiceCollection services, DatabaseSettings database)
    {
        return services.AddModule<CasesDbContext, SqliteCasesDbContext, PostgreSqlCasesDbContext, SqlServerCasesDbContext>(database, CasesDbContext.Module, typeof(ApplicationReceivedIntegrationEvent).Assembly);
    }

    public static IEndpointRouteBuilder MapCasesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization(Policies.Casework).WithTags("Cases");

        api.MapPost("/applications", async (RegisterApplicationRequest request, CasesService cases, CancellationToken ct) =>
        {
            var created = await cases.RegisterAsync(request, ct);
            return Results.Created($"/api/applications/{created.ApplicationId}", created);
        });

        api.MapGet("/applications/{applicationId:guid}", async (Guid applicationId, CasesService cases, CancellationToken ct) =>
            Results.Ok(await cases.GetApplicationAsync(applicationId, ct)));

        api.MapGet("/cases/{caseId:guid}", async (Guid caseId, CasesService cases, HttpResponse response, CancellationToken ct) =>
        {
            var (view, version) = await cases.GetCaseAsync(caseId, ct);
            response.Headers.ETag = ETags.Of(version);
            return Results.Ok(view);
        });

        api.MapGet("/cases", async (string? status, string? q, int? page, int? pageSize, CasesService cases, CancellationToken ct) =>
            Results.Ok(await cases.SearchAsync(status, q, page, pageSize, ct)));

        // Bound as a JsonElement, which refuses a repeated key (400) as the JSON options say; a JsonObject would not.
        api.MapPatch("/cases/{caseId:guid}/person", async (Guid caseId, JsonElement patch, CasesService cases, HttpContext http, CancellationToken ct) =>
        {
            var fields = patch.ValueKind == JsonValueKind.Object
                ? JsonObject.Create(patch)!
                : throw new BadRequestException("$", "The body must be a JSON object of the fields to change.");
            var version = await cases.PatchPersonAsync(caseId, IfMatch.From(http.Request), fields, ct);
            var (view, _) = await cases.GetCaseAsync(caseId, ct);
            http.Response.Headers.ETag = ETags.Of(version);
            return Results.Ok(view);
        });

        return endpoints;
    }
}
