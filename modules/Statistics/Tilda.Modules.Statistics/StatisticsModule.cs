using System.Reflection;
using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Modules.Statistics.Api;
using Tilda.Modules.Statistics.Definitions;
using Tilda.Modules.Statistics.Disclosure;
using Tilda.Modules.Statistics.Engine;
using Tilda.Modules.Statistics.Facts;
using Tilda.Modules.Statistics.Migrations.PostgreSql;
using Tilda.Modules.Statistics.Migrations.Sqlite;
using Tilda.Modules.Statistics.Migrations.SqlServer;
using Tilda.Modules.Statistics.Exports;
using Tilda.Modules.Statistics.Packs;
using Tilda.Modules.Statistics.Rebuild;
using Tilda.Modules.Statistics.Releases;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics;

/// <summary>Statistics: the fact store fed by every module's events, indicator plugins, releases protected together.</summary>
public sealed class StatisticsModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<Pseudonymizer>().SingleInstance();
        builder.RegisterType<FactProjector>().SingleInstance();
        builder.RegisterType<FactCatalogue>().SingleInstance();
        builder.RegisterType<IndicatorCatalog>().InstancePerLifetimeScope();
        builder.RegisterType<TableEngine>().InstancePerLifetimeScope();
        builder.RegisterType<Ledger>().InstancePerLifetimeScope();
        builder.RegisterType<ReleaseService>().InstancePerLifetimeScope();
        builder.RegisterType<StatisticsQueries>().InstancePerLifetimeScope();
        builder.RegisterType<DefinitionService>().InstancePerLifetimeScope();
        builder.RegisterType<StatisticsRebuild>().InstancePerLifetimeScope();
        builder.RegisterType<Pages.Deck>().SingleInstance();
        builder.RegisterType<ShippedPacks>().SingleInstance();
        builder.RegisterType<PackSeed>().SingleInstance();
        builder.RegisterType<PackCatalog>().InstancePerLifetimeScope();
        builder.RegisterType<PackValidator>().InstancePerLifetimeScope();
        builder.RegisterType<PackService>().InstancePerLifetimeScope();
        builder.RegisterType<ReleaseExports>().InstancePerLifetimeScope();
    }
}

public static class StatisticsModuleRegistration
{
    /// <param name="pseudonymKey">Key of the keyed hash that pseudonymises subjects; kept outside the statistics store.</param>
    /// <param name="disclosureThreshold">k: counts of 1 to k-1 persons are never published.</param>
    /// <param name="builtInIndicators">The assembly of the built-in indicators.</param>
    /// <param name="pluginsPath">Folder whose DLLs are loaded as indicator plugins (and may contribute requester packs).</param>
    /// <param name="reportingCountry">The reporting country, ISO 3166-1 alpha-3 (a requester's "own country" in its citizenship groups).</param>
    public static IServiceCollection AddStatisticsModule(this IServiceCollection services, DatabaseSettings database,
        byte[] pseudonymKey, int? disclosureThreshold, Assembly builtInIndicators, string pluginsPath, string? reportingCountry = null)
    {
        var country = reportingCountry ?? ReportingCountry.Default;
        if (country.Length != 3 || !country.All(char.IsAsciiLetterUpper))
            throw new InvalidOperationException($"Statistics:ReportingCountry is '{country}'; it must be an ISO 3166-1 alpha-3 code such as FIN.");
        var threshold = disclosureThreshold ?? DisclosureSettings.Default;
        if (threshold < DisclosureSettings.Minimum)
            throw new InvalidOperationException($"Statistics:Disclosure:Threshold is {threshold}; it may not be below {DisclosureSettings.Minimum}.");
        if (pseudonymKey.Length < 32)
            throw new InvalidOperationException("Statistics:PseudonymKey must be at least 32 bytes long.");

        services.AddModule<StatisticsDbContext, SqliteStatisticsDbContext, PostgreSqlStatisticsDbContext, SqlServerStatisticsDbContext>(database, StatisticsDbContext.Module, events: null);
        services.AddSingleton(new PseudonymKey(pseudonymKey));
        services.AddSingleton(new DisclosureSettings(threshold));
        services.AddSingleton(new BuiltInIndicatorAssembly(builtInIndicators));
        services.AddSingleton(new ReportingCountry(country));

        var plugins = PluginLoader.Load(pluginsPath);
        services.AddSingleton(plugins);
        services.AddHostedService<PluginReportLogger>();
        services.Scan(scan => scan.FromAssemblies([builtInIndicators, .. plugins.Loaded])
            .AddClasses(c => c.AssignableTo<IIndicator>(), publicOnly: false).As<IIndicator>().WithSingletonLifetime());
        return services;
    }

    /// <summary>The statistics routes under <c>/api/statistics</c>, for the statistician.</summary>
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder endpoints) => StatisticsEndpoints.Map(endpoints);

    /// <summary>Empties the fact store and replays every module's event history; the ledger of releases is kept as it is.</summary>
    public static async Task<string> RebuildStatisticsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<StatisticsRebuild>().RebuildAsync(cancellationToken);
        return $"Replayed {result.Events} events into {result.Facts} facts in {result.Seconds:0.00} s.";
    }
}

/// <summary>Logs, at start-up, the plugins that were refused, so an operator sees why an indicator is missing.</summary>
internal sealed partial class PluginReportLogger(PluginLoadReport report, ShippedPacks packs, ILogger<PluginReportLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var assembly in report.Loaded) LogLoaded(logger, assembly.GetName().Name);
        foreach (var refused in report.Refused.Concat(packs.Refused)) LogRefused(logger, refused.File, refused.Reason);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Indicator plugin {Assembly} loaded")]
    private static partial void LogLoaded(ILogger logger, string? assembly);

    [LoggerMessage(Level = LogLevel.Error, Message = "Indicator plugin {File} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string file, string reason);
}
