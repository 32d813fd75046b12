using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tilda.Host.Auth;
using Tilda.BuildingBlocks.Web;

namespace Tilda.Host.Cli;

/// <summary><c>token --user NAME --role ROLE [--role ROLE] [--sign-in-link]</c>: prints a JWT valid for 8 hours, signed with the
/// configured key — or, with <c>--sign-in-link</c>, a link that signs that user in to the web interface once, within 10 minutes.</summary>
internal static class TokenCommand
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static int Run(string[] args, IConfiguration configuration, string contentRoot, TextWriter output, TextWriter error)
    {
        if (AuthSetup.UsesExternalIssuer(configuration))
        {
            error.WriteLine("Auth:Authority is configured: tokens come from that issuer, not from this command.");
            return 2;
        }
        string? user = null;
        var roles = new List<string>();
        var link = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--user" when value is not null: user = value; i++; break;
                case "--role" when value is not null: roles.Add(value); i++; break;
                case "--sign-in-link": link = true; break;
                default:
                    error.WriteLine($"Unexpected argument '{args[i]}'. {Usage}");
                    return 2;
            }
        }
        if (string.IsNullOrWhiteSpace(user) || roles.Count == 0)
        {
            error.WriteLine(Usage);
            return 2;
        }
        if (user.Length > UserId.MaxLength)
        {
            error.WriteLine($"The user name must be at most {UserId.MaxLength} characters (it is the token's subject, kept in the audit log).");
            return 2;
        }
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            error.WriteLine($"Unknown role(s): {string.Join(", ", unknown)}. Roles: {string.Join(", ", Roles.All)}.");
            return 2;
        }

        output.WriteLine(link
            ? SignInLinks.Url(configuration, SignInLinks.Create(AuthSetup.SigningKey(configuration, contentRoot), user, roles))
            : Create(configuration, contentRoot, user, roles));
        return 0;
    }

    private const string Usage = "Usage: token --user NAME --role ROLE [--role ROLE] [--sign-in-link]";

    /// <summary>A JWT for the embedded issuer, signed with the configured (or generated) key.</summary>
    public static string Create(IConfiguration configuration, string contentRoot, string user, IEnumerable<string> roles) =>
        Create(AuthSetup.SigningKey(configuration, contentRoot), AuthSetup.Audience, Lifetime, user, roles, []);

    /// <summary>A token of the embedded issuer for <paramref name="audience"/>: the user as subject, a role claim per role.</summary>
    public static string Create(SymmetricSecurityKey key, string audience, TimeSpan lifetime, string user, IEnumerable<string> roles, IEnumerable<Claim> extra)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthSetup.Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = new ClaimsIdentity([new Claim(AuthSetup.NameClaim, user), .. extra, .. roles.Distinct().Select(r => new Claim(AuthSetup.RoleClaim, r))]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
