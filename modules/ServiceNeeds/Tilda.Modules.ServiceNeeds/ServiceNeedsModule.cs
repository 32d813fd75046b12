using Tilda.Modules.Cases.Contracts;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Shared;
using Tilda.Shared.CodeLists;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.ServiceNeeds.Migrations.Sqlite;
using Tilda.Modules.ServiceNeeds.Migrations.PostgreSql;
using Tilda.Modules.ServiceNeeds.Migrations.SqlServer;

namespace Tilda.Modules.ServiceNeeds;

/// <summary>ServiceNeeds: service-needs assessments and the assistance measures they grant.</summary>
public sealed class ServiceNeedsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<ServiceNeedsService>().InstancePerLifetimeScope();
        builder.RegisterType<ServiceNeedsModuleFacade>().As<IServiceNeedsModule>().InstancePerLifetimeScope();
        builder.RegisterType<ServiceNeedsTimeline>().As<ICaseTimelineSource>().InstancePerLifetimeScope();
        builder.RegisterType<ServiceNeedsCodeLists>().As<ICodeListSource>().SingleInstance();
    }
}

public static class ServiceNeedsModuleRegistration
{
    public static IServiceCollection AddServiceNeedsModule(this IServiceCollection services, DatabaseSettings database)
    {
        return services.AddModule<ServiceNeedsDbContext, SqliteServiceNeedsDbContext, PostgreSqlServiceNeedsDbContext, SqlServerServiceNeedsDbContext>(database, ServiceNeedsDbContext.Module, typeof(ServiceNeedsAssessedIntegrationEvent).Assembly);
    }

    public static IEndpointRouteBuilder MapServiceNeedsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/service-needs").RequireAuthorization(Policies.Casework).WithTags("Service needs");
        api.MapPost("/assessments", async (AssessmentRequest request, ServiceNeedsService service, CancellationToken ct) =>
        {
            var assessment = await service.AssessAsync(request, ct);
            return Results.Created($"/api/service-needs/assessments/{assessment.AssessmentId}", assessment);
        });
        api.MapGet("/assessments/{assessmentId:guid}", async (Guid assessmentId, ServiceNeedsService service, CancellationToken ct) =>
            Results.Ok(await service.GetAsync(assessmentId, ct)));
        api.MapPost("/measures/{measureId:guid}/end", async (Guid measureId, EndMeasureRequest request, ServiceNeedsService service, CancellationToken ct) =>
            Results.Ok(await service.EndMeasureAsync(measureId, request, ct)));
        return endpoints;
    }
}
