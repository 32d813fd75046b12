namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>Whether each value is suppressed; primaries are the small or forced values, the rest are secondary.</summary>
internal sealed record SuppressionResult(bool[] Suppressed, int PrimaryCount, int SecondaryCount);
