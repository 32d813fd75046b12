using Tilda.Modules.Ping.Contracts;
using Tilda.Modules.Pong.Contracts;

namespace Tilda.Modules.Ping;

internal sealed class PingFacade(IPongModule pong) : IPingModule
{
    public Task<bool> KnowsAsync(Guid caseId, CancellationToken cancellationToken) => pong.KnowsAsync(caseId, cancellationToken);
}
