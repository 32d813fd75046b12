using System.Reflection;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Security.Claims;
using Tilda.Modules.Statistics.Api;
using Tilda.Modules.Statistics.Definitions;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Indicators;
using Tilda.Modules.Statistics.Rebuild;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;
using Tilda.Statistics.Sdk;
using Tilda.Modules.Statistics.Migrations.Sqlite;
using Tilda.Modules.Statistics.Migrations.PostgreSql;
using Tilda.Modules.Statistics.Migrations.SqlServer;

namespace Tilda.Modules.Statistics;

/// <summary>Statistics: the fact store fed by every module's events, indicator plugins, disclosure control.</summary>
public sealed class StatisticsModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<Pseudonymizer>().SingleInstance();
        builder.RegisterType<FactProjector>().SingleInstance();
        builder.RegisterType<FactCatalogue>().SingleInstance();
        builder.RegisterType<IndicatorCatalog>().InstancePerLifetimeScope();
        builder.RegisterType<IndicatorTables>().InstancePerLifetimeScope();
        builder.RegisterType<StatisticsService>().InstancePerLifetimeScope();
        builder.RegisterType<DefinitionService>().InstancePerLifetimeScope();
        builder.RegisterType<StatisticsRebuild>().InstancePerLifetimeScope();
    }
}

public static class StatisticsModuleRegistration
{
    /// <param name="pseudonymKey">Key of the keyed hash that pseudonymises subjects; kept outside the statistics store.</param>
    /// <param name="disclosureThreshold">k: counts from 1 to k-1 are never published.</param>
    /// <param name="builtInIndicators">The assembly of the built-in indicators.</param>
    /// <param name="pluginsPath">Folder whose DLLs are loaded as indicator plugins.</param>
    public static IServiceCollection AddStatisticsModule(this IServiceCollection services, DatabaseSettings database,
        byte[] pseudonymKey, int disclosureThreshold, Assembly builtInIndicators, string pluginsPath)
    {
        if (disclosureThreshold < DisclosureSettings.Minimum)
            throw new InvalidOperationException($"Statistics:Disclosure:Threshold is {disclosureThreshold}; it may not be below {DisclosureSettings.Minimum}.");
        if (pseudonymKey.Length < 32)
            throw new InvalidOperationException("Statistics:PseudonymKey must be at least 32 bytes long.");

        services.AddModule<StatisticsDbContext, SqliteStatisticsDbContext, PostgreSqlStatisticsDbContext, SqlServerStatisticsDbContext>(database, StatisticsDbContext.Module, events: null);
        services.AddSingleton(new PseudonymKey(pseudonymKey));
        services.AddSingleton(new DisclosureSettings(disclosureThreshold));
        services.AddSingleton(new BuiltInIndicatorAssembly(builtInIndicators));

        var plugins = PluginLoader.Load(pluginsPath);
        services.AddSingleton(plugins);
        services.AddHostedService<PluginReportLogger>();
        services.Scan(scan => scan.FromAssemblies([builtInIndicators, .. plugins.Loaded])
            .AddClasses(c => c.AssignableTo<IIndicator>(), publicOnly: false).As<IIndicator>().WithSingletonLifetime());
        return services;
    }

    /// <summary>Empties the statistics store and replays every module's event history.</summary>
    public static async Task<string> RebuildStatisticsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<StatisticsRebuild>().RebuildAsync(cancellationToken);
        return $"Replayed {result.Events} events into {result.Facts} facts in {result.Seconds:0.00} s.";
    }

    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var statistics = endpoints.MapGroup("/api/statistics").RequireAuthorization(Policies.Statistics).WithTags("Statistics");

        statistics.MapGet("/indicators", async (StatisticsService service, CancellationToken ct) => Results.Ok(await service.ListAsync(ct)));

        statistics.MapGet("/indicators/{id}", async (string id, int? year, DateOnly? from, DateOnly? to, string? format, StatisticsService service, CancellationToken ct) =>
        {
            if (format is not (null or "json" or "csv"))
                throw new Shared.Errors.BadRequestException("format", "The format is json (default) or csv.");
            var table = await service.TableAsync(id, PeriodRequest.Parse(year, from, to), ct);
            return format == "csv"
                ? Results.Text(table.ToCsv(), "text/csv; charset=utf-8")
                : Results.Ok(table);
        });

        statistics.MapGet("/reports/annual/{year:int}", (int year, StatisticsService service) => Results.Ok(service.AnnualReport(year)));

        statistics.MapGet("/facts", (StatisticsService service) => Results.Ok(service.FactCatalogue()));

        var admin = endpoints.MapGroup("/api/statistics").RequireAuthorization(Policies.Administration).WithTags("Statistics administration");

        admin.MapGet("/indicator-definitions", async (DefinitionService definitions, CancellationToken ct) => Results.Ok(await definitions.ListAsync(ct)));
        admin.MapGet("/indicator-definitions/{id}", async (string id, int? version, DefinitionService definitions, CancellationToken ct) =>
            Results.Ok(await definitions.GetAsync(id, version, ct)));
        admin.MapPost("/indicator-definitions", async (IndicatorDefinition definition, DefinitionService definitions, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await definitions.CreateAsync(definition, UserId.Of(user), ct);
            return Results.Created($"/api/statistics/indicator-definitions/{created.Id}", created);
        });
        admin.MapPut("/indicator-definitions/{id}", async (string id, IndicatorDefinition definition, DefinitionService definitions, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await definitions.UpdateAsync(id, definition, UserId.Of(user), ct)));
        admin.MapDelete("/indicator-definitions/{id}", async (string id, DefinitionService definitions, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await definitions.DeleteAsync(id, UserId.Of(user), ct);
            return Results.NoContent();
        });
        admin.MapPost("/rebuild", async (StatisticsRebuild rebuild, CancellationToken ct) => Results.Ok(await rebuild.RebuildAsync(ct)));

        return endpoints;
    }
}

/// <summary>Logs, at start-up, the plugins that were refused, so an operator sees why an indicator is missing.</summary>
internal sealed partial class PluginReportLogger(PluginLoadReport report, ILogger<PluginReportLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var assembly in report.Loaded) LogLoaded(logger, assembly.GetName().Name);
        foreach (var refused in report.Refused) LogRefused(logger, refused.File, refused.Reason);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Indicator plugin {Assembly} loaded")]
    private static partial void LogLoaded(ILogger logger, string? assembly);

    [LoggerMessage(Level = LogLevel.Error, Message = "Indicator plugin {File} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string file, string reason);
}
