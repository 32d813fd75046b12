using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Shared.Events;

namespace Tilda.BuildingBlocks.Outbox;

/// <summary>Calls every <see cref="IIntegrationEventHandler{TEvent}"/> registered for an event's type.</summary>
internal static class IntegrationEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, (Type HandlerType, MethodInfo Handle)> Handlers = new();

    public static async Task DispatchAsync(IServiceProvider services, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var (handlerType, handle) = Handlers.GetOrAdd(integrationEvent.GetType(), static eventType =>
        {
            var type = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType);
            return (type, type.GetMethod(nameof(IIntegrationEventHandler<IntegrationEvent>.Handle))!);
        });
        foreach (var handler in services.GetServices(handlerType))
        {
            try
            {
                await (Task)handle.Invoke(handler, [integrationEvent, cancellationToken])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            }
        }
    }
}
