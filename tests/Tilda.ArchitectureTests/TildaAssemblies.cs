using Mono.Cecil;

namespace Tilda.ArchitectureTests;

/// <summary>The real Tilda assemblies: every Tilda.*.dll in the test's output folder except test assemblies.</summary>
public static class TildaAssemblies
{
    private static readonly Lazy<IReadOnlyList<AssemblyDefinition>> Loaded = new(Load);

    public static IReadOnlyList<AssemblyDefinition> All => Loaded.Value;

    private static IReadOnlyList<AssemblyDefinition> Load() =>
        [
            .. Directory.GetFiles(AppContext.BaseDirectory, "Tilda.*.dll")
                .Where(path => !Path.GetFileNameWithoutExtension(path).EndsWith("Tests", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                // Read from memory: no file stays open, no assembly resolver is needed.
                .Select(path => AssemblyDefinition.ReadAssembly(new MemoryStream(File.ReadAllBytes(path)))),
        ];
}

public static class Violations
{
    /// <summary>Fails with every violation listed, one a line.</summary>
    public static void AssertNone(IReadOnlyList<string> violations)
    {
        if (violations.Count > 0)
            Assert.Fail($"{violations.Count} architecture violation(s):{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", violations));
    }
}
