using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Tilda.BuildingBlocks.Outbox;

public static class OutboxRegistration
{
    /// <summary>The one relay that delivers every module's outbox, with its signal, the event names and the event log.</summary>
    /// <param name="options">Configuration section <c>Outbox</c> (<see cref="OutboxOptions"/>).</param>
    public static IServiceCollection AddOutboxRelay(this IServiceCollection services, IConfiguration options)
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IntegrationEventTypes>();
        services.AddSingleton<IntegrationEventLog>();
        services.Configure<OutboxOptions>(options);
        services.AddHostedService<OutboxRelay>();
        return services;
    }
}
