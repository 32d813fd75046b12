namespace Tilda.Host.Cli.Demo;

/// <summary>Drawing from the demo's seeded generator (the same seed gives the same year).</summary>
internal static class Draw
{
    /// <summary>One of <paramref name="choices"/>, each as likely as its weight.</summary>
    public static T Pick<T>(this Random rng, (T Value, int Weight)[] choices)
    {
        var roll = rng.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        throw new InvalidOperationException("No choice has a positive weight.");
    }

    public static T[] Shuffled<T>(this Random rng, IEnumerable<T> items)
    {
        var shuffled = items.ToArray();
        rng.Shuffle(shuffled);
        return shuffled;
    }

    /// <summary>A day from <paramref name="from"/> to <paramref name="to"/>, mostly a weekday.</summary>
    public static DateOnly Weekday(this Random rng, DateOnly from, DateOnly to)
    {
        var day = from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1));
        for (var tries = 0; tries < 3 && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && rng.NextDouble() < 0.85; tries++)
            day = from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1));
        return day;
    }
}
