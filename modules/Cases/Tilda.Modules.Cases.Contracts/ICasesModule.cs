namespace Tilda.Modules.Cases.Contracts;

/// <summary>What other modules may ask the Cases module. Answers carry ids, dates, codes and ages — never names.</summary>
public interface ICasesModule
{
    Task<ApplicationSummary?> FindApplicationAsync(Guid applicationId, CancellationToken cancellationToken);

    Task<bool> CaseExistsAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The received date of the person's first application; null for an unknown case.</summary>
    Task<DateOnly?> FirstApplicationOnAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The person's statistical profile as recorded on <paramref name="onDate"/>; null for an unknown case.</summary>
    Task<ClientProfile?> GetProfileAsync(Guid caseId, DateOnly onDate, CancellationToken cancellationToken);
}

public sealed record ApplicationSummary(Guid ApplicationId, Guid CaseId, DateOnly ReceivedOn, ApplicationProfile Profile);
