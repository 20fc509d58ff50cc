using LeadershipModel.Instruments;
using LeadershipModel.Norms;

namespace LeadershipModel.Scoring;

/// <summary>An instrument laid out for fast scoring: scales as index arrays, dimensions and bases as scale indexes.</summary>
internal sealed class CompiledInstrument
{
    public CompiledInstrument(Instrument instrument, int ordinal, Provenance provenance)
    {
        Instrument = instrument;
        Ordinal = ordinal;
        Provenance = provenance;
        var scales = instrument.Scales;
        Scales = new CompiledScale[scales.Count];
        var scaleOf = new Dictionary<ItemTarget, int>();
        for (var s = 0; s < scales.Count; s++)
        {
            var scale = scales[s];
            var items = scale.ItemIndexes.Select(i => instrument.Items[i]).ToEquatableArray();
            Scales[s] = new CompiledScale(scale.Target, [.. scale.ItemIndexes], items, scale.Reliability?.StandardErrorOfMeasurement, IndexIds.ForTarget(scale.Target));
            scaleOf[scale.Target] = s;
            MaxScaleLength = Math.Max(MaxScaleLength, items.Count);
        }

        Dimensions = instrument.Dimensions
            .Select(d => new CompiledDimension(
                d.Id,
                scaleOf.GetValueOrDefault(ItemTarget.ForPole(d.Id, PoleKind.Management), -1),
                scaleOf.GetValueOrDefault(ItemTarget.ForPole(d.Id, PoleKind.Leadership), -1),
                scaleOf.GetValueOrDefault(ItemTarget.ForDimension(d.Id), -1)))
            .ToArray();
        Bases = Enum.GetValues<PowerBase>()
            .Select(b => (Base: b, Scale: scaleOf.GetValueOrDefault(ItemTarget.ForPowerBase(b), -1)))
            .Where(x => x.Scale >= 0)
            .ToArray();
        ConstructScales = Enumerable.Range(0, Scales.Length).Where(s => Scales[s].Target.Kind == ItemTargetKind.Construct).ToArray();

        var weakPoles = Dimensions.Sum(d => (d.ManagementScale >= 0 && Scales[d.ManagementScale].ItemIndexes.Length < 3 ? 1 : 0) + (d.LeadershipScale >= 0 && Scales[d.LeadershipScale].ItemIndexes.Length < 3 ? 1 : 0));
        WeakPolesFlag = weakPoles == 0 ? null : new DiagnosticFlag(DiagnosticCodes.WeakScale, $"{weakPoles} dimension pole{(weakPoles == 1 ? " rests" : "s rest")} on fewer than three items; their M and L are weak estimates.");
        WeakPolesOnly = WeakPolesFlag is null ? default : EquatableArray<DiagnosticFlag>.TakeOwnership([WeakPolesFlag]);
        StandardErrors = Scales.Select(s => s.StandardError ?? double.NaN).ToArray();
        ItemIds = instrument.Items.Select(i => i.Id).ToArray();
        ItemScale = ScaleOfEachItem(Scales, instrument.Items.Count);
        ScaleLengths = Scales.Select(s => s.ItemIndexes.Length).ToArray();
        ScaleTargets = Scales.Select(s => s.Target).ToArray();
        KeyedUnits = KeyedUnitTable(instrument.Scale);
        KeyedOffsets = instrument.Items.Select(i => i.IsReversed && KeyedUnits is not null ? KeyedUnits.Length / 2 : 0).ToArray();
        WholeAnswerSumsExact = instrument.Scale.IntegerOnly && instrument.Items.Count <= MaxItemsForExactSums;
    }

    /// <summary>
    /// The most items whose whole answers (each at most 10⁹ from zero) still sum exactly in a double in any order:
    /// every partial sum stays a whole number below 2⁵³.
    /// </summary>
    private const int MaxItemsForExactSums = 4_000_000;

    /// <summary>The most points of an integer scale for which <see cref="KeyedUnits"/> is built.</summary>
    private const int MaxTabulatedPoints = 1024;

    public Instrument Instrument { get; }

    /// <summary>The flag every profile of this instrument carries when some pole has fewer than three items.</summary>
    public DiagnosticFlag? WeakPolesFlag { get; }

