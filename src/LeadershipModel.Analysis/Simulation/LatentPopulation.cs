using LeadershipModel.Internal;
namespace LeadershipModel.Analysis.Simulation;

/// <summary>The population from which <see cref="ResponseSimulator"/> draws each target's true latent scores.</summary>
/// <remarks>
/// <para>Every dimension of the instrument gets a management score <c>θ_M</c> and a leadership score <c>θ_L</c>,
/// bivariate normal with correlation <see cref="PoleCorrelation"/>:
/// <c>θ_M = μ_M + σ_M·z₁</c>, <c>θ_L = μ_L + σ_L·(ρ·z₁ + √(1 − ρ²)·z₂)</c>. A positive correlation makes
/// integrators (both high) and disengaged people (both low) common; a negative one makes people lean to one pole.
/// A dimension's orientation score, which bipolar items measure, is <c>θ_O = (θ_L − θ_M)/√2</c>. Each power base and
/// construct the instrument measures gets an independent score.</para>
/// <para><b>Correlated dimensions.</b> By default dimensions are independent. With <see cref="CommonFactorLoading"/> λ,
/// every pair of dimensions correlates λ² (one common factor); with <see cref="DimensionCorrelations"/>, a full
/// correlation matrix Φ. Then, with Φ = CCᵀ (Cholesky), <c>u = C·z₁</c> and <c>v = C·z₂</c> for independent standard
/// normal vectors, <c>θ_M = μ_M + σ_M·u</c> and <c>θ_L = μ_L + σ_L·(ρu + √(1 − ρ²)v)</c>: the management scores of two
/// dimensions correlate Φ_de, so do the leadership scores, and M of one with L of another ρΦ_de.</para>
/// <para>This type is immutable and thread-safe. Its checks run in the <c>init</c> accessors.</para>
/// </remarks>
public sealed record LatentPopulation
{
    private readonly LatentDistribution _management = LatentDistribution.Standard;
    private readonly LatentDistribution _leadership = LatentDistribution.Standard;
    private readonly LatentDistribution _powerBase = LatentDistribution.Standard;
    private readonly LatentDistribution _construct = LatentDistribution.Standard;
    private readonly double _poleCorrelation;
    private readonly double? _commonFactorLoading;
    private readonly EquatableArray<double> _dimensionCorrelations = [];

    /// <summary>Gets the default population: every latent score standard normal, poles uncorrelated.</summary>
    public static LatentPopulation Default { get; } = new();

    /// <summary>Gets the distribution of management-pole scores <c>θ_M</c>. Standard normal by default.</summary>
    public LatentDistribution Management { get => _management; init => _management = Preconditions.NotNull(value, nameof(Management)); }

    /// <summary>Gets the distribution of leadership-pole scores <c>θ_L</c>. Standard normal by default.</summary>
    public LatentDistribution Leadership { get => _leadership; init => _leadership = Preconditions.NotNull(value, nameof(Leadership)); }

