namespace Tilda.Modules.Decisions;

/// <summary>A decision on one application: admission to the assistance system (the legal identification as a
/// victim, Act 746/2011 §35) or rejection with a reason. One per application, enforced by a unique index.</summary>
internal sealed class AdmissionDecision
{
    public const string Admitted = "admitted";
    public const string Rejected = "rejected";

    private AdmissionDecision() { }

    public AdmissionDecision(Guid applicationId, Guid caseId, DateOnly decidedOn, string outcome, string? rejectionReason, bool urgent, string decidedBy, DateTime recordedAt)
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        CaseId = caseId;
        DecidedOn = decidedOn;
        Outcome = outcome;
        RejectionReason = rejectionReason;
        Urgent = urgent;
        DecidedBy = decidedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public string Outcome { get; private set; } = "";
    public string? RejectionReason { get; private set; }
    public bool Urgent { get; private set; }
    /// <summary>The user id of the decision-maker (the token's subject).</summary>
    public string DecidedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
}

/// <summary>The removal of a client; ends one admission, enforced by a unique index.</summary>
internal sealed class RemovalDecision
{
    private RemovalDecision() { }

    public RemovalDecision(Guid caseId, Guid admissionDecisionId, DateOnly decidedOn, string reason, string decidedBy, DateTime recordedAt)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        AdmissionDecisionId = admissionDecisionId;
        DecidedOn = decidedOn;
        Reason = reason;
        DecidedBy = decidedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid AdmissionDecisionId { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public string Reason { get; private set; } = "";
    public string DecidedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
}
