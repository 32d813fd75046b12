using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tilda.Host.Auth;

/// <summary>
/// One-time sign-in links for the embedded issuer (<c>token --user NAME --role ROLE --sign-in-link</c>). The code is a
/// short-lived JWT for its own audience, signed with the embedded key: whoever holds the link may sign in as that user
/// with those roles, once, within <see cref="Lifetime"/>. Its use is put on record by its hash (<c>ISignInLinks</c>), so
/// the same code is refused the second time, on any instance sharing the database.
/// </summary>
internal static class SignInLinks
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const string Path = "/sign-in";

    /// <summary>Who a valid code signs in, and the hash its use is recorded under.</summary>
    public sealed record Holder(string User, IReadOnlyList<string> Roles, string CodeHash);

    public static string Create(SymmetricSecurityKey key, string user, IEnumerable<string> roles) =>
        Cli.TokenCommand.Create(key, AuthSetup.SignInAudience, Lifetime, user, roles,
            [new Claim(JwtRegisteredClaimNames.Jti, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)))]);

    /// <summary>The link's address on the service's first listening address, as the host decides it (localhost for a wildcard).</summary>
    public static string Url(IConfiguration configuration, string code)
    {
        var first = ListenAddress.Configured(configuration) ?? ListenAddress.Default;
        var origin = first.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).TrimEnd('/');
        return $"{origin}{Path}?code={Uri.EscapeDataString(code)}";
    }

    /// <summary>The holder of a well-signed, unexpired code; null for anything else. Whether it was used is asked apart.</summary>
    public static async Task<Holder?> ReadAsync(SymmetricSecurityKey key, string? code, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 4096) return null;
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(code, new TokenValidationParameters
        {
            ValidIssuer = AuthSetup.Issuer,
            ValidAudience = AuthSetup.SignInAudience,
            IssuerSigningKey = key,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) => expires is { } end && clock.GetUtcNow().UtcDateTime < end,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token) return null;
        var user = token.Subject;
        var roles = token.Claims.Where(c => c.Type == AuthSetup.RoleClaim).Select(c => c.Value).ToList();
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrEmpty(token.Id) || roles.Count == 0) return null;
        return new Holder(user, roles, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code))).ToLowerInvariant());
    }

    /// <summary>The session's identity: the same claims a bearer token carries, read the same way.</summary>
    public static ClaimsPrincipal Principal(string user, IEnumerable<string> roles, string method) =>
        new(new ClaimsIdentity([new Claim(AuthSetup.NameClaim, user), .. roles.Select(r => new Claim(AuthSetup.RoleClaim, r))],
            method, AuthSetup.NameClaim, AuthSetup.RoleClaim));
}
