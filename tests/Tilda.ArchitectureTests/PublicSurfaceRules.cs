using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using Tilda.Statistics.Sdk;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Tilda.ArchitectureTests;

/// <summary>
/// Internal by default (convention 1): outside the kernel, the building blocks, the SDK and the Contracts — which exist
/// to be used by others — an assembly shows only its entry points.
/// </summary>
public sealed class PublicSurfaceRules
{
    internal static IArchRule OnlyEntryPointsArePublic(Scope scope) =>
        Types().That().FollowCustomPredicate(type => scope.Contains(type) && HasEntryPoints(type.Assembly.Name),
                $"reside in a module implementation, an indicator plugin or the host among {scope}")
            .And().FollowCustomPredicate(IsVisibleOutsideItsAssembly, "are visible outside their assembly")
            .Should().FollowCustomCondition(IsEntryPoint, "be an entry point of their assembly",
                "is visible outside its assembly but is not one of its entry points; make it internal")
            .Because("internal sealed is the default");

    private static bool HasEntryPoints(string assembly) =>
        AssemblyKinds.KindOf(assembly) is AssemblyKind.Module or AssemblyKind.IndicatorPlugin or AssemblyKind.Host;

    /// <summary>
    /// A Razor component (a page, a layout, a part of a page): the Razor compiler declares every component public, and
    /// Blazor routes only to public ones. Compiled from a .razor file, so it holds markup and no service of its own; the
    /// compiler also declares each folder's <c>_Imports</c> (its usings) public.
    /// </summary>
    private static bool IsRazorComponent(IType type) =>
        type is Class @class && (@class.ImplementedInterfaces.Any(contract => contract.FullName == "Microsoft.AspNetCore.Components.IComponent")
                                 || @class.Name == "_Imports");

    /// <summary>
    /// A module: its Autofac module and the class beside it with its IServiceCollection registration and endpoint mapping
    /// (convention 3), named after the module. An indicator plugin: its indicators, and a static class naming the assembly
    /// for the host (BuiltInIndicators). The host: Program, for WebApplicationFactory&lt;Program&gt;. Module and host: their
    /// Razor components.
    /// </summary>
    private static bool IsEntryPoint(IType type) => !type.IsNested && AssemblyKinds.KindOf(type.Assembly.Name) switch
    {
        AssemblyKind.Module => AssemblyKinds.ModuleName(type.Assembly.Name) is var module
                               && (type.Name == $"{module}Module" || type.Name == $"{module}ModuleRegistration" || IsRazorComponent(type)),
        AssemblyKind.Host when IsRazorComponent(type) => true,
        AssemblyKind.IndicatorPlugin => type.ImplementedInterfaces.Any(contract => contract.FullName == typeof(IIndicator).FullName)
                                        || type is Class { IsAbstract: true, IsSealed: true },
        AssemblyKind.Host => type.FullName == "Program",
        _ => false,
    };

    /// <summary>Public, and — when nested — inside a type that is itself visible (a public record nested in an internal
    /// class is not). ArchUnitNET reports a nested type's own visibility only, so the declaring type is looked up.</summary>
    private static bool IsVisibleOutsideItsAssembly(IType type) =>
        type.Visibility is Visibility.Public or Visibility.Protected or Visibility.ProtectedInternal
        && (!type.IsNested || (DeclaringType(type) is { } declaring && IsVisibleOutsideItsAssembly(declaring)));

    private static readonly Lazy<ILookup<(string Assembly, string FullName), IType>> TypesByName =
        new(() => TildaAssemblies.Architecture.Types.ToLookup(type => (type.Assembly.Name, type.FullName)));

    private static IType? DeclaringType(IType nested) =>
        TypesByName.Value[(nested.Assembly.Name, nested.FullName[..nested.FullName.LastIndexOf('+')])].FirstOrDefault();

    [Fact]
    public void Given_the_real_modules_indicators_and_host_When_their_visible_types_are_listed_Then_each_is_an_entry_point()
    {
        Rule.AssertHolds(OnlyEntryPointsArePublic(TildaAssemblies.Real));
    }

    [Fact]
    public void Given_a_module_with_a_public_DbContext_and_a_public_nested_type_When_checked_Then_exactly_those_are_rejected()
    {
        Rule.AssertRejects(OnlyEntryPointsArePublic(TildaAssemblies.Fixture("Tilda.Modules.Exposed")),
            "Tilda.Modules.Exposed.ExposedDbContext", "Tilda.Modules.Exposed.ExposedModuleRegistration+Options");
    }
}
