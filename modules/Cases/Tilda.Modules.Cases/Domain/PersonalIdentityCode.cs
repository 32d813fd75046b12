using System.Globalization;

namespace Tilda.Modules.Cases.Domain;

/// <summary>The Finnish personal identity code (henkilötunnus), DDMMYYCNNNQ.</summary>
internal static class PersonalIdentityCode
{
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>The birth date the code encodes, or null when the code is malformed or its check character is wrong.</summary>
    public static DateOnly? BirthDate(string code)
    {
        if (code.Length != 11) return null;
        int? century = code[6] switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => null,
        };
        if (century is null
            || !int.TryParse(code.AsSpan(0, 6), NumberStyles.None, CultureInfo.InvariantCulture, out var datePart)
            || !int.TryParse(code.AsSpan(7, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var individual))
            return null;
        var number = (long)datePart * 1000 + individual;
        if (CheckCharacters[(int)(number % 31)] != code[10]) return null;
        var day = datePart / 10000;
        var month = datePart / 100 % 100;
        var year = century.Value + datePart % 100;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
