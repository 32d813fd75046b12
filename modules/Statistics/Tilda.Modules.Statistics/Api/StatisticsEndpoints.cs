using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.Statistics.Definitions;
using Tilda.Modules.Statistics.Rebuild;
using Tilda.Modules.Statistics.Releases;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Api;

internal static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var statistics = endpoints.MapGroup("/api/statistics").RequireAuthorization(Policies.Statistics).WithTags("Statistics");

        statistics.MapGet("/indicators", async (StatisticsQueries queries, CancellationToken ct) => Results.Ok(await queries.ListAsync(ct)));

        statistics.MapGet("/indicators/{id}", async (string id, int? year, DateOnly? from, DateOnly? to, string? format, StatisticsQueries queries,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (content, contentType) = await queries.TableAsync(id, StatisticsPeriod.ForReading(year, from, to), format, UserId.Of(user), ct);
            return Results.Text(content, contentType);
        });

        statistics.MapGet("/reports/annual/{year:int}", async (int year, StatisticsQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Text(await queries.AnnualReportAsync(year, UserId.Of(user), ct), "application/json; charset=utf-8"));

        statistics.MapGet("/facts", (StatisticsQueries queries) => Results.Ok(queries.FactCatalogue()));

        statistics.MapPost("/releases", async (ReleaseRequest request, ReleaseService releases, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var release = await releases.CreateAsync(request, UserId.Of(user), ct);
            return Results.Created($"/api/statistics/releases/{release.Id}", release);
        });

        statistics.MapGet("/releases", async (DateOnly? from, DateOnly? to, string? pack, ReleaseService releases, CancellationToken ct) =>
            Results.Ok(await releases.ListAsync(from, to, pack, ct)));

        statistics.MapGet("/releases/{id:guid}", async (Guid id, string? format, ReleaseService releases, HttpResponse response, CancellationToken ct) =>
        {
            ReleaseExports.EnsureKnown(format);
            var (document, hash) = await releases.GetAsync(id, ct);
            response.Headers.ETag = $"\"{hash}\"";
            var export = ReleaseExports.Of(document, format);
            return Results.Bytes(export.Content, export.ContentType);
        });

        // The web interface's downloads: the same exports, for the statistician's browser session.
        endpoints.MapGet("/statistics/releases/{id:guid}/download/{format}", async (Guid id, string format, ReleaseService releases, CancellationToken ct) =>
        {
            ReleaseExports.EnsureKnown(format);
            var (document, _) = await releases.GetAsync(id, ct);
            var export = ReleaseExports.Of(document, format);
            return Results.File(export.Content, export.ContentType, $"tilda-release-{id}.{export.Extension}");
        }).RequireAuthorization(Policies.Statistics).ExcludeFromDescription();

        var admin = endpoints.MapGroup("/api/statistics").RequireAuthorization(Policies.Administration).WithTags("Statistics administration");

        admin.MapGet("/indicator-definitions", async (DefinitionService definitions, CancellationToken ct) => Results.Ok(await definitions.ListAsync(ct)));
        admin.MapGet("/indicator-definitions/{id}", async (string id, int? version, DefinitionService definitions, CancellationToken ct) =>
            Results.Ok(await definitions.GetAsync(id, version, ct)));
        admin.MapPost("/indicator-definitions", async (IndicatorDefinition definition, DefinitionService definitions, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await definitions.CreateAsync(definition, UserId.Of(user), ct);
            return Results.Created($"/api/statistics/indicator-definitions/{created.Id}", created);
        });
        admin.MapPut("/indicator-definitions/{id}", async (string id, IndicatorDefinition definition, DefinitionService definitions, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await definitions.UpdateAsync(id, definition, UserId.Of(user), ct)));
        admin.MapDelete("/indicator-definitions/{id}", async (string id, DefinitionService definitions, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await definitions.DeleteAsync(id, UserId.Of(user), ct);
            return Results.NoContent();
        });
        admin.MapPost("/rebuild", async (StatisticsRebuild rebuild, CancellationToken ct) => Results.Ok(await rebuild.RebuildAsync(ct)));

        return endpoints;
    }
}