    /// <summary>The flags of a profile whose only flag is <see cref="WeakPolesFlag"/>, shared (the array is immutable).</summary>
    public EquatableArray<DiagnosticFlag> WeakPolesOnly { get; }

    /// <summary>The provenance shared by every profile of this instrument and engine.</summary>
    public Provenance Provenance { get; }

    public CompiledScale[] Scales { get; }

    public int MaxScaleLength { get; }

    public CompiledDimension[] Dimensions { get; }

    public (PowerBase Base, int Scale)[] Bases { get; }

    public int[] ConstructScales { get; }

    /// <summary>Gets the instrument's position among the engine's instruments, for steps that keep data per instrument.</summary>
    public int Ordinal { get; }

    /// <summary>Gets the standard error of measurement of each scale from the instrument's reliabilities (NaN = unknown).</summary>
    public double[] StandardErrors { get; }

    /// <summary>Gets each item's id (the item's own string), by item position, so that a loop need not load the item.</summary>
    public string[] ItemIds { get; }

    /// <summary>Gets where each item's values start in <see cref="KeyedUnits"/>: 0 when positively keyed, the scale's number of points when reversed.</summary>
    public int[] KeyedOffsets { get; }

    /// <summary>
    /// Gets the position of each item's scale, by item position, or <see langword="null"/> unless every item lies in
    /// exactly one scale and each scale lists its items in item order (so that one pass over the items in order
    /// meets each scale's items in the scale's own order).
    /// </summary>
    public int[]? ItemScale { get; }

    /// <summary>Gets the number of items of each scale.</summary>
    public int[] ScaleLengths { get; }

    /// <summary>Gets what each scale measures.</summary>
    public ItemTarget[] ScaleTargets { get; }

    /// <summary>
    /// Gets the default item transform's value of every whole answer, or <see langword="null"/>: for an integer scale
    /// of at most <see cref="MaxTabulatedPoints"/> points whose minimum is not 0, entry <c>x − min</c> is the keyed unit
    /// value of answer <c>x</c> for a positively keyed item and entry <c>points + x − min</c> for a reversed one,
    /// computed with <see cref="ResponseScale.Reverse"/> and <see cref="ResponseScale.ToUnit"/> as
    /// <see cref="KeyedUnitTransform"/> computes them, so the values are the same bits. (With a minimum of 0 an answer
    /// of −0 would scale to −0 rather than the table's +0.)
    /// </summary>
    public double[]? KeyedUnits { get; }

    /// <summary>
    /// Gets a value indicating whether the answers this instrument's validation lets through are whole numbers that
    /// sum exactly in any order (an integer scale and not too many items), so that their sum may be taken in several
    /// parts at once.
    /// </summary>
    public bool WholeAnswerSumsExact { get; }

    private static int[]? ScaleOfEachItem(CompiledScale[] scales, int itemCount)
    {
        var scaleOf = new int[itemCount];
        Array.Fill(scaleOf, -1);
        for (var s = 0; s < scales.Length; s++)
        {
            var previous = -1;
            foreach (var i in scales[s].ItemIndexes)
            {
                if (scaleOf[i] >= 0 || i <= previous)
                {
                    return null;
                }

                scaleOf[i] = s;
                previous = i;
            }
        }

        return Array.IndexOf(scaleOf, -1) >= 0 ? null : scaleOf;
    }

    private static double[]? KeyedUnitTable(ResponseScale scale)
    {
        if (!scale.IntegerOnly || scale.Min == 0 || scale.Max - scale.Min >= MaxTabulatedPoints)
        {
            return null;
        }

        var points = (int)(scale.Max - scale.Min) + 1;
        var table = new double[2 * points];
        for (var k = 0; k < points; k++)
        {
            var x = scale.Min + k;
            table[k] = scale.ToUnit(x);
            table[points + k] = scale.ToUnit(scale.Reverse(x));
        }

        foreach (var u in table)
        {
            if (!(u is >= 0 and <= 1))
            {
                return null;
            }
        }

        return table;
    }
}

internal sealed record CompiledScale(ItemTarget Target, int[] ItemIndexes, EquatableArray<Item> Items, double? StandardError, string IndexId);

internal sealed record CompiledDimension(string Id, int ManagementScale, int LeadershipScale, int BipolarScale);
