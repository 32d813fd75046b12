using System.Globalization;
using Tilda.Shared.CodeLists;

namespace Tilda.BuildingBlocks.Web.Ui;

/// <summary>The languages of the web interface (docs/product.md §8): Finnish (the default), Swedish and English.</summary>
public static class Languages
{
    public const string Finnish = "fi";
    public const string Swedish = "sv";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Finnish, Swedish, English];

    /// <summary>The language of the request being rendered (set by request localization from the user's choice).</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        Swedish => Swedish,
        English => English,
        _ => Finnish,
    };

    /// <summary>The label in the current language.</summary>
    public static string Text(this Label label) => label.In(Current);

    public static string In(this Label label, string language) => language switch
    {
        Swedish => label.Sv,
        English => label.En,
        _ => label.Fi,
    };

    /// <summary>A code's label in the current language; the code itself when the list does not know it.</summary>
    public static string LabelOf(this CodeList list, string? code) =>
        code is null ? "" : list.Codes.FirstOrDefault(c => c.Value == code)?.Label.Text() ?? code;

    /// <summary>A date as people write it in the current language (d.M.yyyy in Finnish and Swedish).</summary>
    public static string Show(this DateOnly date) => Current == English ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    public static string Show(this DateOnly? date) => date?.Show() ?? "–";
}
