using Tilda.Modules.Ping.Contracts;
using Tilda.Modules.Pong.Contracts;

namespace Tilda.Modules.Pong;

internal sealed class PongFacade(IPingModule ping) : IPongModule
{
    public Task<bool> KnowsAsync(Guid caseId, CancellationToken cancellationToken) => ping.KnowsAsync(caseId, cancellationToken);
}
