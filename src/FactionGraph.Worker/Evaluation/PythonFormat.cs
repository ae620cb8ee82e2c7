using System.Globalization;
using System.Numerics;

namespace FactionGraph.Worker.Evaluation;

/// <summary>
/// Numbers printed as Python's "{x:.2f}" prints them: the exact binary value rounded half to even. .NET's "F2"
/// rounds an exact tie such as 0.125 away from zero, which would print 0.13 where score.py prints 0.12.
/// </summary>
public static class PythonFormat
{
    public static string Fixed2(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return value.ToString(CultureInfo.InvariantCulture);
        var negative = value < 0;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075; // value = mantissa * 2^exponent, exactly
        BigInteger hundredths;
        if (exponent >= 0) hundredths = new BigInteger(mantissa) * 100 << exponent;
        else
        {
            var denominator = BigInteger.One << -exponent;
            hundredths = BigInteger.DivRem(new BigInteger(mantissa) * 100, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !hundredths.IsEven)) hundredths += 1;
        }
        var digits = hundredths.ToString(CultureInfo.InvariantCulture).PadLeft(3, '0');
        return $"{(negative ? "-" : "")}{digits[..^2]}.{digits[^2..]}";
    }
}
