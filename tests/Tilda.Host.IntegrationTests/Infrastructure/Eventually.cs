namespace Tilda.Host.IntegrationTests.Infrastructure;

/// <summary>Waits for eventual consistency by polling with a deadline — never a bare sleep.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out waiting for {what ?? "the condition"}; last value: {value}");
            await Task.Delay(20);
        }
    }

    public static Task Until(Func<Task<bool>> probe, TimeSpan? timeout = null, string? what = null) =>
        Until(probe, ok => ok, timeout, what);
}
