using Microsoft.AspNetCore.Http;

namespace Tilda.Shared.Web;

/// <summary>ETags are the resource's version number in quotes.</summary>
public static class ETags
{
    public static string Of(int version) => $"\"{version}\"";

    /// <summary>The version named by If-Match; null when the header is absent, -1 when it names no version of ours.</summary>
    public static int? IfMatchVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return null;
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        return int.TryParse(value.Trim('"'), out var version) ? version : -1;
    }
}
