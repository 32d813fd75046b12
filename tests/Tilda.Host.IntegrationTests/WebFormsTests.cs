using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;
using static Tilda.Host.IntegrationTests.Infrastructure.WebPages;

namespace Tilda.Host.IntegrationTests;

/// <summary>The web interface's forms over HTTP: what a rule refuses comes back on the form, next to the field.</summary>
public sealed class WebFormsTests
{
    [Fact]
    public async Task Given_the_person_form_with_the_surname_emptied_When_saved_Then_422_with_the_error_at_the_surname_and_the_person_unchanged()
    {
        using var app = new TildaApp();
        var casework = app.ClientAs("caseworker");
        var (_, caseId) = await casework.RegisterAsync();
        var person = (await casework.GetJson($"/api/cases/{caseId}"))["person"]!;
        using var browser = PageClient(app);
        await SignInAsync(app, browser, "anna", "caseworker");

        var fields = Form(await browser.GetStringAsync($"/cases/{caseId}/person"), "Form.Version").ToList();
        fields.AddRange(new Dictionary<string, string>
        {
            ["Form.GivenNames"] = (string)person["givenNames"]!, ["Form.Surname"] = "", ["Form.BirthDate"] = (string)person["birthDate"]!,
            ["Form.Sex"] = (string)person["sex"]!, ["Form.ResidenceStatus"] = (string)person["residenceStatus"]!,
        });
        fields.AddRange(person["citizenships"]!.AsArray().Select(c => new KeyValuePair<string, string>("Form.Citizenships", (string)c!)));
        var saved = await browser.PostAsync($"/cases/{caseId}/person", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, saved.StatusCode);
        Assert.Contains($"id=\"{Tilda.BuildingBlocks.Web.Ui.FormErrors.IdOf("surname")}\"", await saved.Content.ReadAsStringAsync());
        Assert.Equal((string)person["surname"]!, (string?)(await casework.GetJson($"/api/cases/{caseId}"))["person"]!["surname"]);
    }
}
