namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>An indicator whose dimensions are not the fact store's own (a requester's table, whose dimensions carry the
/// requester's names): it says which of them carry a sensitive attribute, for the rule on sensitive groups.</summary>
internal interface IDeclaresSensitiveDimensions
{
    bool IsSensitive(string dimension);
}
