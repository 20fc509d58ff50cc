namespace LeadershipModel.Instruments;

/// <summary>What an <see cref="Item"/> measures.</summary>
public enum ItemTargetKind
{
    /// <summary>One pole of a dimension: a unipolar item measuring management or leadership strength.</summary>
    Pole,

    /// <summary>A dimension as a whole: a bipolar (semantic-differential) item whose low end is the management pole and high end the leadership pole.</summary>
    Dimension,

    /// <summary>A power base, such as referent power.</summary>
    PowerBase,

    /// <summary>A construct the host defines (see <see cref="Construct"/>).</summary>
    Construct,
}
