namespace NetBalance;

/// <summary>
/// Solves small symmetric positive (semi-)definite systems by Cholesky factorisation, in place and without
/// allocating: the thousands of order-p solves a report needs (one per load series) stay off the heap.
/// </summary>
/// <remarks>
/// A hand-written solver rather than MathNet.Numerics: its dense matrices and factorisations are objects allocated
/// per solve, and the systems here are at most 33 x 33. Matrices are lower triangles packed by rows: entry (i, j),
/// j &lt;= i, is at <c>i (i + 1) / 2 + j</c>.
/// </remarks>
internal static class CholeskySolver
{
    /// <summary>
    /// Solves <c>A x = b</c> after Jacobi scaling: with <c>s_i = 1 / sqrt(A_ii)</c> (0 for a zero column) it factors
    /// <c>S A S + ridge I</c> (whose diagonal is <c>1 + ridge</c>) and returns <c>x = S y</c>.
    /// </summary>
    /// <param name="matrix">A, lower triangle packed by rows; overwritten by the factor.</param>
    /// <param name="vector">b on entry, x on return.</param>
    /// <param name="size">The dimension n.</param>
    /// <param name="ridge">Added to every diagonal entry of the scaled matrix.</param>
    /// <param name="minPivot">The smallest pivot accepted.</param>
    /// <param name="scratch">Scratch, 2n long.</param>
    /// <returns>False (and <paramref name="vector"/> unspecified) when a pivot is below <paramref name="minPivot"/> or not finite.</returns>
    public static bool TrySolveScaled(Span<double> matrix, Span<double> vector, int size, double ridge, double minPivot, Span<double> scratch)
    {
        var scale = scratch[..size];
        var inverseDiagonal = scratch.Slice(size, size);
        for (var i = 0; i < size; i++)
        {
            var diagonal = matrix[Index(i, i)];
            scale[i] = diagonal > 0 ? 1 / Math.Sqrt(diagonal) : 0;
        }

        for (var i = 0; i < size; i++)
        {
            var row = Index(i, 0);
            for (var j = 0; j < i; j++)
            {
                matrix[row + j] *= scale[i] * scale[j];
            }

            matrix[row + i] = 1 + ridge;
            vector[i] *= scale[i];
        }

        if (!TryFactor(matrix, size, minPivot, inverseDiagonal))
        {
            return false;
        }

        Solve(matrix, size, inverseDiagonal, vector);
        for (var i = 0; i < size; i++)
        {
            vector[i] *= scale[i];
        }

        return true;
    }

    private static int Index(int i, int j) => (i * (i + 1) / 2) + j;

    /// <summary>Replaces the packed matrix with its Cholesky factor L (A = L L'), keeping 1 / L_ii apart.</summary>
    private static bool TryFactor(Span<double> a, int size, double minPivot, Span<double> inverseDiagonal)
    {
        for (var i = 0; i < size; i++)
        {
            var rowI = a.Slice(Index(i, 0), i + 1);
            for (var j = 0; j <= i; j++)
            {
                var rowJ = a.Slice(Index(j, 0), j);
                var sum = rowI[j];
                for (var k = 0; k < j; k++)
                {
                    sum -= rowI[k] * rowJ[k];
                }

                if (i != j)
                {
                    rowI[j] = sum * inverseDiagonal[j];
                }
                else if (sum >= minPivot && double.IsFinite(sum))
                {
                    rowI[i] = Math.Sqrt(sum);
                    inverseDiagonal[i] = 1 / rowI[i];
                }
                else
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Solves L L' x = b in place (b in, x out), reading L by rows only.</summary>
    private static void Solve(ReadOnlySpan<double> l, int size, ReadOnlySpan<double> inverseDiagonal, Span<double> x)
    {
        for (var i = 0; i < size; i++)
        {
            var row = l.Slice(Index(i, 0), i);
            var sum = x[i];
            for (var k = 0; k < i; k++)
            {
                sum -= row[k] * x[k];
            }

            x[i] = sum * inverseDiagonal[i];
        }

        for (var i = size - 1; i >= 0; i--)
        {
            x[i] *= inverseDiagonal[i];
            var row = l.Slice(Index(i, 0), i);
            for (var k = 0; k < i; k++)
            {
                x[k] -= row[k] * x[i];
            }
        }
    }
}
