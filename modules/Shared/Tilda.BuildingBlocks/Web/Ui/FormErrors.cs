using Tilda.Shared.Errors;

namespace Tilda.BuildingBlocks.Web.Ui;

/// <summary>
/// The errors a module's rules gave a form, by the field paths of the HTTP contract (<c>person.surname</c>,
/// <c>measures[0].startOn</c>): the page shows each next to its field — the same rules and messages as the API's 422.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string[]> _byField = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the form as a whole was refused for (a conflict, a stale version): shown above it.</summary>
    public string? Summary { get; private set; }

    public bool Any => Summary is not null || _byField.Count > 0;

    /// <summary>The messages for a field and for each of its items (<c>person.citizenships[1]</c>).</summary>
    public IReadOnlyList<string> For(string field) =>
        [.. _byField.Where(e => Covers(field, e.Key)).SelectMany(e => e.Value).Distinct()];

    public bool Has(string field) => _byField.Keys.Any(key => Covers(field, key));

    private static bool Covers(string field, string key) =>
        string.Equals(key, field, StringComparison.OrdinalIgnoreCase) || key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every field error whose field is not shown on the form (so nothing the rules said is lost).</summary>
    public IEnumerable<(string Field, string Message)> Except(IReadOnlySet<string> shown) =>
        _byField.Where(e => !shown.Any(field => Covers(field, e.Key))).SelectMany(e => e.Value.Select(m => (e.Key, m)));

    public void Clear()
    {
        _byField.Clear();
        Summary = null;
    }

    /// <summary>Runs a module's operation; what its rules refuse becomes this form's errors, and false is returned.</summary>
    public async Task<bool> TryAsync(Func<Task> operation, Func<TildaException, string>? summaryOf = null)
    {
        summaryOf ??= e => e is ValidationFailedException ? UiTexts.Refused.Text()
            : e is NotFoundException ? UiTexts.NotFound.Text() + " " + e.Message
            : UiTexts.Conflict.Text() + e.Message;
        Clear();
        try
        {
            await operation();
            return true;
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors) _byField[field] = messages;
            Summary = summaryOf(e);
        }
        catch (BadRequestException e)
        {
            _byField[e.Field] = [e.Message];
            Summary = summaryOf(e);
        }
        catch (TildaException e) when (e is ConflictException or NotFoundException or PreconditionFailedException or PreconditionRequiredException)
        {
            Summary = summaryOf(e);
        }
        return false;
    }

    /// <summary>aria-describedby for a field's input: its hint, and its error text while there is one.</summary>
    public string? DescribedBy(string field, string? hint = null)
    {
        var ids = new[] { hint, Has(field) ? IdOf(field) : null }.OfType<string>().ToList();
        return ids.Count > 0 ? string.Join(' ', ids) : null;
    }

    /// <summary>The id of a field's error text, for aria-describedby.</summary>
    public static string IdOf(string field) => "error-" + string.Concat(field.Select(c => char.IsLetterOrDigit(c) ? c : '-'));
}
