namespace Tilda.Modules.Audit;

/// <summary>A used one-time sign-in link: the SHA-256 of its code (hex), who signed in with it, and when.</summary>
internal sealed class SignInLink
{
    public const int HashLength = 64;

    private SignInLink() { }

    public SignInLink(string codeHash, string user, DateTime usedAt)
    {
        CodeHash = codeHash;
        User = user;
        UsedAt = usedAt;
    }

    public string CodeHash { get; private set; } = "";
    public string User { get; private set; } = "";
    public DateTime UsedAt { get; private set; }
}
