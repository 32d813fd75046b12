using Microsoft.EntityFrameworkCore;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Modules.Audit.Contracts;

namespace Tilda.Modules.Audit;

/// <summary>The code hash is the key: a second use — a replay, or two instances racing on one link — is a unique violation.</summary>
internal sealed class SignInLinkLedger(AuditDbContext db, TimeProvider clock) : ISignInLinks
{
    public async Task<bool> TryUseAsync(string codeHash, string user, CancellationToken cancellationToken)
    {
        if (codeHash.Length != SignInLink.HashLength) throw new ArgumentException("A code hash is 64 hexadecimal characters.", nameof(codeHash));
        if (await db.SignInLinks.AnyAsync(l => l.CodeHash == codeHash, cancellationToken)) return false;
        db.SignInLinks.Add(new SignInLink(codeHash, user, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
