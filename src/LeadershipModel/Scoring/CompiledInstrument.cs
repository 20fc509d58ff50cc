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
    }

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

}

internal sealed record CompiledScale(ItemTarget Target, int[] ItemIndexes, EquatableArray<Item> Items, double? StandardError, string IndexId);

internal sealed record CompiledDimension(string Id, int ManagementScale, int LeadershipScale, int BipolarScale);
