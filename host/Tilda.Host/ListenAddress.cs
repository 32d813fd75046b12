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
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured) builder.WebHost.UseUrls(Default);
    }
}
