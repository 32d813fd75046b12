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

    /// <summary>Reads a secret from the data folder, generating it once (random, 256 bits) when absent.</summary>
    public static byte[] SecretFile(string folder, string fileName)
    {
        var file = System.IO.Path.Combine(folder, fileName);
        if (!File.Exists(file))
        {
            var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            try
            {
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                using var writer = new StreamWriter(stream);
                writer.Write(secret);
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process created it first; use theirs.
            }
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return Convert.FromBase64String(File.ReadAllText(file).Trim());
    }
}
