using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace LeadershipModel.Scoring;

/// <summary>
/// Turns each answered item into a keyed value in [0, 1] with the item transform (by default reverse keying and
/// scaling), and notes the positions of the items without a value.
/// </summary>
internal sealed class ItemTransformStep(IItemTransform transform) : PipelineStep(PipelineSteps.ItemTransform, transform.Name, "Item transform")
{
    public override void Run(ScoringContext context)
    {
        if (transform is KeyedUnitTransform && context.Instrument.KeyedUnits is { } table)
        {
            RunTabulated(context, table);
            return;
        }

        var items = context.Instrument.Instrument.Items.AsSpan();
        var scale = context.Instrument.Instrument.Scale;
        var raw = context.Raw;
        var unit = context.UnitScratch(copyUnit: false);
        var missing = context.MissingItems;
        var answered = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (double.IsNaN(raw[i]))
            {
                unit[i] = double.NaN;
                missing[i - answered] = i;
                continue;
            }

            answered++;
            context.FaultItemIndex = i;
            unit[i] = Checked(transform.Transform(new ItemTransformArguments(items[i], scale, raw[i])), items[i].Id);
        }

        context.CommitUnit();
        context.Answered = answered;
    }

    /// <summary>
    /// The default transform on an integer scale: each answer's keyed unit value looked up in the instrument's table,
    /// which holds the transform's own results (the same bits, each already in [0, 1]), without a call or a division
    /// per item. The built-in transform cannot fault, so no item is marked.
    /// </summary>
    private static void RunTabulated(ScoringContext context, double[] table)
    {
        var compiled = context.Instrument;
        var min = compiled.Instrument.Scale.Min;
        var offsets = compiled.KeyedOffsets.AsSpan();
        var raw = context.Raw;
        var unit = context.UnitScratch(copyUnit: false);
        var missing = context.MissingItems;
        var count = Math.Min(raw.Length, Math.Min(unit.Length, Math.Min(missing.Length, offsets.Length)));
        var answered = 0;
        for (var i = 0; i < count; i++)
        {
            var x = raw[i];
            if (double.IsNaN(x))
            {
                unit[i] = double.NaN;
                missing[i - answered] = i;
                continue;
            }

            answered++;
            unit[i] = table[offsets[i] + Index(x - min)];
        }

        context.CommitUnit();
        context.Answered = answered;
    }

    /// <summary>The table index of a whole answer's distance from the minimum (exact, and within the table).</summary>
    /// <remarks>Converted without the saturation checks of a cast, which the value never needs.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET9_0_OR_GREATER
    private static int Index(double offset) => double.ConvertToIntegerNative<int>(offset);
#else
    private static int Index(double offset) => (int)offset;
#endif

    /// <summary>Checks a transformed value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="itemId">The item.</param>
    /// <returns>The value, when in [0, 1].</returns>
    /// <exception cref="PluginResultException">The value is NaN or lies outside [0, 1].</exception>
    /// <remarks>The throw lives in its own method so that this check is inlined into the per-item loops.</remarks>
    public static double Checked(double value, string itemId) => value is >= 0 and <= 1 ? value : OutsideUnit(value, itemId);

    [DoesNotReturn]
    private static double OutsideUnit(double value, string itemId)
        => throw new PluginResultException($"returned {value.ToString(CultureInfo.InvariantCulture)} for item '{itemId}', outside [0, 1].");
}
