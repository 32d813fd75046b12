namespace Tilda.Modules.Decisions;

/// <summary>
/// A decision on one application: admission to the assistance system (the legal identification as a victim,
/// Act 746/2011 §35) or rejection with a reason. Guards the database keeps, whatever arrives at the same moment:
/// one decision per application (unique index on <see cref="ApplicationId"/>), and at most one open admission per case —
/// <see cref="OpenForCaseId"/> holds the case id while the admission is open and is cleared by the removal, under a unique
/// index that ignores the cleared ones.
/// </summary>
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
        OpenForCaseId = outcome == Admitted ? caseId : null;
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
    /// <summary>The case id while this admission makes the person a client; null for a rejection and once removed.</summary>
    public Guid? OpenForCaseId { get; private set; }
    public bool Urgent { get; private set; }
    /// <summary>The user id of the decision-maker (the token's subject).</summary>
    public string DecidedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    /// <summary>The removal ends the admission: the person is no longer a client.</summary>
    public void Close() => OpenForCaseId = null;
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
