namespace Tilda.Modules.Audit.Contracts;

/// <summary>
/// One-time sign-in links (the embedded issuer's <c>token --sign-in-link</c>): each link's code can be used once, by one
/// instance, ever. What is kept is the code's hash, who signed in with it and when — the sign-in is on record for the
/// auditor, and nothing in the store lets anyone sign in again.
/// </summary>
public interface ISignInLinks
{
    /// <summary>Puts the sign-in on record; false when a link with this code hash was already used (here or on another
    /// instance sharing the database).</summary>
    Task<bool> TryUseAsync(string codeHash, string user, CancellationToken cancellationToken);
}
