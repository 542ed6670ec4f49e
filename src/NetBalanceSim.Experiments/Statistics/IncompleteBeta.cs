namespace NetBalanceSim.Experiments.Statistics;

/// <summary>The regularized incomplete beta function I_x(a, b).</summary>
/// <remarks>
/// Evaluated by its continued fraction (Abramowitz and Stegun 26.5.8) with the modified Lentz method, using the
/// symmetry I_x(a, b) = 1 - I_{1-x}(b, a) where the fraction converges slowly. ln Gamma is Lanczos's
/// approximation with g = 7 and nine coefficients (Lanczos 1964; the coefficients as tabulated by Godfrey).
/// </remarks>
internal static class IncompleteBeta
{
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    public static double Regularized(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }
        if (x >= 1)
        {
            return 1;
        }
        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x));
        return x < (a + 1) / (a + b + 2)
            ? Math.Exp(logFront) * ContinuedFraction(a, b, x) / a
            : 1 - (Math.Exp(logFront) * ContinuedFraction(b, a, 1 - x) / b);
    }

    public static double LogGamma(double z)
    {
        if (z < 0.5)
        {
            // Reflection: Gamma(z) Gamma(1 - z) = pi / sin(pi z).
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * z))) - LogGamma(1 - z);
        }
        z -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (z + i);
        }
        var t = z + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((z + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        double c = 1, d = 1 - ((a + b) * x / (a + 1));
        d = 1 / NonZero(d);
        var result = d;
        for (var m = 1; m <= 300; m++)
        {
            var even = m * (b - m) * x / ((a + (2 * m) - 1) * (a + (2 * m)));
            d = 1 / NonZero(1 + (even * d));
            c = NonZero(1 + (even / c));
            result *= d * c;
            var odd = -(a + m) * (a + b + m) * x / ((a + (2 * m)) * (a + (2 * m) + 1));
            d = 1 / NonZero(1 + (odd * d));
            c = NonZero(1 + (odd / c));
            var delta = d * c;
            result *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }
        return result;
    }

    private static double NonZero(double value) => Math.Abs(value) < Tiny ? Tiny : value;
}
