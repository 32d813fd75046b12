namespace Tilda.Modules.Cases.Contracts;

/// <summary>The applications nobody has decided yet, for the caseworkers' work list (ids and dates, no names).</summary>
public interface IPendingApplications
{
    /// <summary>Every application without a decision, oldest first.</summary>
    Task<IReadOnlyList<PendingApplication>> PendingAsync(CancellationToken cancellationToken);
}

public sealed record PendingApplication(Guid ApplicationId, Guid CaseId, DateOnly ReceivedOn, bool Urgent);
