using Microsoft.AspNetCore.Http;

namespace Tilda.BuildingBlocks.Web;

/// <summary>ETags are the resource's version number in quotes (strong validators).</summary>
public static class ETags
{
    public static string Of(int version) => $"\"{version}\"";
}

/// <summary>
/// An <c>If-Match</c> precondition (RFC 9110 §13.1.1): <c>*</c>, or a list of entity tags compared strongly — a weak tag
/// (<c>W/"3"</c>) never matches, and neither does anything that is not one of ours.
/// </summary>
public sealed record IfMatch(bool Any, IReadOnlyList<int> Versions)
{
    /// <summary>The request's If-Match, or null when it has none.</summary>
    public static IfMatch? From(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return null;
        var tags = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (tags.Contains("*")) return new IfMatch(true, []);
        var versions = new List<int>();
        foreach (var tag in tags)
            if (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && int.TryParse(tag.AsSpan(1, tag.Length - 2), out var version))
                versions.Add(version);
        return new IfMatch(false, versions);
    }

    public bool Matches(int version) => Any || Versions.Contains(version);
}
