using System.Diagnostics;

namespace Tilda.Host.Web;

/// <summary>One line per request: method, route template, status, duration. Never the query string (it may hold a
/// name being searched for), never a body.</summary>
internal sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        // Read before the request runs: the exception handler clears the endpoint of a failed request.
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        try
        {
            await next(context);
        }
        finally
        {
            LogRequest(logger, context.Request.Method, route, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, Activity.Current?.TraceId.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} → {StatusCode} in {ElapsedMs:0.0} ms (trace {TraceId})")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double elapsedMs, string? traceId);
}
