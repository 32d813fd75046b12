using Microsoft.EntityFrameworkCore;
using Tilda.Shared.Errors;

namespace Tilda.BuildingBlocks.Persistence;

public static class SaveExtensions
{
    /// <summary>
    /// Saves; when a guard in the database refuses the write (a unique index, a concurrency token) because a concurrent
    /// request got there first, answers 409 with <paramref name="conflictMessage"/> instead of failing.
    /// </summary>
    public static async Task SaveOrConflictAsync(this DbContext db, string conflictMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            throw new ConflictException(conflictMessage);
        }
    }
}
