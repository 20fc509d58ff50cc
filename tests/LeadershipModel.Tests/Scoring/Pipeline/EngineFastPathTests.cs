using CsCheck;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Scoring.Pipeline;

/// <summary>
/// The built-in item transform and scale scorer take shortcuts (a table of keyed values, one pass for all scale
/// means); a host's transform and scorer doing the same arithmetic take the general path, one call per item and per
/// scale. Both must give the same bits.
/// </summary>
public sealed class EngineFastPathTests
{
    public static TheoryData<string> Scales => ["likert5", "likert7", "minus3to3", "zeroTo10", "minus2to2"];

    [Theory]
    [MemberData(nameof(Scales))]
    public void BuiltInTransformAndScorer_AnyAnswers_EqualTheGeneralPathBitForBit(string scaleName)
    {
        var scale = scaleName switch
        {
            "likert5" => ResponseScale.Likert(5),
            "likert7" => ResponseScale.Likert(7),
            "minus3to3" => ResponseScale.Create(-3, 3),
            "zeroTo10" => ResponseScale.Create(0, 10),
            _ => ResponseScale.Create(-2, 2),
        };
        Check(TestInstruments.Small(scale), scale);
    }

    [Fact]
    public void BuiltInTransformAndScorer_CanonicalFullForm_EqualTheGeneralPathBitForBit()
        => Check(CanonicalInstruments.Full, CanonicalInstruments.Full.Scale);

    private static void Check(Instrument instrument, ResponseScale scale)
    {
        var builtIn = ScoringEngine.CreateBuilder().AddInstrument(instrument).Build();
        var general = ScoringEngine.CreateBuilder().AddInstrument(instrument)
            .UseItemTransform(new PlainTransform())
            .UseScaleScorer(new PlainMean())
            .Build();

        // Whole answers across the scale, with missing ones and, where the scale holds zero, a negative zero.
        var points = (int)(scale.Max - scale.Min) + 1;
        var answer = Gen.Frequency(
            (1, Gen.Const((double?)null)),
            (1, Gen.Const((double?)(scale.Contains(0) ? -0.0 : scale.Min))),
            (8, Gen.Int[0, points - 1].Select(k => (double?)(scale.Min + k))));
        answer.Array[instrument.Items.Count].Sample(values =>
        {
            var set = ResponseSet.Create(instrument.Id, instrument.Version, "r", instrument.Items.Select((item, i) => KeyValuePair.Create(item.Id, values[i])));
            var a = builtIn.Score(set);
            var b = general.Score(set);
            return a.IsScored == b.IsScored && (!a.IsScored || Bits(a.Profile).SequenceEqual(Bits(b.Profile!)));
        });
    }

    /// <summary>Every figure of a profile that the transform and scorer feed, as raw bits (so that −0 and +0 differ).</summary>
    private static IEnumerable<long> Bits(LeadershipProfile p)
    {
        static long B(double? v) => v is { } x ? BitConverter.DoubleToInt64Bits(x) : long.MinValue;
        foreach (var s in p.Scales)
        {
            yield return B(s.Score);
            yield return B(s.RawScore);
            yield return s.ItemsAnswered;
        }

        foreach (var d in p.Dimensions)
        {
            yield return B(d.Position.Management);
            yield return B(d.Position.Leadership);
            yield return B(d.Position.Orientation);
            yield return B(d.Position.Integration);
        }

        yield return B(p.Overall.Management);
        yield return B(p.Overall.Leadership);
        yield return B(p.Overall.Orientation);
        yield return B(p.Overall.Integration);
        yield return p.Diagnostics.ItemsAnswered;
    }

    /// <summary>Reverse keying and scaling to [0, 1], written out as the documentation states it.</summary>
    private sealed class PlainTransform : IItemTransform
    {
        public string Name => "plain";

        public double Transform(in ItemTransformArguments arguments)
        {
            var s = arguments.Scale;
            var x = arguments.Item.IsReversed ? s.Max + s.Min - arguments.RawValue : arguments.RawValue;
            return (x - s.Min) / (s.Max - s.Min);
        }
    }

    /// <summary>The mean of the values present, in the scale's order, clamped to [0, 1].</summary>
    private sealed class PlainMean : IScaleScorer
    {
        public string Name => "plain-mean";

        public double Score(in ScaleScoringArguments arguments)
        {
            double sum = 0;
            var n = 0;
            foreach (var v in arguments.Values.Span)
            {
                if (!double.IsNaN(v))
                {
                    sum += v;
                    n++;
                }
            }

            return n > 0 ? Math.Clamp(sum / n, 0, 1) : double.NaN;
        }
    }
}
