namespace Tilda.Host.Web;

/// <summary>
/// On every response: <c>X-Content-Type-Options: nosniff</c>, so a browser never reads a JSON or CSV body as something
/// else. On every API response and every page: <c>Cache-Control: no-store</c>, as each one is for its caller only — cases
/// carry names and identity codes, and no browser or proxy may keep a copy. Pages may not be framed and load nothing from
/// elsewhere. Set as the response starts, so that error responses (which clear the headers first) carry them too.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            var page = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
            if (context.Request.Path.StartsWithSegments("/api") || page) headers.CacheControl = "no-store";
            if (page)
            {
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'";
                headers["Referrer-Policy"] = "same-origin";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
