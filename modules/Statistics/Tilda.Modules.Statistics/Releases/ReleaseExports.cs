using System.Text;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Releases;

/// <summary>A release in each format it is exported in — the same bytes for the API and for the web interface's downloads.</summary>
internal static class ReleaseExports
{
    public static readonly IReadOnlyList<string> Formats = ["json", "csv"];

    public sealed record Export(byte[] Content, string ContentType, string Extension);

    public static void EnsureKnown(string? format)
    {
        if (format is not null && !Formats.Contains(format)) throw new BadRequestException("format", $"The format is {string.Join(", ", Formats)}.");
    }

    public static Export Of(string document, string? format)
    {
        EnsureKnown(format);
        return format switch
        {
            "csv" => new(Encoding.UTF8.GetBytes(ReleaseCsv.Of(document)), "text/csv; charset=utf-8", "csv"),
            _ => new(Encoding.UTF8.GetBytes(document), "application/json; charset=utf-8", "json"),
        };
    }
}
