using Mono.Cecil;

namespace Tilda.ArchitectureTests;

/// <summary>
/// Internal by default: a module implementation exposes its Autofac module and its one static
/// <c>…ModuleRegistration</c> class, nothing else. Contracts, Shared and the SDK are not restricted.
/// </summary>
public static class PublicSurfaceRules
{
    public const string AutofacModule = "Autofac.Module";
    public const string RegistrationSuffix = "ModuleRegistration";

    public static IReadOnlyList<string> PublicTypesInModuleImplementations(IEnumerable<AssemblyDefinition> assemblies)
    {
        var all = assemblies.ToList();
        var index = new TypeIndex(all);
        var violations = new List<string>();

        foreach (var assembly in all.Where(a => TildaNames.IsModuleImplementation(a.Name.Name)))
        {
            var name = assembly.Name.Name;
            var visible = assembly.Modules
                .SelectMany(module => TypeIndex.AllTypes(module.Types))
                .Where(type => TypeIndex.IsVisibleOutside(type) && !TypeIndex.IsCompilerGenerated(type))
                .ToList();
            var autofacModules = visible.Where(type => !type.IsNested && index.DerivesFrom(type, AutofacModule)).ToList();
            var registrations = visible.Where(IsRegistrationClass).ToList();

            violations.AddRange(
                from type in visible.Except(autofacModules).Except(registrations)
                select $"{name}: {type.FullName} is public; make it internal (only the Autofac module and the static "
                    + $"…{RegistrationSuffix} class may be public in a module)");
            if (autofacModules.Count > 1)
                violations.Add($"{name}: {autofacModules.Count} public Autofac modules ({Names(autofacModules)}); a module has one");
            if (registrations.Count > 1)
                violations.Add($"{name}: {registrations.Count} public registration classes ({Names(registrations)}); a module has one");
        }

        return violations;
    }

    private static bool IsRegistrationClass(TypeDefinition type) =>
        !type.IsNested && TypeIndex.IsStaticClass(type) && type.Name.EndsWith(RegistrationSuffix, StringComparison.Ordinal);

    private static string Names(IEnumerable<TypeDefinition> types) => string.Join(", ", types.Select(type => type.FullName));
}
