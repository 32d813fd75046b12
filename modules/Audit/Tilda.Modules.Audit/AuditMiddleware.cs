using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.Audit.Contracts;

namespace Tilda.Modules.Audit;

/// <summary>
/// Puts every case access on record before its response leaves (docs/adr/0005-audit-before-the-change.md). The response
/// of an authorised route is held until the request's audit entries are stored: if they cannot be, and nothing was
/// changed, the caller gets 503 and no case data; if a change was made (its attempt is already on record), the caller
/// gets the real outcome. A refused (403) attempt on a case route is recorded too — who tried is what an auditor looks for.
/// </summary>
internal sealed partial class AuditMiddleware(RequestDelegate next, IProblemDetailsService problems, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, IAuditTrail auditTrail)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IAuthorizeData>() is null || auditTrail is not RequestAuditTrail trail)
        {
            await next(context);
            return;
        }
        // Read before the request runs: the exception handler clears the endpoint of a failed request.
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "";
        trail.Begin(context, route);

        var response = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var held = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(held));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(response);
        }

        var status = context.Response.StatusCode;
        if (status == StatusCodes.Status403Forbidden && trail.IsEmpty && IsCaseRoute(endpoint))
            trail.Refused(CaseIdOf(context), HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) ? AuditEntry.Read : AuditEntry.Changed);
        if (!trail.IsEmpty)
        {
            try
            {
                await trail.EndAsync(status);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (!trail.HasRecordedChanges)
                {
                    LogRefused(logger, e.GetType().FullName, route);
                    await RefuseAsync(context);
                    return;
                }
                LogOutcomeNotRecorded(logger, e.GetType().FullName, route, status);
            }
        }
        if (held.Length > 0 && context.Response.ContentLength is null) context.Response.ContentLength = held.Length;
        held.Position = 0;
        await held.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>The routes of casework and decisions: everything they answer is about a case.</summary>
    private static bool IsCaseRoute(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is Policies.Casework or Policies.Decisions);

    private static Guid? CaseIdOf(HttpContext context) =>
        Guid.TryParse(context.Request.RouteValues["caseId"]?.ToString(), out var caseId) ? caseId : null;

    private async Task RefuseAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service cannot do this now.",
                Detail = "The access could not be put on record in the audit log, so nothing is shown; try again later.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit log could not be written ({ExceptionType}) for {Route}; the response was withheld (503)")]
    private static partial void LogRefused(ILogger logger, string? exceptionType, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outcome ({StatusCode}) of a change on {Route} could not be added to its audit entry ({ExceptionType}); the attempt is on record without it")]
    private static partial void LogOutcomeNotRecorded(ILogger logger, string? exceptionType, string route, int statusCode);
}
