using LeadershipModel.Norms;
using LeadershipModel.Scoring;

namespace LeadershipModel.Internal;

/// <summary>Lists the indices of a profile under their <see cref="IndexIds"/>, the same ones the engine's norms step compares.</summary>
internal static class ProfileIndices
{
    public static void ForEach<TState>(LeadershipProfile profile, TState state, Action<TState, string, double> visit, bool includeBases = true, bool includeConstructs = true)
    {
        void Add(string id, double? value)
        {
            if (value is { } v && double.IsFinite(v))
            {
                visit(state, id, v);
            }
        }

        var overall = profile.Overall;
        Add(IndexIds.Management, overall.Management);
        Add(IndexIds.Leadership, overall.Leadership);
        Add(IndexIds.Orientation, overall.Orientation);
        Add(IndexIds.Integration, overall.Integration);
        foreach (var d in profile.Dimensions)
        {
            Add(IndexIds.ForDimension(d.DimensionId, IndexIds.Management), d.Position.Management);
            Add(IndexIds.ForDimension(d.DimensionId, IndexIds.Leadership), d.Position.Leadership);
            Add(IndexIds.ForDimension(d.DimensionId, IndexIds.Orientation), d.Position.Orientation);
            Add(IndexIds.ForDimension(d.DimensionId, IndexIds.Integration), d.Position.Integration);
        }

        if (profile.Authority is { } authority)
        {
            if (includeBases)
            {
                foreach (var b in authority.Bases)
                {
                    Add(IndexIds.ForPowerBase(b.Base), b.Strength);
                }
            }

            foreach (var s in authority.Sources)
            {
                Add(IndexIds.ForSource(s.Source), s.Strength);
            }

            Add(IndexIds.FollowerShare, authority.FollowerConferredShare);
        }

        if (includeConstructs)
        {
            foreach (var c in profile.Constructs)
            {
                if (c.Target.ConstructId is { } id)
                {
                    Add(IndexIds.ForConstruct(id), c.Score);
                }
            }
        }
    }
}
