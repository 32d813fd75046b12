using System.Reflection;
using Tilda.Shared.Events;

namespace Tilda.BuildingBlocks.Outbox;

/// <summary>An assembly whose integration events may be read from an outbox (a module's Contracts).</summary>
public sealed record IntegrationEventAssembly(Assembly Assembly);

/// <summary>
/// The stable event names (<see cref="IntegrationEventNameAttribute"/>) of every registered event type, both ways. The
/// outbox stores the name, never the CLR type, so history written before a class was renamed or moved still replays.
/// </summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);

    public IntegrationEventTypes(IEnumerable<IntegrationEventAssembly> assemblies)
    {
        foreach (var type in assemblies.Select(a => a.Assembly).Distinct().SelectMany(a => a.GetTypes())
                     .Where(t => t is { IsAbstract: false } && t.IsAssignableTo(typeof(IntegrationEvent))))
        {
            var name = IntegrationEvent.NameOf(type);
            if (!_byName.TryAdd(name, type))
                throw new InvalidOperationException($"Two integration events are named '{name}': {_byName[name].FullName} and {type.FullName}.");
        }
    }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public Type TypeOf(string name) => _byName.TryGetValue(name, out var type)
        ? type
        : throw new InvalidOperationException($"No integration event named '{name}' is registered.");
}
