using Tilda.Modules.Statistics.Packs;
using Tilda.Modules.Statistics.Releases;

namespace Tilda.Modules.Statistics.Exports;

/// <summary>A published table as the ledger holds it: its view and, per cell and for the total, whether it was published
/// or suppressed and why (<see cref="LedgerCell.Published"/>, <see cref="LedgerCell.Primary"/>, <see cref="LedgerCell.Secondary"/>).</summary>
internal sealed record ReleasedTable(TableView View, IReadOnlyList<string> Status, string TotalStatus);

/// <summary>A release as an export reads it: the document, its tables with their cell statuses, and the notes of the pack
/// it released (none for a list of indicators).</summary>
internal sealed record ReleasedContent(ReleaseDocument Release, IReadOnlyList<ReleasedTable> Tables, string? Requester, IReadOnlyList<PackNote> Notes);
