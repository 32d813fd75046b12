namespace Tilda.Modules.Statistics.Packs;

/// <summary>
/// A code mapping as data: from the codes of one or more of Tilda's dimensions to a requester's codes, each entry valid for
/// dates (a country maps by the reference period: membership of the EU is dated). Versioned like packs. A pack that uses it
/// is refused unless every Tilda code of the dimension — every combination, for a mapping of several dimensions — is
/// mapped on every day from <see cref="ValidFrom"/> on; no code may be mapped twice on one day.
/// </summary>
/// <param name="From">The fact store's dimensions whose codes are mapped (<c>GET /api/statistics/facts</c>).</param>
/// <param name="Codes">The requester's codes, in the order the requester lists them.</param>
/// <param name="ValidFrom">The first reference date the mapping covers (the code lists' first version when not given).</param>
/// <param name="ReportingCountry">For a citizenship mapping: the requester's code for the reporting country
/// (configuration <c>Statistics:ReportingCountry</c>, default FIN), whatever its entry says.</param>
/// <param name="Several">How one value is chosen for a person with several codes (several citizenships): the first listed
/// when not given.</param>
internal sealed record CodeMappingDefinition(
    string? Id,
    int? Version,
    string? Description,
    IReadOnlyList<string>? From,
    IReadOnlyList<string>? Codes,
    DateOnly? ValidFrom,
    string? ReportingCountry,
    SeveralRule? Several,
    IReadOnlyList<MappingEntry>? Entries);

/// <summary>
/// These codes (for each dimension of the mapping, by name) map to <see cref="To"/> from <see cref="ValidFrom"/> to
/// <see cref="ValidTo"/> (both included; open when not given).
/// </summary>
internal sealed record MappingEntry(IReadOnlyDictionary<string, IReadOnlyList<string>>? When, string? To, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>
/// The rule for a person with several codes in a list dimension: the code whose requester code comes first in
/// <see cref="Order"/>, or whose code under the mapping <see cref="RankBy"/> comes first in that mapping's own order (the
/// named citizenship that Eurostat's citizenship group picks); ties go to the first listed.
/// </summary>
internal sealed record SeveralRule(IReadOnlyList<string>? Order, string? RankBy);
