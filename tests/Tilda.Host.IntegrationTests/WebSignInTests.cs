using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Tilda.Host.Auth;
using Tilda.Host.IntegrationTests.Infrastructure;
using static Tilda.Host.IntegrationTests.Infrastructure.WebPages;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// Signing in to the web interface over HTTP: the one-time link's ten minutes, anti-forgery on the sign-in and sign-out
/// forms and on casework forms, sign-out ending the session, and the OpenID Connect code flow when an issuer is configured.
/// </summary>
public sealed class WebSignInTests
{
    [Fact]
    public async Task Given_a_sign_in_link_When_opened_within_ten_minutes_Then_it_offers_to_sign_in_and_after_them_it_does_not()
    {
        var clock = new MovableClock();
        using var app = TildaApp.WithServices(s => s.AddSingleton<TimeProvider>(clock));
        var code = Code(app, "anna", "caseworker");
        using var browser = PageClient(app);

        clock.Ahead = SignInLinks.Lifetime - TimeSpan.FromSeconds(5);
        var offered = await browser.GetStringAsync($"/sign-in?code={Uri.EscapeDataString(code)}");
        Assert.Contains("<strong>anna</strong>", offered);
        Assert.Contains("code", Form(offered, "code"));

        clock.Ahead = SignInLinks.Lifetime + TimeSpan.FromSeconds(5);
        var expired = await browser.GetStringAsync($"/sign-in?code={Uri.EscapeDataString(code)}");
        Assert.DoesNotContain("<strong>anna</strong>", expired);
        Assert.Empty(Form(expired, "code"));
    }

    [Fact]
    public async Task Given_a_sign_in_form_without_its_antiforgery_token_When_posted_Then_400_and_nobody_is_signed_in()
    {
        using var app = new TildaApp();
        var code = Code(app, "anna", "caseworker");
        using var browser = PageClient(app);
        var fields = Form(await browser.GetStringAsync($"/sign-in?code={Uri.EscapeDataString(code)}"), "code");
        fields.Remove("__RequestVerificationToken");

        await (await browser.PostAsync("/sign-in", new FormUrlEncodedContent(fields))).ShouldBe(HttpStatusCode.BadRequest);

        await SignedOut(browser);
    }

    [Fact]
    public async Task Given_a_session_When_a_casework_form_is_posted_without_its_antiforgery_token_Then_400_and_nothing_is_registered()
    {
        using var app = new TildaApp();
        using var browser = PageClient(app);
        await SignInAsync(app, browser, "anna", "caseworker");
        var fields = Form(await browser.GetStringAsync("/applications/new"), "receivedOn");
        fields.Remove("__RequestVerificationToken");
        fields["receivedOn"] = "2025-03-14";

        await (await browser.PostAsync("/applications/new", new FormUrlEncodedContent(fields))).ShouldBe(HttpStatusCode.BadRequest);

        Assert.Equal(0, (await app.ClientAs("caseworker").GetJson("/api/cases"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Given_a_session_When_the_user_signs_out_Then_the_pages_ask_for_a_sign_in_again_and_a_sign_out_without_its_token_is_refused()
    {
        using var app = new TildaApp();
        using var browser = PageClient(app);
        await SignInAsync(app, browser, "anna", "caseworker");
        await (await browser.GetAsync("/cases")).ShouldBe(HttpStatusCode.OK);

        await (await browser.PostAsync("/sign-out", new FormUrlEncodedContent([]))).ShouldBe(HttpStatusCode.BadRequest);
        await (await browser.GetAsync("/cases")).ShouldBe(HttpStatusCode.OK);

        var signOut = await browser.PostAsync("/sign-out", new FormUrlEncodedContent(Form(await browser.GetStringAsync("/"), "__RequestVerificationToken")));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(SignInLinks.Path, signOut.Headers.Location!.OriginalString);
        await SignedOut(browser);
    }

    [Fact]
    public async Task Given_an_external_issuer_When_a_page_is_opened_without_a_session_Then_the_browser_is_sent_to_its_authorization_endpoint_for_a_code_with_pkce()
    {
        using var app = new TildaApp
        {
            Settings = new Dictionary<string, string?>
            {
                ["Auth:Authority"] = "https://issuer.example", ["Auth:Audience"] = "tilda-api", ["Auth:ClientId"] = "tilda-web",
            },
            // The issuer's metadata as its discovery document would give it, so nothing is fetched from the network.
            ConfigureServices = s => s.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
                {
                    Issuer = "https://issuer.example", AuthorizationEndpoint = "https://issuer.example/authorize",
                    TokenEndpoint = "https://issuer.example/token", EndSessionEndpoint = "https://issuer.example/logout",
                })),
        };
        using var browser = PageClient(app);

        var challenge = await browser.GetAsync("/cases");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.Equal("https://issuer.example/authorize", location.GetLeftPart(UriPartial.Path));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("tilda-web", query["client_id"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal("http://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Contains("openid", query["scope"].ToString().Split(' '));
        // The embedded issuer's sign-in page has nothing to offer here: it sends the browser on to be challenged.
        var signIn = await browser.GetAsync("/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        // The API never redirects: without a token it answers 401.
        await (await browser.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_external_issuer_that_does_not_answer_When_a_page_is_opened_Then_503_saying_the_sign_in_service_cannot_be_reached()
    {
        // .invalid never resolves (RFC 2606): the issuer's discovery document cannot be fetched.
        using var app = TildaApp.WithSettings(("Auth:Authority", "https://issuer.invalid"), ("Auth:Audience", "tilda-api"));
        using var browser = PageClient(app);

        var page = await browser.GetAsync("/cases");

        await page.ShouldBeProblem(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("Auth:Authority", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, null, "http://localhost:5080")]
    [InlineData("urls", "http://*:9000;http://localhost:9001", "http://localhost:9000")]
    [InlineData("HTTP_PORTS", "8080", "http://localhost:8080")]
    [InlineData("HTTPS_PORTS", "8443", "https://localhost:8443")]
    public void Given_where_the_service_listens_When_a_sign_in_link_is_printed_Then_it_points_there(string? key, string? value, string origin)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(key is null ? [] : [new KeyValuePair<string, string?>(key, value)]).Build();

        Assert.Equal($"{origin}/sign-in?code=abc", SignInLinks.Url(configuration, "abc"));
    }

    /// <summary>The real clock moved ahead by <see cref="Ahead"/>.</summary>
    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Ahead;
    }
}
