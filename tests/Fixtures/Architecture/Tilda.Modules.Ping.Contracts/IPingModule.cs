namespace Tilda.Modules.Ping.Contracts;

public interface IPingModule
{
    Task<bool> KnowsAsync(Guid caseId, CancellationToken cancellationToken);
}
