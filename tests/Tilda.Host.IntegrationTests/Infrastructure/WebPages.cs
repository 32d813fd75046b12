using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Host.Auth;

namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>The web interface over HTTP as a browser without script sees it: a session signed in with a one-time link, and
/// each page's forms as it would post them.</summary>
public static partial class WebPages
{
    /// <summary>A one-time link's code, as <c>token --sign-in-link</c> prints it, signed with the host's key.</summary>
    public static string Code(TildaApp app, string user, params string[] roles)
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        var root = app.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        return SignInLinks.Create(AuthSetup.SigningKey(configuration, root), user, roles);
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them, as a browser's network panel would.</summary>
    public static HttpClient PageClient(TildaApp app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task SignInAsync(TildaApp app, HttpClient browser, string user, params string[] roles)
    {
        var code = Code(app, user, roles);
        var signIn = await browser.PostAsync("/sign-in", new FormUrlEncodedContent(Form(await browser.GetStringAsync($"/sign-in?code={Uri.EscapeDataString(code)}"), "code")));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    public static async Task SignedOut(HttpClient browser)
    {
        var page = await browser.GetAsync("/cases");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(SignInLinks.Path, page.Headers.Location!.AbsolutePath);
    }

    /// <summary>The hidden fields of the page's form that carries <paramref name="field"/> (empty when there is none), as a browser would post them.</summary>
    public static Dictionary<string, string> Form(string html, string field)
    {
        foreach (Match form in FormElement().Matches(html))
        {
            var inputs = HiddenInput().Matches(form.Value).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
            if (inputs.ContainsKey(field) || Regex.IsMatch(form.Value, $"name=\"{Regex.Escape(field)}\"")) return inputs;
        }
        return [];
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

}
