using LeadershipModel.Scoring;

namespace LeadershipModel.Reporting.Internal;

/// <summary>Who and what a profile is about, as label and value pairs shown at the top of every report.</summary>
internal static class HeaderFacts
{
    public static IReadOnlyList<(string Label, string Value)> Of(LeadershipProfile profile) =>
    [
        ("Respondent", PlainText.Clean(profile.RespondentId)),
        ("Target", PlainText.Clean(profile.TargetId)),
        ("Rater role", Labels.Of(profile.Role)),
        ("Instrument", PlainText.Clean(profile.Provenance.InstrumentId) + " " + PlainText.Clean(profile.Provenance.InstrumentVersion)),
    ];

    /// <summary>Gets the marks of a dimension: <c>weak</c> and <c>borderline</c>.</summary>
    public static IReadOnlyList<string> Marks(DimensionScore score)
    {
        var marks = new List<string>(2);
        if (score.IsWeak)
        {
            marks.Add("weak");
        }

        if (score.IsBorderline)
        {
            marks.Add("borderline");
        }

        return marks;
    }

    public const string MarksLegend = "weak: a pole rests on fewer than three items; borderline: M or L lies within one standard error of measurement of the threshold.";
}
