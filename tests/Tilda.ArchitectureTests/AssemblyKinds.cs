namespace Tilda.ArchitectureTests;

internal enum AssemblyKind
{
    /// <summary>Not a Tilda assembly, or a Tilda assembly no rule is about (tests, benchmarks).</summary>
    Other,
    Kernel,
    BuildingBlocks,
    StatisticsSdk,
    /// <summary><c>Tilda.Modules.&lt;M&gt;.Contracts</c>: a module's integration events and query facade.</summary>
    Contracts,
    /// <summary><c>Tilda.Modules.&lt;M&gt;</c>: a module's implementation.</summary>
    Module,
    /// <summary><c>Tilda.Statistics.&lt;X&gt;</c> other than the SDK: indicators, built in or third-party.</summary>
    IndicatorPlugin,
    Host,
}

/// <summary>
/// What an assembly is, read from its name: the one place that knows the naming scheme. The fixtures follow the same
/// scheme, so each is classified as the kind of assembly it imitates (Tilda.Modules.Leaky.Contracts is a Contracts
/// assembly); what keeps them apart from the real assemblies is where they are read from, not their names.
/// </summary>
internal static class AssemblyKinds
{
    private const string ModulePrefix = "Tilda.Modules.";
    private const string ContractsSuffix = ".Contracts";
    private const string StatisticsPrefix = "Tilda.Statistics.";

    public static bool IsTilda(string assemblyName) => assemblyName.StartsWith("Tilda.", StringComparison.Ordinal);

    public static AssemblyKind KindOf(string assemblyName) => assemblyName switch
    {
        _ when assemblyName.EndsWith("Tests", StringComparison.Ordinal) => AssemblyKind.Other,
        ModuleGraph.Kernel => AssemblyKind.Kernel,
        ModuleGraph.BuildingBlocks => AssemblyKind.BuildingBlocks,
        ModuleGraph.StatisticsSdk => AssemblyKind.StatisticsSdk,
        ModuleGraph.Host => AssemblyKind.Host,
        _ when assemblyName.StartsWith(ModulePrefix, StringComparison.Ordinal) =>
            assemblyName.EndsWith(ContractsSuffix, StringComparison.Ordinal) ? AssemblyKind.Contracts : AssemblyKind.Module,
        _ when assemblyName.StartsWith(StatisticsPrefix, StringComparison.Ordinal) => AssemblyKind.IndicatorPlugin,
        _ => AssemblyKind.Other,
    };

    /// <summary>The module an assembly belongs to: Tilda.Modules.Cases for itself and for Tilda.Modules.Cases.Contracts;
    /// any other assembly is a module of its own.</summary>
    public static string ModuleOf(string assemblyName) =>
        KindOf(assemblyName) == AssemblyKind.Contracts ? assemblyName[..^ContractsSuffix.Length] : assemblyName;

    /// <summary>"Cases" for Tilda.Modules.Cases: the prefix of its entry points' names (CasesModule, CasesModuleRegistration).</summary>
    public static string ModuleName(string moduleAssemblyName) => moduleAssemblyName[ModulePrefix.Length..];
}
