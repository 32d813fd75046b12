namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>
/// Arithmetic modulo the Mersenne prime p = 2⁶¹ − 1. The linear algebra of the joint disclosure control runs here rather
/// than over the rationals: a rational identity between published values holds modulo p, and the converse fails only when
/// p divides one of a few integers of bounded size — for a 61-bit prime, a chance below 10⁻¹⁵ per release. Where it would
/// fail the test is merely stricter (a value suppressed that need not be), never weaker in the other direction by more
/// than that chance.
/// </summary>
internal static class Fp
{
    public const ulong P = (1UL << 61) - 1;

    public static ulong Of(long value) => value >= 0 ? (ulong)value % P : P - (ulong)(-value) % P;

    public static ulong Add(ulong a, ulong b)
    {
        var s = a + b;
        return s >= P ? s - P : s;
    }


    public static ulong Neg(ulong a) => a == 0 ? 0 : P - a;

    public static ulong Mul(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        // a·b = high·2⁶⁴ + low; 2⁶¹ ≡ 1, so fold the bits above 61.
        var folded = (low & P) + ((low >> 61) | (high << 3));
        return folded >= P ? folded - P : folded;
    }

    public static ulong Inverse(ulong a)
    {
        if (a == 0) throw new DivideByZeroException("Zero has no inverse.");
        ulong result = 1, power = a;
        for (var e = P - 2; e > 0; e >>= 1)
        {
            if ((e & 1) == 1) result = Mul(result, power);
            power = Mul(power, power);
        }
        return result;
    }
}
