using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Tilda.BuildingBlocks.Web;

namespace Tilda.Host.Auth;

/// <summary>
/// The API (<c>/api</c>) takes JWT bearer tokens only; the web interface (everything else) a cookie — so no browser can be
/// made to call the API with a session it holds. Embedded default: tokens signed with an HMAC key (<c>Auth:SigningKey</c>,
/// or generated once into the data folder) and issued by the <c>token</c> CLI verb, which also prints one-time sign-in
/// links for the browser. Production: an external OIDC issuer (<c>Auth:Authority</c> + <c>Auth:Audience</c>) for tokens,
/// and its code flow (<c>Auth:ClientId</c>, <c>Auth:ClientSecret</c>) for the browser.
/// </summary>
internal static class AuthSetup
{
    public const string Issuer = "tilda";
    public const string Audience = "tilda";
    public const string RoleClaim = "role";
    public const string NameClaim = "sub";
    public const string SignInAudience = "tilda-sign-in";
    private const string Selector = "api-or-web";
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
        var authentication = builder.Services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "The API's bearer tokens or the web interface's cookie", options =>
                options.ForwardDefaultSelector = context => context.Request.Path.StartsWithSegments("/api")
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options => ConfigureCookie(options, UsesExternalIssuer(configuration)));
        if (UsesExternalIssuer(configuration)) authentication.AddOpenIdConnect(options => ConfigureCodeFlow(options, configuration));
        authentication.AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Events = new JwtBearerEvents { OnTokenValidated = RequireSubject };
            if (UsesExternalIssuer(configuration))
            {
                options.Authority = configuration["Auth:Authority"];
                options.Audience = configuration["Auth:Audience"];
                options.TokenValidationParameters.RoleClaimType = RoleClaim;
                options.TokenValidationParameters.NameClaimType = NameClaim;
            }
            else
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = Issuer,
                    ValidAudience = Audience,
                    IssuerSigningKey = signingKey,
                    RoleClaimType = RoleClaim,
                    NameClaimType = NameClaim,
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

    /// <summary>A session of the web interface: 8 hours at most (as a token), HttpOnly, SameSite=Lax, and a 403 — not a
    /// redirect — for a page the user's roles do not open.</summary>
    private static void ConfigureCookie(CookieAuthenticationOptions options, bool externalIssuer)
    {
        options.Cookie.Name = "tilda.session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = false;
        options.LoginPath = SignInLinks.Path;
        options.LogoutPath = "/sign-out";
        if (externalIssuer) options.ForwardChallenge = OpenIdConnectDefaults.AuthenticationScheme;
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>The standard OpenID Connect code flow (with PKCE) against <c>Auth:Authority</c>; roles from its <c>role</c> claim.</summary>
    private static void ConfigureCodeFlow(OpenIdConnectOptions options, IConfiguration configuration)
    {
        options.Authority = configuration["Auth:Authority"];
        options.ClientId = configuration["Auth:ClientId"] ?? configuration["Auth:Audience"];
        options.ClientSecret = configuration["Auth:ClientSecret"];
        options.ResponseType = "code";
        options.UsePkce = true;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.TokenValidationParameters.RoleClaimType = RoleClaim;
        options.TokenValidationParameters.NameClaimType = NameClaim;
        options.ClaimActions.MapJsonKey(RoleClaim, RoleClaim);
        options.CallbackPath = "/signin-oidc";
        options.SignedOutCallbackPath = "/signout-callback-oidc";
        options.Events.OnTokenValidated = context =>
        {
            var subject = context.Principal?.FindFirst(NameClaim)?.Value;
            if (string.IsNullOrWhiteSpace(subject) || subject.Length > UserId.MaxLength) context.Fail("The issuer's token has no usable subject (sub).");
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// A token is someone's: without a subject, or with one longer than the audit log keeps, nobody could be held to what
    /// was done with it, so it is refused (401) however validly it is signed.
    /// </summary>
    private static Task RequireSubject(Microsoft.AspNetCore.Authentication.JwtBearer.TokenValidatedContext context)
    {
        var subject = context.Principal?.FindFirst(NameClaim)?.Value;
        if (string.IsNullOrWhiteSpace(subject))
            context.Fail("The token has no subject (sub).");
        else if (subject.Length > UserId.MaxLength)
            context.Fail($"The token's subject (sub) is longer than {UserId.MaxLength} characters.");
        return Task.CompletedTask;
    }
}
