namespace Tilda.ArchitectureTests;

/// <summary>An edge from one Tilda assembly to another, actual or declared.</summary>
public readonly record struct Reference(string From, string To)
{
    public override string ToString() => $"{From} → {To}";
}

/// <summary>What an assembly is, read from its name.</summary>
public static class TildaNames
{
    private const string ModulePrefix = "Tilda.Modules.";
    private const string ContractsSuffix = ".Contracts";

    public static bool IsTilda(string assemblyName) => assemblyName.StartsWith("Tilda.", StringComparison.Ordinal);

    public static bool IsContracts(string assemblyName) =>
        assemblyName.StartsWith(ModulePrefix, StringComparison.Ordinal) && assemblyName.EndsWith(ContractsSuffix, StringComparison.Ordinal);

    public static bool IsModuleImplementation(string assemblyName) =>
        assemblyName.StartsWith(ModulePrefix, StringComparison.Ordinal) && !assemblyName.EndsWith(ContractsSuffix, StringComparison.Ordinal);

    /// <summary>"Cases" for both Tilda.Modules.Cases and Tilda.Modules.Cases.Contracts.</summary>
    public static string ModuleOf(string assemblyName)
    {
        var rest = assemblyName[ModulePrefix.Length..];
        return rest.EndsWith(ContractsSuffix, StringComparison.Ordinal) ? rest[..^ContractsSuffix.Length] : rest;
    }
}
