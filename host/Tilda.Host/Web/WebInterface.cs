using System.Reflection;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Localization;
using Radzen;
using Tilda.BuildingBlocks.Web.Ui;
using Tilda.Host.Auth;
using Tilda.Host.Components;
using Tilda.Modules.Cases;
using Tilda.Modules.CriminalProcess;
using Tilda.Modules.Decisions;
using Tilda.Modules.ReflectionPeriods;
using Tilda.Modules.ServiceNeeds;
using Tilda.Modules.Statistics;

namespace Tilda.Host.Web;

/// <summary>
/// The web interface at <c>/</c> (docs/product.md §8): Blazor components rendered on the server as plain HTML and forms. The host
/// lays out the page, navigation, languages and sign-in; each module's pages live in the module, beside the services they
/// call, and are listed here.
/// </summary>
internal static class WebInterface
{
    public static readonly Assembly[] ModulePages =
    [
        typeof(CasesModule).Assembly, typeof(DecisionsModule).Assembly, typeof(ServiceNeedsModule).Assembly,
        typeof(ReflectionPeriodsModule).Assembly, typeof(CriminalProcessModule).Assembly, typeof(StatisticsModule).Assembly,
    ];

    private const string LanguageCookie = ".tilda.language";

    public static void AddTildaWeb(this WebApplicationBuilder builder)
    {
        // Serves the component libraries' files (Radzen's theme) from a build as well as from a publish.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddRadzenComponents();
        services.AddScoped<WorkList>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Languages.Finnish).AddSupportedCultures([.. Languages.All]).AddSupportedUICultures([.. Languages.All]);
            options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = LanguageCookie }];
        });
    }

    public static void UseTildaWeb(this WebApplication app)
    {
        // The API answers in its own terms whatever language a browser chose; pages in the user's language.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), web => web.UseRequestLocalization());
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddAdditionalAssemblies(ModulePages);

        app.MapGet("/language/{language}", (string language, string? returnUrl, HttpContext context) =>
        {
            if (!Languages.All.Contains(language)) return Results.NotFound();
            context.Response.Cookies.Append(LanguageCookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();

        app.MapPost("/sign-out", async (HttpContext context, IConfiguration configuration) =>
        {
            // The antiforgery middleware only records its verdict; an endpoint that binds no form must read it itself.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The sign-out form's anti-forgery token is missing or invalid.");
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            if (AuthSetup.UsesExternalIssuer(configuration))
                return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme]);
            return Results.LocalRedirect(SignInLinks.Path);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
