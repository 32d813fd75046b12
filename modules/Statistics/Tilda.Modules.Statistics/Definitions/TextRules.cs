using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Tilda.Modules.Statistics.Definitions;

/// <summary>The rules an administrator's ids and texts follow (definitions, packs, code mappings).</summary>
internal static partial class TextRules
{
    /// <summary>Lower-case words of letters and digits separated by dots or dashes, at most 100 characters.</summary>
    public static bool IsId([NotNullWhen(true)] string? id) => id is { Length: > 0 and <= 100 } && IdPattern().IsMatch(id);

    /// <summary>No control characters and no bidirectional overrides or isolates, which could make a title read otherwise than it is.</summary>
    public static bool Printable(string text) =>
        !text.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C');

    /// <summary>Present, at most <paramref name="max"/> printable characters.</summary>
    public static bool IsText([NotNullWhen(true)] string? text, int max) => !string.IsNullOrWhiteSpace(text) && text.Length <= max && Printable(text);

    [GeneratedRegex("^[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
