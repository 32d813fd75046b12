namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>A table published together: its total and its cells, as indices into the list of values.</summary>
internal sealed record PublishedTable(int Total, int[] Cells);
