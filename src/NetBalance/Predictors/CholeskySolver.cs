namespace NetBalance;

/// <summary>
/// Solves small symmetric positive (semi-)definite systems by Cholesky factorisation, without allocating: the
/// thousands of order-p solves a report needs (one per load series) stay off the heap.
/// </summary>
/// <remarks>
/// A hand-written solver rather than MathNet.Numerics: its dense matrices allocate per solve, and the systems
/// here are at most 33 x 33. Matrices are lower triangles packed by rows: entry (i, j), j &lt;= i, is at
/// <c>i (i + 1) / 2 + j</c>.
/// </remarks>
internal static class CholeskySolver
{
    /// <summary>
    /// Solves <c>A x = b</c> after Jacobi scaling: with <c>s_i = 1 / sqrt(A_ii)</c> (0 for a zero column) it factors
    /// <c>S A S + ridge I</c> and returns <c>x = S y</c>.
    /// </summary>
    /// <param name="matrix">A, lower triangle packed by rows.</param>
    /// <param name="rhs">b.</param>
    /// <param name="size">The dimension n.</param>
    /// <param name="ridge">Added to every diagonal entry of the scaled matrix (whose diagonal is 1).</param>
    /// <param name="minPivot">The smallest pivot accepted.</param>
    /// <param name="factor">Scratch for the factor, as long as <paramref name="matrix"/>.</param>
    /// <param name="scale">Scratch, n long.</param>
    /// <param name="solution">Receives x, n long.</param>
    /// <returns>False when a pivot is below <paramref name="minPivot"/> or not finite.</returns>
    public static bool TrySolveScaled(
        ReadOnlySpan<double> matrix, ReadOnlySpan<double> rhs, int size, double ridge, double minPivot,
        Span<double> factor, Span<double> scale, Span<double> solution)
    {
        for (var i = 0; i < size; i++)
        {
            var diagonal = matrix[Index(i, i)];
            scale[i] = diagonal > 0 ? 1 / Math.Sqrt(diagonal) : 0;
        }

        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                factor[Index(i, j)] = i == j ? 1 + ridge : scale[i] * scale[j] * matrix[Index(i, j)];
            }
        }

        if (!TryFactor(factor, size, minPivot))
        {
            return false;
        }

        for (var i = 0; i < size; i++)
        {
            solution[i] = scale[i] * rhs[i];
        }

        Solve(factor, size, solution);
        for (var i = 0; i < size; i++)
        {
            solution[i] *= scale[i];
        }

        return true;
    }

    private static int Index(int i, int j) => (i * (i + 1) / 2) + j;

    /// <summary>Replaces the packed matrix with its Cholesky factor L (A = L L').</summary>
    private static bool TryFactor(Span<double> a, int size, double minPivot)
    {
        for (var i = 0; i < size; i++)
        {
            var rowI = Index(i, 0);
            for (var j = 0; j <= i; j++)
            {
                var rowJ = Index(j, 0);
                var sum = a[rowI + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= a[rowI + k] * a[rowJ + k];
                }

                if (i != j)
                {
                    a[rowI + j] = sum / a[rowJ + j];
                }
                else if (sum >= minPivot && double.IsFinite(sum))
                {
                    a[rowI + i] = Math.Sqrt(sum);
                }
                else
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Solves L L' x = b in place (b in, x out).</summary>
    private static void Solve(ReadOnlySpan<double> l, int size, Span<double> x)
    {
        for (var i = 0; i < size; i++)
        {
            var row = Index(i, 0);
            var sum = x[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[row + k] * x[k];
            }

            x[i] = sum / l[row + i];
        }

        for (var i = size - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var k = i + 1; k < size; k++)
            {
                sum -= l[Index(k, i)] * x[k];
            }

            x[i] = sum / l[Index(i, i)];
        }
    }
}
