using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tilda.BuildingBlocks.Persistence;

public static class ConversionExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores a list of codes as one comma-separated text column (codes never contain commas).</summary>
    public static PropertyBuilder<IReadOnlyList<string>> HasCodeListConversion(this PropertyBuilder<IReadOnlyList<string>> property) =>
        property.HasConversion(
            v => string.Join(',', v),
            v => v.Length == 0 ? Array.Empty<string>() : v.Split(',', StringSplitOptions.None),
            CodeListComparer);

    private static readonly ValueComparer<IReadOnlyList<string>> CodeListComparer = new(
        (a, b) => a!.SequenceEqual(b!), v => string.Join(',', v).GetHashCode(StringComparison.Ordinal), v => v.ToArray());

    public static ComplexTypePropertyBuilder<IReadOnlyList<string>> HasCodeListConversion(this ComplexTypePropertyBuilder<IReadOnlyList<string>> property) =>
        property.HasConversion(
            v => string.Join(',', v),
            v => v.Length == 0 ? Array.Empty<string>() : v.Split(',', StringSplitOptions.None),
            CodeListComparer);

    /// <summary>Stores a small list of value records as a JSON text column.</summary>
    public static PropertyBuilder<IReadOnlyList<T>> HasJsonConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<T[]>(v, Json) ?? Array.Empty<T>(),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToArray()));
}
