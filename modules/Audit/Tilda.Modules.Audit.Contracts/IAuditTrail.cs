namespace Tilda.Modules.Audit.Contracts;

/// <summary>
/// Who read or changed which case (SPEC §1, the auditor's log). Module services say which case a request touched;
/// the Audit module adds who, when, the route and the outcome after the response, and stores it.
/// </summary>
public interface IAuditTrail
{
    void Read(Guid caseId);
    void Listed(IEnumerable<Guid> caseIds);
    void Changed(Guid caseId);
}
