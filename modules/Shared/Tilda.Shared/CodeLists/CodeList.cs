namespace Tilda.Shared.CodeLists;

public sealed record Label(string Fi, string Sv, string En);

/// <summary>A stable code with its labels, valid from <see cref="ValidFrom"/> (the first version of the lists when not
/// given) up to and including <see cref="ValidTo"/> once it is retired.</summary>
public sealed record Code(string Value, Label Label, DateOnly? ValidFrom = null, DateOnly? ValidTo = null)
{
    /// <summary>The day the first version of the code lists took effect: the earliest business date Tilda records.</summary>
    public static readonly DateOnly FirstVersion = new(2000, 1, 1);

    public DateOnly From => ValidFrom ?? FirstVersion;

    public bool IsValidOn(DateOnly date) => date >= From && (ValidTo is null || date <= ValidTo);
}

/// <summary>A list of stable codes used in the API, with labels in Finnish, Swedish and English. Versioned data: a code
/// is accepted for a business date on which it is valid, and history keeps the codes it was recorded with.</summary>
public sealed class CodeList(string name, IReadOnlyList<Code> codes)
{
    private readonly Dictionary<string, Code> _codes = codes.ToDictionary(c => c.Value, StringComparer.Ordinal);

    public string Name { get; } = name;
    public IReadOnlyList<Code> Codes { get; } = codes;

    /// <summary>A code of the list, valid on some date.</summary>
    public bool Contains(string? value) => value is not null && _codes.ContainsKey(value);

    /// <summary>The codes valid on <paramref name="date"/>.</summary>
    public IEnumerable<Code> On(DateOnly date) => Codes.Where(c => c.IsValidOn(date));

    public string Describe() => Codes.Count <= 20
        ? $"one of: {string.Join(", ", Codes.Select(c => c.Value))}"
        : $"a code of the '{Name}' list (GET /api/code-lists)";

    /// <summary>Why a known code cannot be recorded for <paramref name="date"/>; null when it can (or is unknown).</summary>
    public string? NotValidOn(string? value, DateOnly date) =>
        value is not null && _codes.TryGetValue(value, out var code) && !code.IsValidOn(date)
            ? code.ValidTo is { } to && date > to
                ? $"'{value}' was retired on {to:yyyy-MM-dd}; it cannot be recorded for {date:yyyy-MM-dd}."
                : $"'{value}' is valid from {code.From:yyyy-MM-dd}; it cannot be recorded for {date:yyyy-MM-dd}."
            : null;
}

/// <summary>Each module contributes the code lists it owns; the host serves them all.</summary>
public interface ICodeListSource
{
    IEnumerable<CodeList> CodeLists { get; }
}
