using Tilda.Modules.Cases.Contracts;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Shared;
using Tilda.Shared.CodeLists;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.CriminalProcess.Migrations.Sqlite;
using Tilda.Modules.CriminalProcess.Migrations.PostgreSql;
using Tilda.Modules.CriminalProcess.Migrations.SqlServer;

namespace Tilda.Modules.CriminalProcess;

/// <summary>CriminalProcess: the client's part in the criminal process, as dated stages.</summary>
public sealed class CriminalProcessModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CriminalProcessService>().InstancePerLifetimeScope();
        builder.RegisterType<CriminalProcessTimeline>().As<ICaseTimelineSource>().InstancePerLifetimeScope();
        builder.RegisterType<CriminalProcessCodeLists>().As<ICodeListSource>().SingleInstance();
    }
}

public static class CriminalProcessModuleRegistration
{
    public static IServiceCollection AddCriminalProcessModule(this IServiceCollection services, DatabaseSettings database)
    {
        return services.AddModule<CriminalProcessDbContext, SqliteCriminalProcessDbContext, PostgreSqlCriminalProcessDbContext, SqlServerCriminalProcessDbContext>(database, CriminalProcessDbContext.Module, typeof(CriminalProcessStageRecordedIntegrationEvent).Assembly);
    }

    public static IEndpointRouteBuilder MapCriminalProcessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/criminal-process/{caseId:guid}/stages").RequireAuthorization(Policies.Casework).WithTags("Criminal process");
        api.MapPost("", async (Guid caseId, StageRequest request, CriminalProcessService service, CancellationToken ct) =>
        {
            var stage = await service.RecordAsync(caseId, request, ct);
            return Results.Created($"/api/criminal-process/{caseId}/stages/{stage.StageId}", stage);
        });
        api.MapGet("", async (Guid caseId, CriminalProcessService service, CancellationToken ct) => Results.Ok(await service.ListAsync(caseId, ct)));
        api.MapGet("/{stageId:guid}", async (Guid caseId, Guid stageId, CriminalProcessService service, CancellationToken ct) =>
            Results.Ok(await service.GetAsync(caseId, stageId, ct)));
        return endpoints;
    }
}
