namespace Tilda.Shared.CodeLists;

public sealed record Label(string Fi, string Sv, string En);

public sealed record Code(string Value, Label Label);

/// <summary>A list of stable codes used in the API, with labels in Finnish, Swedish and English.</summary>
public sealed class CodeList(string name, IReadOnlyList<Code> codes)
{
    private readonly HashSet<string> _values = codes.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    public string Name { get; } = name;
    public IReadOnlyList<Code> Codes { get; } = codes;

    public bool Contains(string? value) => value is not null && _values.Contains(value);

    public string Describe() => Codes.Count <= 20
        ? $"one of: {string.Join(", ", Codes.Select(c => c.Value))}"
        : $"a code of the '{Name}' list (GET /api/code-lists)";
}

/// <summary>Each module contributes the code lists it owns; the host serves them all.</summary>
public interface ICodeListSource
{
    IEnumerable<CodeList> CodeLists { get; }
}
