using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Engine;

/// <summary>A plugin file that was not loaded, and why.</summary>
internal sealed record RefusedPlugin(string File, string Reason);

internal sealed record PluginLoadReport(IReadOnlyList<Assembly> Loaded, IReadOnlyList<RefusedPlugin> Refused);

/// <summary>
/// Loads indicator plugins: every DLL in the plugins folder, each in its own load context that shares the SDK and
/// the BCL with the host. A plugin may reference nothing else — it must not reach casework data or the database —
/// so one that does is refused, as is one that cannot be loaded; the service starts either way.
/// </summary>
internal static class PluginLoader
{
    private static readonly string SdkName = typeof(IIndicator).Assembly.GetName().Name!;

    public static PluginLoadReport Load(string folder)
    {
        var loaded = new List<Assembly>();
        var refused = new List<RefusedPlugin>();
        if (!Directory.Exists(folder)) return new PluginLoadReport(loaded, refused);
        foreach (var file in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            try
            {
                if (ForbiddenReferences(file) is { Count: > 0 } forbidden)
                {
                    refused.Add(new(name, $"references {string.Join(", ", forbidden)}; a plugin may reference only {SdkName} and the BCL"));
                    continue;
                }
                var assembly = new PluginLoadContext(file).LoadFromAssemblyPath(Path.GetFullPath(file));
                var indicators = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIndicator).IsAssignableFrom(t)).ToList();
                if (indicators.Count == 0 && !assembly.GetManifestResourceNames().Any(r =>
                        r.EndsWith(Packs.ShippedPacks.PackSuffix, StringComparison.Ordinal) || r.EndsWith(Packs.ShippedPacks.MappingSuffix, StringComparison.Ordinal)))
                {
                    refused.Add(new(name, "contains no indicator (a class implementing IIndicator) and no requester pack (a *.pack.json resource)"));
                    continue;
                }
                foreach (var type in indicators) _ = ((IIndicator)Activator.CreateInstance(type)!).Info.Id;
                loaded.Add(assembly);
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or ReflectionTypeLoadException
                                          or MissingMethodException or TargetInvocationException or InvalidOperationException)
            {
                refused.Add(new(name, $"could not be loaded ({e.GetType().Name})"));
            }
        }
        return new PluginLoadReport(loaded, refused);
    }

    private static List<string> ForbiddenReferences(string file)
    {
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata) throw new BadImageFormatException("Not a .NET assembly.");
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))
            .Where(n => !IsAllowed(n))
            .ToList();
    }

    private static bool IsAllowed(string reference) =>
        reference == SdkName || reference is "System" or "mscorlib" or "netstandard" || reference.StartsWith("System.", StringComparison.Ordinal);

    /// <summary>Resolves nothing itself, so the SDK and the BCL come from the host's context.</summary>
    private sealed class PluginLoadContext(string path) : AssemblyLoadContext($"plugin:{Path.GetFileName(path)}")
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
