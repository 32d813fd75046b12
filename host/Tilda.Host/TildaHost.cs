using System.Text.Json.Serialization;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http.Json;
using Tilda.Host.Auth;
using Tilda.Host.Telemetry;
using Tilda.Host.Web;
using Tilda.Modules.Audit;
using Tilda.Modules.Cases;
using Tilda.Modules.CriminalProcess;
using Tilda.Modules.Decisions;
using Tilda.Modules.ReflectionPeriods;
using Tilda.Modules.ServiceNeeds;
using Tilda.Modules.Statistics;
using Tilda.Statistics.Indicators;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Host;

/// <summary>The composition root: every module listed explicitly, one Autofac container.</summary>
internal static class TildaHost
{
    public static void AddTilda(this WebApplicationBuilder builder)
    {
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterModule<CasesModule>();
            container.RegisterModule<DecisionsModule>();
            container.RegisterModule<ServiceNeedsModule>();
            container.RegisterModule<ReflectionPeriodsModule>();
            container.RegisterModule<CriminalProcessModule>();
            container.RegisterModule<StatisticsModule>();
            container.RegisterModule<AuditModule>();
        });

        var services = builder.Services;
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;
        var database = DatabaseSettings.From(configuration, contentRoot);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddOutboxRelay(configuration.GetSection("Outbox"));
        services.AddCasesModule(database);
        services.AddDecisionsModule(database);
        services.AddServiceNeedsModule(database);
        services.AddReflectionPeriodsModule(database);
        services.AddCriminalProcessModule(database);
        services.AddAuditModule(database);
        services.AddStatisticsModule(database,
            pseudonymKey: DataFolder.Secret(configuration, contentRoot, "Statistics:PseudonymKey", "pseudonym.key"),
            disclosureThreshold: configuration.GetValue<int?>("Statistics:Disclosure:Threshold"),
            builtInIndicators: BuiltInIndicators.Assembly,
            pluginsPath: Path.GetFullPath(configuration["Statistics:PluginsPath"] ?? "plugins", contentRoot),
            reportingCountry: configuration["Statistics:ReportingCountry"]);

        // Never at Information, whatever the configuration says: "Request starting" lines carry query strings (names searched for).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.AddTildaAuth();
        builder.AddTildaWeb();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // {"sex":"male","sex":"female"} is refused (400), never read as its last value.
            o.SerializerOptions.AllowDuplicateProperties = false;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        builder.UseDefaultWhenUnset();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024);
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("databases");
        builder.AddTildaTelemetry();
    }

    public static void UseTilda(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestLogging>();
        // Outside the exception handler, so it sees the final status of a refused request.
        app.UseAudit();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTildaWeb();

        app.MapOpenApi();
        app.MapHostEndpoints();
        WorkList.Map(app);
        app.MapCasesEndpoints();
        app.MapDecisionsEndpoints();
        app.MapServiceNeedsEndpoints();
        app.MapReflectionPeriodsEndpoints();
        app.MapCriminalProcessEndpoints();
        app.MapStatisticsEndpoints();
        app.MapAuditEndpoints();
    }

    public static Task MigrateModuleDatabasesAsync(this WebApplication app) =>
        ModuleMigrations.MigrateAllAsync(app.Services, app.Lifetime.ApplicationStopping);
}