    /// <summary>Gets the correlation of <c>θ_M</c> and <c>θ_L</c> within each dimension, in (−1, 1). 0 by default;
    /// positive values make integrators.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between −1 and 1.</exception>
    public double PoleCorrelation
    {
        get => _poleCorrelation;
        init => _poleCorrelation = value > -1 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(PoleCorrelation), value, "The correlation must lie strictly between -1 and 1.");
    }

    /// <summary>Gets the distribution of power-base scores. Standard normal by default.</summary>
    public LatentDistribution PowerBase { get => _powerBase; init => _powerBase = Preconditions.NotNull(value, nameof(PowerBase)); }

    /// <summary>Gets the distribution of construct scores. Standard normal by default.</summary>
    public LatentDistribution Construct { get => _construct; init => _construct = Preconditions.NotNull(value, nameof(Construct)); }

    /// <summary>Gets the population standard deviation of the orientation score <c>θ_O = (θ_L − θ_M)/√2</c>:
    /// <c>√((σ_M² + σ_L² − 2ρσ_Mσ_L)/2)</c>.</summary>
    public double OrientationStandardDeviation
    {
        get
        {
            var m = _management.StandardDeviation;
            var l = _leadership.StandardDeviation;
            return Math.Sqrt(((m * m) + (l * l) - (2 * _poleCorrelation * m * l)) / 2);
        }
    }

    /// <summary>Gets the loading λ in [0, 1) of every dimension on one common factor, so that dimensions correlate λ²;
    /// <see langword="null"/> (the default) for independent dimensions or <see cref="DimensionCorrelations"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1).</exception>
    public double? CommonFactorLoading
    {
        get => _commonFactorLoading;
        init => _commonFactorLoading = value is null or (>= 0 and < 1) ? value : throw new ArgumentOutOfRangeException(nameof(CommonFactorLoading), value, "The loading must lie in [0, 1).");
    }

    /// <summary>Gets the correlation matrix of the dimensions, row by row (D × D for D dimensions), or empty (the
    /// default). It must be symmetric with a unit diagonal and positive definite; the simulator checks its size
    /// against the instrument.</summary>
    /// <exception cref="ArgumentException">The matrix is not square, symmetric, with a unit diagonal and entries in [−1, 1].</exception>
    public EquatableArray<double> DimensionCorrelations
    {
        get => _dimensionCorrelations;
        init
        {
            var n = value.Count;
            var d = (int)Math.Round(Math.Sqrt(n));
            if (d * d != n)
            {
                throw new ArgumentException($"The dimension correlations have {n} entries; a D × D matrix has a square number.", nameof(DimensionCorrelations));
            }

            for (var i = 0; i < d; i++)
            {
                for (var j = 0; j < d; j++)
                {
                    var r = value[(i * d) + j];
                    if (i == j ? r != 1 : !(r >= -1 && r <= 1) || r != value[(j * d) + i])
                    {
                        throw new ArgumentException($"Dimension correlation [{i}, {j}] = {r}: the matrix must be symmetric, with 1 on the diagonal and entries in [-1, 1].", nameof(DimensionCorrelations));
                    }
                }
            }

            _dimensionCorrelations = value;
        }
    }

    /// <summary>The lower Cholesky factor of the dimensions' correlation matrix (row by row), or null for independent dimensions.</summary>
    internal double[]? DimensionCholesky(int dimensionCount)
    {
        if (_commonFactorLoading is not null && _dimensionCorrelations.Count > 0)
        {
            throw new ArgumentException("Give either a common factor loading or a dimension correlation matrix, not both.", nameof(dimensionCount));
        }

        double[] phi;
        if (_commonFactorLoading is { } loading)
        {
            phi = new double[dimensionCount * dimensionCount];
            for (var i = 0; i < dimensionCount; i++)
            {
                for (var j = 0; j < dimensionCount; j++)
                {
                    phi[(i * dimensionCount) + j] = i == j ? 1 : loading * loading;
                }
            }
        }
        else if (_dimensionCorrelations.Count > 0)
        {
            if (_dimensionCorrelations.Count != dimensionCount * dimensionCount)
            {
                throw new ArgumentException($"The dimension correlation matrix has {_dimensionCorrelations.Count} entries; the instrument has {dimensionCount} dimensions, so it needs {dimensionCount * dimensionCount}.", nameof(dimensionCount));
            }

            phi = [.. _dimensionCorrelations];
        }
        else
        {
            return null;
        }

        var c = new double[phi.Length];
        var n = dimensionCount;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = phi[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= c[(i * n) + k] * c[(j * n) + k];
                }

                if (i == j)
                {
                    if (!(sum > 1e-12))
                    {
                        throw new ArgumentException("The dimension correlation matrix is not positive definite.", nameof(dimensionCount));
                    }

                    c[(i * n) + i] = Math.Sqrt(sum);
                }
                else
                {
                    c[(i * n) + j] = sum / c[(j * n) + j];
                }
            }
        }

        return c;
    }
}
