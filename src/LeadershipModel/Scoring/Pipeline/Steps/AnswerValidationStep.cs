using System.Globalization;
using System.Runtime.CompilerServices;
using LeadershipModel.Instruments;
using LeadershipModel.Responses;

namespace LeadershipModel.Scoring;

/// <summary>Checks each answer against the instrument (unknown items, duplicates, range) under the invalid-answer policy, and lays the raw answers out by item.</summary>
internal sealed class AnswerValidationStep(AnswerValidationOptions options) : PipelineStep(PipelineSteps.Validation, "answers", "Answer validation")
{
    public override void Run(ScoringContext context)
    {
        var instrument = context.Instrument.Instrument;
        var scale = instrument.Scale;
        var policy = options.Policy;
        var items = instrument.Items.AsSpan();
        var raw = context.Raw;
        var seen = context.Seen;
        List<RejectionReason>? problems = null;
        List<AnswerAdjustment>? adjustments = null;
        foreach (var (questionId, _) in context.Set.Comments)
        {
            if (!HasOpenQuestion(instrument, questionId))
            {
                (problems ??= []).Add(new RejectionReason(RejectionCodes.UnknownQuestion, $"Instrument '{instrument.Id}' has no open question '{questionId}'.", questionId));
            }
        }

        // Most sets answer every item once, in the instrument's order and within the scale: a loop without calls lays
        // out that leading run; the general loop takes over at the first answer that is anything else, in the state
        // it would have reached itself (the items before are seen, each at its own position).
        var answers = context.Set.Answers.AsSpan();
        var position = InOrder(context);
        foreach (var answer in answers[position..])
        {
            // Answers usually come in the instrument's item order: compare with the item at the same position before
            // looking the id up.
            var i = position < items.Length && string.Equals(items[position].Id, answer.ItemId, StringComparison.Ordinal)
                ? position
                : instrument.IndexOfItem(answer.ItemId);
            position++;
            if (i < 0 || seen[i])
            {
                UnknownOrDuplicate(instrument, policy, answer, known: i >= 0, ref problems, ref adjustments);
                continue;
            }

            seen[i] = true;
            if (answer.Value is not { } value)
            {
                continue;
            }

            raw[i] = scale.Contains(value) ? value : OutOfRange(scale, policy, answer, value, ref problems, ref adjustments);
        }

        context.Problems = problems;
        context.Adjustments = adjustments;
    }

    public override void Describe(StepDescription description) => description.Add("policy", options.Policy.ToString());

    /// <summary>
    /// Lays out the leading answers that are each for the item at their own position (the item's own id string, as
    /// ResponseSet.Create and the CSV readers give it), empty or within the scale.
    /// </summary>
    /// <remarks>
    /// Everything is a local and the loop calls nothing, so the JIT keeps it all in registers (an id that is merely
    /// equal, or any other answer, ends the run and goes to the general loop).
    /// </remarks>
    /// <returns>The number of answers laid out.</returns>
    private static int InOrder(ScoringContext context)
    {
        var answers = context.Set.Answers.AsSpan();
        var ids = context.Instrument.ItemIds.AsSpan();
        var scale = context.Instrument.Instrument.Scale;
        var (min, max, integerOnly) = (scale.Min, scale.Max, scale.IntegerOnly);
        var raw = context.Raw;
        var seen = context.Seen;
        var count = Math.Min(answers.Length, Math.Min(ids.Length, Math.Min(raw.Length, seen.Length)));
        var p = 0;
        for (; p < count; p++)
        {
            var answer = answers[p];
            if (!ReferenceEquals(ids[p], answer.ItemId))
            {
                break;
            }

            if (answer.Value is { } value)
            {
                // ResponseScale.Contains, with the scale's fields in registers.
                if (!(value >= min && value <= max && (!integerOnly || ResponseScale.IsWhole(value))))
                {
                    break;
                }

                raw[p] = value;
            }

            seen[p] = true;
        }

        return p;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UnknownOrDuplicate(Instrument instrument, InvalidAnswerPolicy policy, Answer answer, bool known, ref List<RejectionReason>? problems, ref List<AnswerAdjustment>? adjustments)
    {
        if (known)
        {
            (problems ??= []).Add(new RejectionReason(RejectionCodes.DuplicateAnswer, $"Item '{answer.ItemId}' is answered more than once.", answer.ItemId));
        }
        else if (policy == InvalidAnswerPolicy.Reject)
        {
            (problems ??= []).Add(new RejectionReason(RejectionCodes.UnknownItem, $"Instrument '{instrument.Id}' has no item '{answer.ItemId}'.", answer.ItemId));
        }
        else
        {
            (adjustments ??= []).Add(new AnswerAdjustment(answer.ItemId, answer.Value, null, RejectionCodes.UnknownItem));
        }
    }

    /// <summary>Applies the policy to an answer outside the scale.</summary>
    /// <returns>The raw value the item keeps: the clamped answer, or NaN (missing).</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double OutOfRange(ResponseScale scale, InvalidAnswerPolicy policy, Answer answer, double value, ref List<RejectionReason>? problems, ref List<AnswerAdjustment>? adjustments)
    {
        switch (policy)
        {
            case InvalidAnswerPolicy.Reject:
                (problems ??= []).Add(new RejectionReason(RejectionCodes.OutOfRange, OutOfRangeMessage(scale, value), answer.ItemId));
                return double.NaN;
            case InvalidAnswerPolicy.Clamp when double.IsFinite(value):
                var clamped = scale.Clamp(value);
                (adjustments ??= []).Add(new AnswerAdjustment(answer.ItemId, value, clamped, RejectionCodes.OutOfRange));
                return clamped;
            default:
                (adjustments ??= []).Add(new AnswerAdjustment(answer.ItemId, value, null, RejectionCodes.OutOfRange));
                return double.NaN;
        }
    }

    private static string OutOfRangeMessage(ResponseScale scale, double value)
    {
        var v = value.ToString(CultureInfo.InvariantCulture);
        var range = $"{scale.Min.ToString(CultureInfo.InvariantCulture)} to {scale.Max.ToString(CultureInfo.InvariantCulture)}";
        return !double.IsFinite(value) ? $"Answer {v} is not a finite number."
            : value < scale.Min || value > scale.Max ? $"Answer {v} lies outside the scale ({range})."
            : $"Answer {v} is not a whole number, and the scale ({range}) allows only whole numbers.";
    }

    private static bool HasOpenQuestion(Instrument instrument, string questionId)
    {
        foreach (var question in instrument.OpenQuestions)
        {
            if (string.Equals(question.Id, questionId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
