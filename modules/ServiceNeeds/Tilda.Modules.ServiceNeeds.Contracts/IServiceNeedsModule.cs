namespace Tilda.Modules.ServiceNeeds.Contracts;

/// <summary>What other modules and the host may ask the ServiceNeeds module (ids and dates only).</summary>
public interface IServiceNeedsModule
{
    /// <summary>Current assessments none of whose measures is running on <paramref name="onDate"/> (each was ended, or its
    /// planned end has passed), the longest-ended first.</summary>
    Task<IReadOnlyList<AssessmentMeasuresEnded>> AssessmentsWithAllMeasuresEndedAsync(DateOnly onDate, CancellationToken cancellationToken);
}

/// <summary>An assessment whose measures have all ended; <see cref="LastMeasureEndedOn"/> is when the last one did.</summary>
public sealed record AssessmentMeasuresEnded(Guid AssessmentId, Guid CaseId, DateOnly AssessedOn, DateOnly LastMeasureEndedOn);
