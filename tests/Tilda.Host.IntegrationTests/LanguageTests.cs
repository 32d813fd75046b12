using System.Collections;
using System.Reflection;
using Tilda.Shared.CodeLists;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// Every label and message of the web interface has Finnish, Swedish and English (docs/product.md §8): each text is a
/// <see cref="Label"/> of the three, kept in static fields and tables of the Tilda assemblies — the pages', the code
/// lists', the work list's. A text missing in one language fails here, naming it.
/// </summary>
public sealed class LanguageTests
{
    [Fact]
    public void Given_every_text_of_the_Tilda_assemblies_When_read_in_each_language_Then_none_is_missing()
    {
        var texts = TildaTexts().ToList();

        Assert.True(texts.Count > 400, $"Only {texts.Count} texts were found; the search for them is broken.");
        Assert.Empty(texts.Where(t => Missing(t.Label) is not null).Select(t => $"{t.Where}: {Missing(t.Label)} missing"));
    }

    [Fact]
    public void Given_a_text_without_its_swedish_When_checked_Then_it_is_found_missing()
    {
        Assert.Equal("sv", Missing(new Label("Tallenna", " ", "Save")));
        Assert.Null(Missing(new Label("Tallenna", "Spara", "Save")));
    }

    private static string? Missing(Label label) =>
        string.IsNullOrWhiteSpace(label.Fi) ? "fi" : string.IsNullOrWhiteSpace(label.Sv) ? "sv" : string.IsNullOrWhiteSpace(label.En) ? "en" : null;

    /// <summary>Labels in static fields and properties: single, in code lists, and in dictionaries or lists of them.</summary>
    private static IEnumerable<(string Where, Label Label)> TildaTexts()
    {
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "Tilda.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not null && !name.EndsWith("Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(name!));
        const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.ContainsGenericParameters))
        {
            var members = type.GetFields(statics).Where(f => !f.IsLiteral).Select(f => (f.Name, Read: (Func<object?>)(() => f.GetValue(null))))
                .Concat(type.GetProperties(statics).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null).Select(p => (p.Name, Read: (Func<object?>)(() => p.GetValue(null)))));
            foreach (var (name, read) in members)
                foreach (var (path, label) in LabelsIn(ReadOrNull(read), $"{type.FullName}.{name}"))
                    yield return (path, label);
        }
    }

    /// <summary>A static value, or null where reading it needs what a test process lacks (a type initializer that fails).</summary>
    private static object? ReadOrNull(Func<object?> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is TargetInvocationException or TypeInitializationException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IEnumerable<(string, Label)> LabelsIn(object? value, string where) => value switch
    {
        Label label => [(where, label)],
        CodeList list => list.Codes.Select(c => ($"{where}[{c.Value}]", c.Label)),
        IDictionary dictionary => dictionary.Keys.Cast<object>().SelectMany(key => LabelsIn(dictionary[key], $"{where}[{key}]")),
        IList items => items.Cast<object?>().Take(1000).SelectMany((item, i) => LabelsIn(item, $"{where}[{i}]")),
        _ => [],
    };
}
