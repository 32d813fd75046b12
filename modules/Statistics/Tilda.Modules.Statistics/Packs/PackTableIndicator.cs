using Tilda.Modules.Statistics.Disclosure;
using Tilda.Modules.Statistics.Releases;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Packs;

/// <summary>A requester's table as an indicator: the header its published table carries (the requester's table id, title
/// and dimension names) and which of those dimensions are sensitive. It is never computed itself — <see cref="PackTable"/>
/// makes its cells from its source indicator's.</summary>
internal sealed class PackTableIndicator(IndicatorInfo info, IReadOnlySet<string> sensitive, RequesterTableView requester) : IIndicator, IDeclaresSensitiveDimensions
{
    public IndicatorInfo Info { get; } = info;

    public RequesterTableView Requester { get; } = requester;

    public bool IsSensitive(string dimension) => sensitive.Contains(dimension);
}
