using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Tilda.Modules.Statistics.Facts;

/// <summary>
/// Turns ids into pseudonyms with a keyed hash (HMAC-SHA-256). The key lives outside the statistics store
/// (configuration, or a file in the data folder), so the store alone cannot be linked back to a case. A person's subject
/// and an admission's episode are 64-bit values taken from the hash (a collision among a million persons has a
/// probability below 10⁻⁷ and would merge two persons in the counts, never reveal one).
/// </summary>
internal sealed class Pseudonymizer(PseudonymKey key)
{
    public long Subject(Guid caseId) => BinaryPrimitives.ReadInt64BigEndian(Hash("case", caseId));

    /// <summary>One admission and what ends it (a removal) share this pseudonym.</summary>
    public long Episode(Guid admissionDecisionId) => BinaryPrimitives.ReadInt64BigEndian(Hash("admission", admissionDecisionId));

    /// <summary>The inbox key of an event.</summary>
    public Guid Event(Guid eventId) => new(Hash("event", eventId).AsSpan(0, 16));

    private byte[] Hash(string kind, Guid id) => HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes($"{kind}:{id:N}"));
}

/// <summary>The pseudonymisation key (at least 32 bytes).</summary>
internal sealed record PseudonymKey(byte[] Bytes);
