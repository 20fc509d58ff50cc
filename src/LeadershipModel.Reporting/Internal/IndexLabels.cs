using LeadershipModel.Norms;

namespace LeadershipModel.Reporting.Internal;

/// <summary>Readable labels for index ids (see <see cref="IndexIds"/>): dimension names and pole labels instead of ids.</summary>
internal static class IndexLabels
{
    public static string Of(string indexId, DimensionSet dimensions)
    {
        switch (indexId)
        {
            case IndexIds.Management: return "Overall management (M)";
            case IndexIds.Leadership: return "Overall leadership (L)";
            case IndexIds.Orientation: return "Overall orientation (L - M)";
            case IndexIds.Integration: return "Overall integration";
            case IndexIds.FollowerShare: return "Follower-conferred share of authority";
        }

        var slash = indexId.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var head = indexId[..slash];
            var tail = indexId[(slash + 1)..];
            switch (head)
            {
                case "base": return "Power base: " + tail;
                case "source": return "Authority source: " + tail;
                case "construct": return "Construct: " + tail;
            }

            if (dimensions.TryGet(head, out var d))
            {
                return tail switch
                {
                    IndexIds.Management => $"{d.Name}: {d.ManagementPole.Label} (M)",
                    IndexIds.Leadership => $"{d.Name}: {d.LeadershipPole.Label} (L)",
                    IndexIds.Orientation => $"{d.Name}: orientation (L - M)",
                    IndexIds.Integration => $"{d.Name}: integration",
                    _ => $"{d.Name}: {tail}",
                };
            }
        }

        return indexId;
    }

    /// <summary>The order of a label in a list: overall first, then dimensions in set order, then the rest.</summary>
    public static bool IsCore(string indexId)
    {
        var slash = indexId.LastIndexOf('/');
        var tail = slash < 0 ? indexId : indexId[(slash + 1)..];
        return tail is IndexIds.Management or IndexIds.Leadership || indexId.StartsWith("base/", StringComparison.Ordinal) || indexId == IndexIds.FollowerShare;
    }
}
