namespace Tilda.Modules.Cases.Contracts;

/// <summary>One thing recorded about a case, for the caseworker's timeline. Details are codes, dates and ids.</summary>
public sealed record TimelineEntry(DateOnly Date, string Module, string Kind, Guid Id, IReadOnlyDictionary<string, object?> Details);

/// <summary>
/// The case timeline — what a caseworker opens first — is composed by the host from every module that records something
/// about a case: each implements this in its own assembly. It is declared here because the case is Cases' concept.
/// </summary>
public interface ICaseTimelineSource
{
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken);
}

/// <summary>The timeline of a case from every module's source, in one order wherever it is shown.</summary>
public static class CaseTimeline
{
    public static async Task<IReadOnlyList<TimelineEntry>> ComposeAsync(IEnumerable<ICaseTimelineSource> sources, Guid caseId, CancellationToken cancellationToken)
    {
        var entries = new List<TimelineEntry>();
        foreach (var source in sources) entries.AddRange(await source.TimelineAsync(caseId, cancellationToken));
        // By date, then kind; entries of one date and kind in the order they were recorded (ids are version-7 Guids).
        return [.. entries.OrderBy(e => e.Date).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Id)];
    }
}
