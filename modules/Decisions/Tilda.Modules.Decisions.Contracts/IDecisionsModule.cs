namespace Tilda.Modules.Decisions.Contracts;

/// <summary>What other modules may ask the Decisions module: who is a client, since when. Decisions is the only owner
/// of that fact.</summary>
public interface IDecisionsModule
{
    /// <summary>The admission that makes the person a client now, or null when they are not a current client.</summary>
    Task<ClientAdmission?> CurrentAdmissionAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="caseIds"/> whose person is a current client.</summary>
    Task<IReadOnlySet<Guid>> CurrentClientsAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken);
}

public sealed record ClientAdmission(Guid AdmissionDecisionId, DateOnly DecidedOn);
