namespace Tilda.Host;

/// <summary>
/// Where the service listens. The hosting conventions come first — <c>Urls</c> / <c>ASPNETCORE_URLS</c> / <c>--urls</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c> and <c>ASPNETCORE_HTTPS_PORTS</c> (what container images set), Kestrel endpoints in
/// configuration; only when none of them says anything does the service take its own default.
/// </summary>
internal static class ListenAddress
{
    public const string Default = "http://localhost:5080";

    public static void UseDefaultWhenUnset(this WebApplicationBuilder builder)
    {
        if (Configured(builder.Configuration) is null && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
            builder.WebHost.UseUrls(Default);
    }

    /// <summary>The first address those conventions give, in their order; null when none of them says anything.</summary>
    public static string? Configured(IConfiguration configuration)
    {
        static string? First(string? list) => list?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (First(configuration[WebHostDefaults.ServerUrlsKey]) is { } url) return url;
        if (First(configuration[WebHostDefaults.HttpPortsKey]) is { } http) return $"http://localhost:{http}";
        if (First(configuration[WebHostDefaults.HttpsPortsKey]) is { } https) return $"https://localhost:{https}";
        return configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));
    }
}
