namespace Tilda.Modules.Cases.Contracts;

/// <summary>
/// What the module that decides says about a case's applications. Who is a client, and since when, is decided there;
/// Cases composes a case's status, client dates and decisions from this port whenever the case is read, so a decision
/// shows the moment it has been made and Cases keeps no copy that could lag behind. Implemented by the Decisions module,
/// which depends on Cases — not the other way round.
/// </summary>
public interface IApplicationDecisions
{
    /// <summary>The decisions on the case's applications and the removals, in the order they were decided.</summary>
    Task<IReadOnlyList<CaseDecision>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The outcome of each of these applications that has been decided; undecided ones are absent.</summary>
    Task<IReadOnlyDictionary<Guid, ApplicationOutcome>> OutcomesAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken);

    /// <summary>The applications whose outcome is in <paramref name="state"/>, or every decided application when null.</summary>
    Task<IReadOnlyList<Guid>> ApplicationsInStateAsync(DecisionState? state, CancellationToken cancellationToken);
}

/// <summary>Where a decided application stands: rejected, admitted (the person is a client), or admitted and since removed.</summary>
public enum DecisionState { Rejected, Admitted, Removed }

/// <summary>The decision on one application and, when the person was admitted and later removed, the removal's date.</summary>
public sealed record ApplicationOutcome(DecisionState State, Guid DecisionId, DateOnly DecidedOn, DateOnly? RemovedOn);

/// <summary>One decision as the case shows it: an admission decision (<c>admitted</c> or <c>rejected</c>) or a removal.</summary>
public sealed record CaseDecision(Guid DecisionId, string Kind, Guid? ApplicationId, DateOnly DecidedOn, string? Outcome, string? Reason)
{
    public const string Admission = "admission";
    public const string Removal = "removal";
}
