using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class HostTests(TildaApp app) : IClassFixture<TildaApp>
{
    [Fact]
    public async Task Given_a_started_host_When_probing_health_Then_live_and_ready_without_a_token()
    {
        var anonymous = app.CreateClient();

        await (await anonymous.GetAsync("/health/live")).ShouldBe(HttpStatusCode.OK);
        var ready = await anonymous.GetAsync("/health/ready");
        await ready.ShouldBe(HttpStatusCode.OK);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_the_service_When_reading_the_openapi_document_Then_it_lists_the_contract_routes()
    {
        var document = await app.CreateClient().GetJson("/openapi/v1.json");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/applications", paths);
        Assert.Contains("/api/cases/{caseId}/person", paths);
        Assert.Contains("/api/decisions/admission", paths);
        Assert.Contains("/api/code-lists", paths);
    }

    [Theory]
    [InlineData("caseworker")]
    [InlineData("statistician")]
    [InlineData("auditor")]
    [InlineData("admin")]
    public async Task Given_any_role_When_reading_code_lists_Then_codes_come_with_finnish_swedish_and_english_labels(string role)
    {
        var lists = await app.ClientAs(role).GetJson("/api/code-lists");

        var referrers = lists["referrerType"]!.AsArray();
        Assert.Equal(13, referrers.Count);
        var parish = referrers.Single(c => c!["code"]!.GetValue<string>() == "parish")!;
        Assert.Equal("Seurakunta", parish["label"]!["fi"]!.GetValue<string>());
        Assert.Equal("Församling", parish["label"]!["sv"]!.GetValue<string>());
        Assert.Equal("Parish", parish["label"]!["en"]!.GetValue<string>());
        var citizenships = lists["citizenship"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("NGA", citizenships);
        Assert.Contains("stateless", citizenships);
        Assert.True(citizenships.Count > 240, $"Only {citizenships.Count} citizenship codes");
        foreach (var name in new[] { "channel", "sex", "residenceStatus", "exploitationForm", "exploitationLocation", "applicantRole", "rejectionReason", "removalReason" })
            Assert.NotEmpty(lists[name]!.AsArray());
    }

    [Fact]
    public async Task Given_a_search_by_name_When_it_is_traced_Then_spans_carry_the_route_but_not_the_name()
    {
        var spans = new CapturingSpans();
        using var traced = TildaApp.WithServices(s => s.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(spans)));
        var caseworker = traced.ClientAs("caseworker");

        await caseworker.GetJson("/api/cases?q=Jäljittämätön");
        await caseworker.RegisterAsync(Api.Application(givenNames: "Jäljittämätön"));

        await Eventually.Until(() => Task.FromResult(spans.Ended.Count(a => a.Source.Name == "Microsoft.AspNetCore") >= 2), what: "request spans");
        await Eventually.Until(() => Task.FromResult(spans.Ended.Any(a => a.Source.Name == "Tilda.Outbox")), what: "an outbox delivery span");
        foreach (var span in spans.Ended)
        {
            Assert.DoesNotContain("Jäljittämätön", span.DisplayName);
            Assert.DoesNotContain(span.TagObjects, t => Uri.UnescapeDataString(t.Value?.ToString() ?? "").Contains("Jäljittämätön"));
        }
    }

    private sealed class CapturingSpans : BaseProcessor<Activity>
    {
        public ConcurrentQueue<Activity> Ended { get; } = new();
        public override void OnEnd(Activity data) => Ended.Enqueue(data);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    public void Given_a_disclosure_threshold_below_three_When_the_service_starts_Then_it_refuses(string threshold)
    {
        using var unsafeApp = TildaApp.WithSettings(("Statistics:Disclosure:Threshold", threshold));

        var error = Assert.ThrowsAny<Exception>(() => unsafeApp.CreateClient());

        Assert.Contains("Statistics:Disclosure:Threshold", error.ToString());
    }

    [Theory]
    [InlineData("PostgreSql", "Host=127.0.0.1;Port=1;Username=tilda", "Statistics:PseudonymKey", "Auth__SigningKey", "a-shared-signing-key-of-at-least-32-bytes!!")]
    [InlineData("PostgreSql", "Host=127.0.0.1;Port=1;Username=tilda", "Auth:SigningKey", "Statistics__PseudonymKey", "a-shared-pseudonym-key-of-at-least-32-bytes!")]
    [InlineData("SqlServer", "Server=127.0.0.1,1;TrustServerCertificate=true", "Statistics:PseudonymKey", "Auth__SigningKey", "a-shared-signing-key-of-at-least-32-bytes!!")]
    [InlineData("SqlServer", "Server=127.0.0.1,1;TrustServerCertificate=true", "Auth:SigningKey", "Statistics__PseudonymKey", "a-shared-pseudonym-key-of-at-least-32-bytes!")]
    public async Task Given_a_server_database_without_a_shared_secret_When_the_service_starts_Then_it_refuses_and_says_what_to_set(
        string provider, string connectionString, string missing, string setName, string setValue)
    {
        var (exitCode, _, error) = await HostProcess.RunAsync([],
            ("Database__Provider", provider),
            ("ConnectionStrings__Tilda", connectionString),
            ("Auth__SigningKey", ""),
            (setName, setValue));

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"{missing} must be set when Database:Provider is {provider}", error);
    }

    [Fact]
    public async Task Given_an_external_issuer_without_an_audience_When_the_service_starts_Then_it_refuses_and_says_what_to_set()
    {
        var (exitCode, _, error) = await HostProcess.RunAsync([], ("Auth__Authority", "https://login.example.org"), ("Urls", "http://127.0.0.1:0"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Auth:Authority is set but Auth:Audience is not: set Auth:Audience", error);
    }

    [Fact]
    public async Task Given_no_token_When_reading_code_lists_Then_401_problem()
    {
        await (await app.CreateClient().GetAsync("/api/code-lists")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_unknown_route_When_called_Then_404_problem()
    {
        await (await app.ClientAs("caseworker").GetAsync("/api/nothing-here")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_the_token_verb_When_run_as_a_process_Then_it_prints_only_a_jwt_the_service_accepts()
    {
        var (exitCode, output, _) = await HostProcess.RunAsync(["token", "--user", "anna", "--role", "caseworker", "--role", "decision-maker"]);

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var token = Assert.Single(lines).Trim();
        Assert.Equal(3, token.Split('.').Length);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var (applicationId, _) = await client.RegisterAsync();
        await client.DecideAsync(Api.Admission(applicationId));
    }

    [Theory]
    [InlineData("--user", "anna", "--role", "superuser")]
    [InlineData("--role", "caseworker")]
    public async Task Given_bad_token_arguments_When_run_Then_it_fails_with_a_message(params string[] arguments)
    {
        var (exitCode, output, error) = await HostProcess.RunAsync(["token", .. arguments]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output.Trim());
        Assert.NotEqual("", error.Trim());
    }

    [Fact]
    public async Task Given_an_external_issuer_is_configured_When_asking_for_a_token_Then_it_is_refused()
    {
        var (exitCode, output, error) = await HostProcess.RunAsync(["token", "--user", "anna", "--role", "caseworker"], ("Auth__Authority", "https://login.example.org"));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output.Trim());
        Assert.Contains("Auth:Authority", error);
    }

    [Fact]
    public async Task Given_requests_with_names_When_the_host_logs_Then_no_name_or_birth_date_or_search_text_is_logged()
    {
        var logs = new CapturingLoggerProvider();
        using var logged = TildaApp.WithServices(s => s.AddSingleton<ILoggerProvider>(logs));
        var caseworker = logged.ClientAs("caseworker");
        var body = Api.Application(givenNames: "Lokimaton", surname: "Salaisuus");
        body["person"]!["personalIdentityCode"] = "010296-1230";
        var (applicationId, caseId) = await caseworker.RegisterAsync(body);
        await caseworker.GetJson($"/api/cases?q=Salaisuus");
        await caseworker.PostRaw("/api/applications", """{ "person": { "givenNames": 12 } }""");
        await logged.ClientAs("decision-maker").DecideAsync(Api.Admission(applicationId));
        await caseworker.WaitForCaseStatus(caseId, "client");

        Assert.NotEmpty(logs.Messages);
        Assert.Contains(logs.Messages, m => m.Contains("/api/applications", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains("Lokimaton") || m.Contains("Salaisuus") || m.Contains("010296") || m.Contains("1996-02-01"));
    }

}
