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
        // Resolved now, not on the first request: a missing shared key or audience must stop the start, with its message.
        if (UsesExternalIssuer(configuration) && string.IsNullOrWhiteSpace(configuration["Auth:Audience"]))
            throw new InvalidOperationException(
                "Auth:Authority is set but Auth:Audience is not: set Auth:Audience (e.g. the environment variable Auth__Audience) " +
                "to the audience your issuer puts in the tokens it issues for Tilda, or unset Auth:Authority to use the embedded issuer.");
        var signingKey = UsesExternalIssuer(configuration) ? null : SigningKey(configuration, builder.Environment.ContentRootPath);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Events = new JwtBearerEvents { OnTokenValidated = RequireSubject };
            if (UsesExternalIssuer(configuration))
            {
                options.Authority = configuration["Auth:Authority"];
                options.Audience = configuration["Auth:Audience"];
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

    /// <summary>
    /// A token is someone's: without a subject, or with one longer than the audit log keeps, nobody could be held to what
    /// was done with it, so it is refused (401) however validly it is signed.
    /// </summary>
    private static Task RequireSubject(TokenValidatedContext context)
    {
        var subject = context.Principal?.FindFirst("sub")?.Value;
        if (string.IsNullOrWhiteSpace(subject))
            context.Fail("The token has no subject (sub).");
        else if (subject.Length > UserId.MaxLength)
            context.Fail($"The token's subject (sub) is longer than {UserId.MaxLength} characters.");
        return Task.CompletedTask;
    }
}
