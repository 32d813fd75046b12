using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Tilda.BuildingBlocks.Web;

namespace Tilda.Host.Auth;

/// <summary>
/// JWT bearer authentication. Embedded default: tokens signed with an HMAC key (<c>Auth:SigningKey</c>, or generated
/// once into the data folder) and issued by the <c>token</c> CLI verb. Production: an external OIDC issuer
/// (<c>Auth:Authority</c> + <c>Auth:Audience</c>).
/// </summary>
internal static class AuthSetup
{
    public const string Issuer = "tilda";
    public const string Audience = "tilda";
    public const string RoleClaim = "role";
    private const string KeyFile = "signing.key";

    public static bool UsesExternalIssuer(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Auth:Authority"]);

    public static SymmetricSecurityKey SigningKey(IConfiguration configuration, string contentRoot)
    {
        var bytes = DataFolder.Secret(configuration, contentRoot, "Auth:SigningKey", KeyFile);
        if (bytes.Length < 32) throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes long.");
        return new SymmetricSecurityKey(bytes);
    }

    public static void AddTildaAuth(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // Resolved now, not on the first request: a missing shared key must stop the start, with its message.
        var signingKey = UsesExternalIssuer(configuration) ? null : SigningKey(configuration, builder.Environment.ContentRootPath);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            if (UsesExternalIssuer(configuration))
            {
                options.Authority = configuration["Auth:Authority"];
                options.Audience = configuration["Auth:Audience"]
                    ?? throw new InvalidOperationException("Auth:Audience must be set together with Auth:Authority.");
                options.TokenValidationParameters.RoleClaimType = RoleClaim;
                options.TokenValidationParameters.NameClaimType = "sub";
            }
            else
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = Issuer,
                    ValidAudience = Audience,
                    IssuerSigningKey = signingKey,
                    RoleClaimType = RoleClaim,
                    NameClaimType = "sub",
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            }
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Casework, p => p.RequireRole(Roles.Caseworker, Roles.DecisionMaker))
            .AddPolicy(Policies.Decisions, p => p.RequireRole(Roles.DecisionMaker))
            .AddPolicy(Policies.Statistics, p => p.RequireRole(Roles.Statistician))
            .AddPolicy(Policies.Audit, p => p.RequireRole(Roles.Auditor))
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.AnyRole, p => p.RequireRole(Roles.All));
    }
}
