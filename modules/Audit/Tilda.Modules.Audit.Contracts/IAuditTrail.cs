namespace Tilda.Modules.Audit.Contracts;

/// <summary>
/// Who read or changed which case (docs/product.md §1, the auditor's log). Module services say which case a request touches; the
/// Audit module adds who, when, the route and the outcome, and stores it (docs/adr/0005-audit-before-the-change.md).
/// </summary>
public interface IAuditTrail
{
    /// <summary>The request shows this case; recorded before the response is sent.</summary>
    void Read(Guid caseId);

    /// <summary>The request lists these cases; recorded before the response is sent.</summary>
    void Listed(IEnumerable<Guid> caseIds);

    /// <summary>
    /// The request is about to change this case: stores the attempt at once, before anything is changed. Call it before
    /// saving; when the audit log cannot be written it throws (503) and the change must not be made.
    /// </summary>
    Task ChangingAsync(Guid caseId, CancellationToken cancellationToken);
}
