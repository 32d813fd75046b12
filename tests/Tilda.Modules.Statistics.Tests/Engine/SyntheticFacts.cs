using Tilda.Modules.Statistics.Facts;
using Tilda.Synthetic;

namespace Tilda.Modules.Statistics.Tests.Engine;

internal static class SyntheticFacts
{
    public static FactRecord ToRecord(this SyntheticFact fact, DateTime recordedAt) =>
        new(fact.Type, fact.Subject, fact.Date, recordedAt, fact.Episode, fact.Dimensions);
}
