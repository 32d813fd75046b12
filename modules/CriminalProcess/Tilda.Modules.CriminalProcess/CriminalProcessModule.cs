using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Shared;
using Tilda.Shared.CodeLists;
using Tilda.Shared.Persistence;
using Tilda.Shared.Web;

namespace Tilda.Modules.CriminalProcess;

/// <summary>CriminalProcess: the client's part in the criminal process, as dated stages.</summary>
public sealed class CriminalProcessModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CriminalProcessService>().InstancePerLifetimeScope();
        builder.RegisterType<CriminalProcessModuleFacade>().As<ICriminalProcessModule>().As<ICaseTimelineSource>().InstancePerLifetimeScope();
        builder.RegisterType<CriminalProcessCodeLists>().As<ICodeListSource>().SingleInstance();
    }
}

public static class CriminalProcessModuleRegistration
{
    public static IServiceCollection AddCriminalProcessModule(this IServiceCollection services)
    {
        return services.AddModule<CriminalProcessDbContext>(CriminalProcessDbContext.Module);
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
