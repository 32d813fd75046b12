namespace Tilda.Modules.Pong.Contracts;

public interface IPongModule
{
    Task<bool> KnowsAsync(Guid caseId, CancellationToken cancellationToken);
}
