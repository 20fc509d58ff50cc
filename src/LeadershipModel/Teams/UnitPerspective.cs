namespace LeadershipModel.Teams;

/// <summary>Whose view of each person a <see cref="UnitReport"/> counts.</summary>
public enum UnitPerspective
{
    /// <summary>Each person's self-assessment.</summary>
    Self,

    /// <summary>Each person's published other-rater groups (360 data), their mean per index.</summary>
    Others,
}
