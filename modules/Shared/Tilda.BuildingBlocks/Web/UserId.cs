using System.Security.Claims;

namespace Tilda.BuildingBlocks.Web;

public static class UserId
{
    /// <summary>The longest subject a token may carry: what the audit log and the decisions store as the user.</summary>
    public const int MaxLength = 100;

    /// <summary>The signed-in user's id: the token's subject (every accepted token has one, at most <see cref="MaxLength"/> long).</summary>
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity?.Name ?? "unknown";
}
