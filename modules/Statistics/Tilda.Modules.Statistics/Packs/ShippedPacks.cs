using System.Reflection;
using System.Text.Json;
using Tilda.Modules.Statistics.Engine;

namespace Tilda.Modules.Statistics.Packs;

/// <summary>A pack or mapping shipped with an assembly: its kind, id, version, JSON and source.</summary>
internal sealed record ShippedDocument(string Kind, string Id, int Version, string Json, string Source);

/// <summary>
/// The packs and code mappings shipped as embedded resources named <c>*.pack.json</c> and <c>*.mapping.json</c> in the
/// built-in indicator assembly and in every plugin the plugin loader loaded, read at start-up. A document that cannot be
/// read (no id, no version) is refused and reported, like a refused plugin.
/// </summary>
internal sealed class ShippedPacks
{
    public const string PackSuffix = ".pack.json";
    public const string MappingSuffix = ".mapping.json";

    public ShippedPacks(BuiltInIndicatorAssembly builtIn, PluginLoadReport plugins)
    {
        var documents = new List<ShippedDocument>();
        var refused = new List<RefusedPlugin>();
        foreach (var assembly in new[] { builtIn.Assembly }.Concat(plugins.Loaded))
        {
            var source = assembly == builtIn.Assembly ? "built-in" : $"plugin:{assembly.GetName().Name}";
            foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
            {
                var kind = resource.EndsWith(PackSuffix, StringComparison.Ordinal) ? PackVersionRecord.Pack
                    : resource.EndsWith(MappingSuffix, StringComparison.Ordinal) ? PackVersionRecord.Mapping : null;
                if (kind is null) continue;
                if (Read(assembly, resource) is { } header && header.Id is { Length: > 0 } id && header.Version is > 0 and var version)
                    documents.Add(new ShippedDocument(kind, id, version, header.Json, source));
                else
                    refused.Add(new RefusedPlugin($"{assembly.GetName().Name}/{resource}", "is not a pack or mapping with an id and a version"));
            }
        }
        Documents = documents;
        Refused = refused;
    }

    public IReadOnlyList<ShippedDocument> Documents { get; }
    public IReadOnlyList<RefusedPlugin> Refused { get; }

    private sealed record Header(string? Id, int? Version)
    {
        public string Json { get; init; } = "";
    }

    private static Header? Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        var json = reader.ReadToEnd();
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new Header(
                root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
                root.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : null) { Json = json };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
