using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Tilda.Host.Telemetry;

/// <summary>
/// OpenTelemetry with the core SDK builders, started and stopped with the host. Listens to ASP.NET Core's and
/// Npgsql's built-in sources and Tilda's own; exports over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
internal sealed class TelemetryService(IConfiguration configuration, IEnumerable<BaseProcessor<Activity>> extraProcessors) : IHostedService, IDisposable
{
    private TracerProvider? _tracing;
    private MeterProvider? _metrics;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var resource = ResourceBuilder.CreateDefault().AddService("tilda");
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource("Microsoft.AspNetCore", "Npgsql", "Tilda.*")
            .AddProcessor(new RedactUrlProcessor());
        foreach (var processor in extraProcessors) tracing.AddProcessor(processor);
        if (otlp) tracing.AddOtlpExporter();
        _tracing = tracing.Build();

        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Tilda.*");
        if (otlp) metrics.AddOtlpExporter();
        _metrics = metrics.Build();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _tracing?.ForceFlush(2000);
        _metrics?.ForceFlush(2000);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _tracing?.Dispose();
        _metrics?.Dispose();
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
