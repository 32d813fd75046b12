using System.Security.Claims;

namespace Tilda.BuildingBlocks.Web;

public static class UserId
{
    /// <summary>The signed-in user's id: the token's subject.</summary>
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity?.Name ?? "unknown";
}
