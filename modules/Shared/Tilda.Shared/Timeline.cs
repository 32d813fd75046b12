namespace Tilda.Shared;

/// <summary>One thing recorded about a case, for the caseworker's timeline. Details are codes, dates and ids.</summary>
public sealed record TimelineEntry(DateOnly Date, string Module, string Kind, Guid Id, IReadOnlyDictionary<string, object?> Details);

/// <summary>Implemented by every module's Contracts facade; the host composes the case timeline from all of them.</summary>
public interface ICaseTimelineSource
{
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken);
}
