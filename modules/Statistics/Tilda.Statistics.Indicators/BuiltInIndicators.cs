using System.Reflection;

namespace Tilda.Statistics.Indicators;

/// <summary>Names this assembly for the host, which scans it for indicators like any plugin.</summary>
public static class BuiltInIndicators
{
    public static Assembly Assembly => typeof(BuiltInIndicators).Assembly;

    internal static readonly string[] AnnualReport = ["annual-report"];
}
