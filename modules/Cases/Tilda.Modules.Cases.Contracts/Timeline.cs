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
