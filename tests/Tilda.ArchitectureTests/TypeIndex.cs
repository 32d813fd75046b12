using Mono.Cecil;

namespace Tilda.ArchitectureTests;

/// <summary>
/// Resolves type references to definitions among a given set of assemblies, without an assembly resolver:
/// a rule sees exactly the assemblies it was given (real or synthetic), and anything outside stays unresolved.
/// </summary>
public sealed class TypeIndex
{
    private readonly Dictionary<(string Assembly, string FullName), TypeDefinition> _types = [];

    public TypeIndex(IEnumerable<AssemblyDefinition> assemblies)
    {
        foreach (var assembly in assemblies)
            foreach (var type in assembly.Modules.SelectMany(module => AllTypes(module.Types)))
                _types[(assembly.Name.Name, type.FullName)] = type;
    }

    /// <summary>The definition of a reference's element type (generic arguments, arrays and modifiers stripped).</summary>
    public TypeDefinition? Resolve(TypeReference reference)
    {
        var element = reference.GetElementType();
        if (element is TypeDefinition definition) return definition;
        var assembly = element.Scope switch
        {
            AssemblyNameReference name => name.Name,
            ModuleDefinition module => module.Assembly?.Name.Name,
            _ => null,
        };
        return assembly is not null && _types.TryGetValue((assembly, element.FullName), out var type) ? type : null;
    }

    /// <summary>The type and its base types, as far as they resolve.</summary>
    public IEnumerable<TypeDefinition> SelfAndBaseTypes(TypeDefinition type)
    {
        for (TypeDefinition? current = type; current is not null; current = current.BaseType is null ? null : Resolve(current.BaseType))
            yield return current;
    }

    /// <summary>Whether the type derives, directly or through resolvable base types, from <paramref name="baseFullName"/>.</summary>
    public bool DerivesFrom(TypeDefinition type, string baseFullName) =>
        SelfAndBaseTypes(type).Any(t => t.BaseType?.GetElementType().FullName == baseFullName);

    public static IEnumerable<TypeDefinition> AllTypes(IEnumerable<TypeDefinition> types) =>
        types.SelectMany(type => AllTypes(type.NestedTypes).Prepend(type));

    /// <summary>Types the compiler made up: &lt;Module&gt;, closures, state machines, embedded attributes' helpers.</summary>
    public static bool IsCompilerGenerated(TypeDefinition type) =>
        type.Name.StartsWith('<')
        || type.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.CompilerGeneratedAttribute")
        || (type.DeclaringType is not null && IsCompilerGenerated(type.DeclaringType));

    /// <summary>Visible outside its assembly: public, and if nested, nested public in a visible type.</summary>
    public static bool IsVisibleOutside(TypeDefinition type) =>
        type.IsNested ? type.IsNestedPublic && IsVisibleOutside(type.DeclaringType) : type.IsPublic;

    public static bool IsStaticClass(TypeDefinition type) => type.IsClass && type.IsAbstract && type.IsSealed && !type.IsInterface;
}
