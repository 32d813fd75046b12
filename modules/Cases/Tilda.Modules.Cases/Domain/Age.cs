namespace Tilda.Modules.Cases.Domain;

internal static class Age
{
    /// <summary>Completed years on <paramref name="onDate"/>. With only a birth year the birth date is taken
    /// as 1 July of that year (docs/product.md §4); with neither, unknown.</summary>
    public static int? CompletedYears(DateOnly? birthDate, int? birthYear, DateOnly onDate)
    {
        var born = birthDate ?? (birthYear is { } year ? new DateOnly(year, 7, 1) : (DateOnly?)null);
        if (born is not { } b) return null;
        var years = onDate.Year - b.Year;
        if (onDate < b.AddYears(years)) years--;
        return Math.Max(years, 0);
    }
}
