using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Tilda.ArchitectureTests;

/// <summary>The assemblies a rule is applied to: the real ones, or a fixture.</summary>
internal sealed class Scope(string description, IEnumerable<string> assemblies)
{
    private readonly HashSet<string> names = new(assemblies, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Assemblies => names;

    public bool Contains(string assemblyName) => names.Contains(assemblyName);

    public bool Contains(IType type) => names.Contains(type.Assembly.Name);

    public Scope With(Scope other) => new($"{this} and {other}", names.Concat(other.names));

    public override string ToString() => description;
}

/// <summary>
/// What the rules read: the real Tilda assemblies — every Tilda.*.dll the host brings into the test's output folder,
/// test assemblies aside — and the fixtures, which the test project builds but does not reference: their DLLs are
/// copied to architecture-fixtures/, where neither the host nor the real-assembly scope looks. ArchUnitNET reads all of
/// them once, from their files (through Mono.Cecil, inside ArchUnitNET); none is loaded into the test process.
/// </summary>
internal static class TildaAssemblies
{
    private static readonly string OutputFolder = AppContext.BaseDirectory;
    private static readonly string FixtureFolder = Path.Combine(OutputFolder, "architecture-fixtures");

    public static Architecture Architecture { get; } = new ArchLoader()
        .LoadFilteredDirectory(OutputFolder, "Tilda.*.dll")
        .LoadFilteredDirectory(FixtureFolder, "Tilda.*.dll")
        .Build();

    public static Scope Real { get; } = new(
        "the real Tilda assemblies",
        from file in Directory.GetFiles(OutputFolder, "Tilda.*.dll")
        let name = Path.GetFileNameWithoutExtension(file)
        where !name.EndsWith("Tests", StringComparison.Ordinal)
        select name);

    /// <summary>
    /// The base class library: what ships in the shared framework the tests run on (Microsoft.NETCore.App) — System.*,
    /// netstandard, mscorlib, Microsoft.CSharp and their kin. ASP.NET Core and every NuGet package are outside it.
    /// </summary>
    public static IReadOnlySet<string> Bcl { get; } =
        Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Fixture assemblies by name; each must have been built into the fixture folder.</summary>
    public static Scope Fixture(params string[] names)
    {
        foreach (var name in names)
            if (!File.Exists(Path.Combine(FixtureFolder, name + ".dll")))
                throw new InvalidOperationException($"Fixture {name} was not built into {FixtureFolder}; is it referenced by the test project?");
        return new Scope($"fixture {string.Join(" + ", names)}", names);
    }
}

public sealed class TildaAssembliesTests
{
    [Fact]
    public void Given_the_test_output_folder_When_the_real_assemblies_are_classified_Then_every_kind_is_there_and_no_test_or_fixture()
    {
        var byKind = TildaAssemblies.Real.Assemblies.ToLookup(AssemblyKinds.KindOf);

        Assert.Equal([ModuleGraph.Kernel], byKind[AssemblyKind.Kernel]);
        Assert.Equal([ModuleGraph.BuildingBlocks], byKind[AssemblyKind.BuildingBlocks]);
        Assert.Equal([ModuleGraph.StatisticsSdk], byKind[AssemblyKind.StatisticsSdk]);
        Assert.Equal([ModuleGraph.Host], byKind[AssemblyKind.Host]);
        Assert.Equal(["Tilda.Statistics.Indicators"], byKind[AssemblyKind.IndicatorPlugin]);
        Assert.Equal(
            [ModuleGraph.Audit, ModuleGraph.Cases, ModuleGraph.CriminalProcess, ModuleGraph.Decisions, ModuleGraph.ReflectionPeriods, ModuleGraph.ServiceNeeds],
            byKind[AssemblyKind.Contracts].Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Tilda.Modules.Audit", "Tilda.Modules.Cases", "Tilda.Modules.CriminalProcess", "Tilda.Modules.Decisions",
             "Tilda.Modules.ReflectionPeriods", "Tilda.Modules.ServiceNeeds", "Tilda.Modules.Statistics"],
            byKind[AssemblyKind.Module].Order(StringComparer.Ordinal));
        Assert.Empty(byKind[AssemblyKind.Other]);
    }

    [Fact]
    public void Given_the_fixtures_When_classified_by_name_Then_each_is_the_kind_it_imitates_and_none_is_a_real_assembly()
    {
        Assert.Equal(AssemblyKind.Contracts, AssemblyKinds.KindOf("Tilda.Modules.Leaky.Contracts"));
        Assert.Equal(AssemblyKind.Module, AssemblyKinds.KindOf("Tilda.Modules.Exposed"));
        Assert.Equal(AssemblyKind.IndicatorPlugin, AssemblyKinds.KindOf("Tilda.Statistics.DatabasePlugin"));
        Assert.Equal("Tilda.Modules.Ping", AssemblyKinds.ModuleOf("Tilda.Modules.Ping.Contracts"));
        Assert.DoesNotContain(TildaAssemblies.Real.Assemblies, name => name is "Tilda.Modules.Leaky.Contracts" or "Tilda.Statistics.SamplePlugin");
        Assert.Contains(TildaAssemblies.Architecture.Assemblies, assembly => assembly.Name == "Tilda.Modules.Leaky.Contracts");
    }
}
