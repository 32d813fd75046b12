namespace Tilda.Shared;

public static class Clock
{
    /// <summary>Today's date in the service's local time zone: the date "not in the future" rules use.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
