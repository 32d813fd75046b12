namespace Tilda.Host.Web;

/// <summary>
/// On every response: <c>X-Content-Type-Options: nosniff</c>, so a browser never reads a JSON or CSV body as something
/// else. On every API response: <c>Cache-Control: no-store</c>, as each one is for its caller only — cases carry names
/// and identity codes, and no browser or proxy may keep a copy. Set as the response starts, so that error responses
/// (which clear the headers first) carry them too.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (context.Request.Path.StartsWithSegments("/api")) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
