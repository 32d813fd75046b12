namespace Tilda.Modules.ReflectionPeriods.Contracts;

/// <summary>What other modules and the host may ask the ReflectionPeriods module (ids and dates only).</summary>
public interface IReflectionPeriodsModule
{
    /// <summary>The periods not ended early whose last granted day lies from <paramref name="from"/> to <paramref name="to"/>
    /// (both included), the soonest first.</summary>
    Task<IReadOnlyList<ReflectionPeriodEnding>> EndingBetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

public sealed record ReflectionPeriodEnding(Guid ReflectionPeriodId, Guid CaseId, DateOnly StartOn, DateOnly EndOn);
