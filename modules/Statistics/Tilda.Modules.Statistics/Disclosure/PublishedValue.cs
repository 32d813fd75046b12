namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>
/// One value that could be published: its count and the inner cells it is modelled as the sum of. The value need not
/// equal that sum (a count of distinct persons may be smaller); only the support defines the linear structure.
/// </summary>
internal sealed record PublishedValue(long Value, int[] Support);
