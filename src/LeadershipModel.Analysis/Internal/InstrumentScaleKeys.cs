using LeadershipModel.Analysis.Reliability;
using LeadershipModel.Instruments;
using LeadershipModel.Norms;

namespace LeadershipModel.Analysis.Internal;

/// <summary>An instrument's scales as reliability keys, and the index id each scale's score has in a profile.</summary>
internal static class InstrumentScaleKeys
{
    /// <summary>A key per scale, named by its target's key, reverse-keyed items marked, in the order of <see cref="Instrument.Scales"/>.</summary>
    public static List<ScaleKey> For(Instrument instrument)
    {
        var keys = new List<ScaleKey>(instrument.Scales.Count);
        foreach (var scale in instrument.Scales)
        {
            var items = new List<KeyedItem>(scale.ItemIndexes.Count);
            foreach (var i in scale.ItemIndexes)
            {
                var item = instrument.Items[i];
                items.Add(new KeyedItem { ItemId = item.Id, Reversed = item.IsReversed });
            }

            keys.Add(new ScaleKey { Name = scale.Target.Key, Items = new EquatableArray<KeyedItem>(items) });
        }

        return keys;
    }
}
