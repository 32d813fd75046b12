using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Tilda.Host.Telemetry;

/// <summary>
/// OpenTelemetry through OpenTelemetry.Extensions.Hosting (eShop's ServiceDefaults is the model): traces and metrics from
/// ASP.NET Core's instrumentation, Npgsql's own source and Tilda's sources and meters; exported over OTLP only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Spans carry routes, ids and codes — never a query string.
/// </summary>
internal static class TelemetrySetup
{
    public const string ServiceName = "tilda";

    public static void AddTildaTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddSource("Npgsql", "Tilda.*")
                .AddProcessor(new RedactUrlProcessor()))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Tilda.*"));
        if (otlp) telemetry.UseOtlpExporter();
    }
}

/// <summary>Removes the query string from spans: a search for a name must not reach a trace backend.</summary>
internal sealed class RedactUrlProcessor : BaseProcessor<Activity>
{
    private static readonly string[] QueryTags = ["url.query", "url.full", "http.url", "http.target"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in QueryTags)
        {
            if (data.GetTagItem(tag) is not null) data.SetTag(tag, null);
        }
        if (data.DisplayName.Contains('?', StringComparison.Ordinal)) data.DisplayName = data.DisplayName.Split('?')[0];
    }
}
