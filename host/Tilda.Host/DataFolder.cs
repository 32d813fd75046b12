using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Host;

/// <summary>The embedded default's local folder (<c>Tilda:DataPath</c>, default <c>data</c> under the content root):
/// the SQLite file and the keys generated on first start live here.</summary>
internal static class DataFolder
{
    public static string Path(IConfiguration configuration, string contentRoot)
    {
        var path = System.IO.Path.GetFullPath(configuration["Tilda:DataPath"] ?? "data", contentRoot);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// A secret from configuration; on the embedded default, generated once into the data folder when not configured.
    /// On a server database (PostgreSQL, SQL Server) several instances share one database, so they must share the secret
    /// too: it must be configured.
    /// </summary>
    public static byte[] Secret(IConfiguration configuration, string contentRoot, string key, string fileName)
    {
        var configured = configuration[key];
        if (!string.IsNullOrWhiteSpace(configured)) return System.Text.Encoding.UTF8.GetBytes(configured);
        var database = DatabaseSettings.From(configuration, contentRoot);
        if (database.IsServer)
            throw new InvalidOperationException(
                $"{key} must be set when Database:Provider is {database.Provider}: every instance must use the same value. " +
                $"Set it (e.g. the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}) to a random string of at least 32 characters.");
        return SecretFile(Path(configuration, contentRoot), fileName);
    }

    /// <summary>Reads a secret from the data folder, generating it once (random, 256 bits) when absent.</summary>
    private static byte[] SecretFile(string folder, string fileName)
    {
        var file = System.IO.Path.Combine(folder, fileName);
        if (!File.Exists(file))
        {
            // Written aside and moved into place: an instance starting at the same moment sees the whole key or none.
            var draft = $"{file}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(draft, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(draft, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            try
            {
                File.Move(draft, file, overwrite: false);
            }
            catch (IOException) when (File.Exists(file))
            {
                File.Delete(draft); // another process was first; use its key
            }
        }
        return Convert.FromBase64String(File.ReadAllText(file).Trim());
    }
}
