using Microsoft.AspNetCore.Mvc;

namespace Tilda.Host.Web;

/// <summary>
/// The per-field errors of a ProblemDetails, bounded: a body of a thousand unknown keys gets the first
/// <see cref="MaxFields"/> and a count of the rest, and a field name is cut at <see cref="MaxFieldLength"/> characters —
/// an error never grows with what the client sent.
/// </summary>
internal static class ProblemErrors
{
    public const int MaxFields = 20;
    public const int MaxFieldLength = 100;

    public static ValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors, int status, string title, string detail)
    {
        var listed = new Dictionary<string, string[]>();
        foreach (var (field, messages) in errors.Take(MaxFields)) listed.TryAdd(Field(field), messages);
        var more = errors.Count - MaxFields;
        return new ValidationProblemDetails(listed)
        {
            Status = status,
            Title = title,
            Detail = more > 0 ? $"{detail} {errors.Count} fields have errors; the first {MaxFields} are listed." : detail,
        };
    }

    public static string Field(string field) => field.Length <= MaxFieldLength ? field : string.Concat(field.AsSpan(0, MaxFieldLength), "…");
}
