namespace LeadershipModel;

/// <summary>Names one of the two poles of a <see cref="Dimension"/>.</summary>
public enum PoleKind
{
    /// <summary>The management pole (for example "Seek control").</summary>
    Management,

    /// <summary>The leadership pole (for example "Seek influence").</summary>
    Leadership,
}
