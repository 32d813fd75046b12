using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Packs;

/// <summary>
/// A requester pack as data (docs/product.md §7): one statistical request answered in the requester's own terms — its tables, each an
/// indicator with the requester's table id and dimensions, and the period kind the requester reports for. Versioned like
/// definitions: a stored version is never changed; saving makes the next one. Shipped as <c>*.pack.json</c> resources of
/// the built-in indicator assembly or of a plugin, or saved by an administrator (<c>PUT /api/statistics/packs/{id}</c>).
/// </summary>
/// <param name="Notes">What the pack says about itself: what the requester asks that Tilda cannot answer, what could not be
/// verified against the requester's own metadata, and how Tilda's rules meet the requester's.</param>
internal sealed record PackDefinition(
    string? Id,
    int? Version,
    string? Requester,
    LocalizedText? Title,
    string? PeriodKind,
    IReadOnlyList<PackNote>? Notes,
    IReadOnlyList<PackTableDefinition>? Tables);

/// <summary>A note of a pack: <see cref="Kind"/> is <c>cannot-answer</c>, <c>unverified</c> or <c>method</c>.</summary>
internal sealed record PackNote(string? Kind, string? Topic, string? Text)
{
    public const string CannotAnswer = "cannot-answer";
    public const string Unverified = "unverified";
    public const string Method = "method";
    public static readonly string[] Kinds = [CannotAnswer, Unverified, Method];
}

/// <summary>One table of a pack: the requester's table id, its title, the indicator it is computed from, the SDMX
/// structure it is sent as (<c>AGENCY:ID(VERSION)</c>, for SDMX-CSV), and its dimensions in the requester's terms (none
/// given: the indicator's own, as they are — with the indicator's id as the table id, the indicator's own table).</summary>
internal sealed record PackTableDefinition(
    string? Id,
    LocalizedText? Title,
    string? Indicator,
    string? Structure,
    IReadOnlyList<PackDimension>? Dimensions);

/// <summary>
/// A requester dimension: its name, the indicator dimension(s) it comes from, and the code mapping (<c>id@version</c>) that
/// turns their codes into the requester's; without a mapping the single indicator dimension's codes are kept as they are.
/// An indicator dimension no requester dimension comes from is summed over. <see cref="Total"/> is the requester's code
/// for "all" in this dimension (SDMX-CSV's total row; <c>_T</c> when not given).
/// </summary>
internal sealed record PackDimension(string? Name, IReadOnlyList<string>? From, string? Mapping, string? Total)
{
    public const string DefaultTotal = "_T";
}
