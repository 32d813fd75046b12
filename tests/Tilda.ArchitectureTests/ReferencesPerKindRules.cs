using ArchUnitNET.Fluent;

namespace Tilda.ArchitectureTests;

/// <summary>Every reference of the kinds that must stay light, packages and framework included.</summary>
public sealed class ReferencesPerKindRules
{
    /// <summary>
    /// What each of these kinds may reference besides the BCL. The module graph sees only references between Tilda
    /// assemblies; without this a Contracts assembly could carry a package into every module that uses it, and a plugin
    /// could bring its own database access past the SDK. The other kinds (building blocks, modules, host) use packages.
    /// </summary>
    private static readonly Dictionary<AssemblyKind, string[]> AllowedBesidesTheBcl = new()
    {
        [AssemblyKind.Kernel] = [],
        [AssemblyKind.StatisticsSdk] = [],
        [AssemblyKind.Contracts] = [ModuleGraph.Kernel],
        [AssemblyKind.IndicatorPlugin] = [ModuleGraph.StatisticsSdk],
    };

    internal static IArchRule ReferenceOnlyTheBclAndWhatTheirKindMay(Scope scope) => Rule.Of(
        $"the kernel, the SDK, Contracts and indicator plugins among {scope} reference only the BCL and what their kind may",
        architecture =>
            from assembly in architecture.Assemblies
            where scope.Contains(assembly.Name)
            let kind = AssemblyKinds.KindOf(assembly.Name)
            where AllowedBesidesTheBcl.ContainsKey(kind)
            let allowed = AllowedBesidesTheBcl[kind]
            from reference in assembly.ReferencedAssemblyNames
            select new Check($"{assembly.Name} → {reference}",
                TildaAssemblies.Bcl.Contains(reference) || allowed.Contains(reference) ? null
                    : $"is not allowed: {kind} may reference only the BCL{string.Concat(allowed.Select(name => " and " + name))}"));

    [Fact]
    public void Given_the_real_kernel_sdk_contracts_and_indicators_When_their_references_are_read_Then_each_is_the_BCL_or_allowed()
    {
        Rule.AssertHolds(ReferenceOnlyTheBclAndWhatTheirKindMay(TildaAssemblies.Real));
    }

    [Fact]
    public void Given_the_sample_plugin_When_its_references_are_read_Then_it_references_only_the_SDK_and_the_BCL()
    {
        Rule.AssertHolds(ReferenceOnlyTheBclAndWhatTheirKindMay(TildaAssemblies.Fixture("Tilda.Statistics.SamplePlugin")));
    }

    [Theory]
    [InlineData("Tilda.Modules.Leaky.Contracts", "FluentValidation")]
    [InlineData("Tilda.Statistics.DatabasePlugin", "Microsoft.EntityFrameworkCore")]
    [InlineData("Tilda.Statistics.ForbiddenPlugin", "Tilda.BuildingBlocks")]
    public void Given_a_fixture_referencing_more_than_its_kind_may_When_checked_Then_that_reference_is_rejected(string fixture, string reference)
    {
        Rule.AssertRejects(ReferenceOnlyTheBclAndWhatTheirKindMay(TildaAssemblies.Fixture(fixture)), $"{fixture} → {reference}");
    }
}
