using Mono.Cecil;

namespace Tilda.ArchitectureTests;

/// <summary>
/// Integration events are sealed, named <c>…IntegrationEvent</c>, live in a Contracts assembly and are immutable:
/// no setter that is not init-only and no writable public field, on the event or on any Tilda type it
/// exposes through its properties (e.g. the shared kernel's <c>ClientProfile</c>, or the entries of a list).
/// </summary>
public static class IntegrationEventRules
{
    public const string IntegrationEventBase = "Tilda.Shared.Events.IntegrationEvent";
    private const string IsExternalInit = "System.Runtime.CompilerServices.IsExternalInit";

    /// <summary>Every type deriving, directly or not, from the IntegrationEvent base.</summary>
    public static IReadOnlyList<TypeDefinition> IntegrationEvents(IEnumerable<AssemblyDefinition> assemblies)
    {
        var all = assemblies.ToList();
        var index = new TypeIndex(all);
        return
        [
            .. from assembly in all
               from type in assembly.Modules.SelectMany(module => TypeIndex.AllTypes(module.Types))
               where !TypeIndex.IsCompilerGenerated(type) && index.DerivesFrom(type, IntegrationEventBase)
               select type,
        ];
    }

    public static IReadOnlyList<string> Violations(IEnumerable<AssemblyDefinition> assemblies) => Inspect(assemblies).Violations;

    /// <summary>The Tilda types the events expose through their properties, checked for immutability with them.</summary>
    public static IReadOnlyList<TypeDefinition> ExposedTypes(IEnumerable<AssemblyDefinition> assemblies) => Inspect(assemblies).Exposed;

    private static (IReadOnlyList<string> Violations, IReadOnlyList<TypeDefinition> Exposed) Inspect(IEnumerable<AssemblyDefinition> assemblies)
    {
        var all = assemblies.ToList();
        var index = new TypeIndex(all);
        var violations = new List<string>();
        var exposedChecked = new HashSet<TypeDefinition>();

        foreach (var @event in IntegrationEvents(all))
        {
            var assembly = @event.Module.Assembly.Name.Name;
            if (!@event.IsSealed)
                violations.Add($"{@event.FullName} is not sealed");
            if (!@event.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal))
                violations.Add($"{@event.FullName}: the name of an integration event ends with IntegrationEvent");
            if (!TildaNames.IsContracts(assembly))
                violations.Add($"{@event.FullName} lives in {assembly}; integration events belong in a *.Contracts assembly");

            CheckImmutable(@event, @event.Name, index, violations, exposedChecked);
        }

        return (violations, [.. exposedChecked]);
    }

    private static void CheckImmutable(
        TypeDefinition type, string path, TypeIndex index, List<string> violations, HashSet<TypeDefinition> exposedChecked)
    {
        foreach (var declaring in index.SelfAndBaseTypes(type))
        {
            foreach (var property in declaring.Properties)
            {
                if (property.SetMethod is { } setter && !IsInitOnly(setter))
                    violations.Add($"{path}: property {property.Name} has a setter that is not init-only");

                // Tilda types the event exposes must be immutable too; each one is reported once.
                foreach (var exposed in ExposedTildaTypes(property.PropertyType, index))
                    if (exposedChecked.Add(exposed))
                        CheckImmutable(exposed, $"{exposed.FullName} (exposed by {path}.{property.Name})", index, violations, exposedChecked);
            }

            foreach (var field in declaring.Fields.Where(f => f.IsPublic && !f.IsInitOnly && !f.IsLiteral))
                violations.Add($"{path}: public field {field.Name} is not readonly");
        }
    }

    /// <summary>An init accessor returns <c>void modreq(IsExternalInit)</c>.</summary>
    private static bool IsInitOnly(MethodDefinition setter) =>
        setter.ReturnType is RequiredModifierType modifier && modifier.ModifierType.FullName == IsExternalInit;

    /// <summary>The classes and structs of the given assemblies that a property type is or contains (generic arguments, arrays).</summary>
    private static IEnumerable<TypeDefinition> ExposedTildaTypes(TypeReference type, TypeIndex index)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var exposed in generic.GenericArguments.SelectMany(argument => ExposedTildaTypes(argument, index)))
                    yield return exposed;
                break; // and the generic type itself, below
            case TypeSpecification specification: // arrays, by-refs, modifiers
                foreach (var exposed in ExposedTildaTypes(specification.ElementType, index))
                    yield return exposed;
                yield break;
        }

        if (index.Resolve(type) is { IsInterface: false, IsEnum: false } definition)
            yield return definition;
    }
}
