using System.Security.Cryptography;
using System.Text;

namespace Tilda.Modules.Statistics.Facts;

/// <summary>
/// Turns ids into pseudonyms with a keyed hash (HMAC-SHA-256). The key lives outside the statistics store
/// (configuration, or a file in the data folder), so the store alone cannot be linked back to a case.
/// </summary>
internal sealed class Pseudonymizer(PseudonymKey key)
{
    public string Subject(Guid caseId) => Hash("case", caseId, 64);

    /// <summary>One admission and what ends it (a removal) share this pseudonym.</summary>
    public string Episode(Guid admissionDecisionId) => Hash("admission", admissionDecisionId, 32);

    private string Hash(string kind, Guid id, int length) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes($"{kind}:{id:N}")))[..length];
}

/// <summary>The pseudonymisation key (at least 32 bytes).</summary>
internal sealed record PseudonymKey(byte[] Bytes);
