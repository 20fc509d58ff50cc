using System.Text.Json;
using LeadershipModel.Consent;
using LeadershipModel.Instruments;
using LeadershipModel.Internal;

namespace LeadershipModel.Serialization;

/// <summary>
/// Writes a consent simulation as JSON (<c>consent-simulation.v1.schema.json</c>): the scenario, seed and number
/// of followers, then one entry per step (step 0, the initial state, first) with every follower's consent, six
/// bases, influence, outcome and events, and the team view.
/// </summary>
/// <remarks>This type is stateless and thread-safe. The same simulation gives the same bytes.</remarks>
internal static class ConsentSimulationWriter
{
    internal static void Write(Utf8JsonWriter w, ConsentSimulation s)
    {
        w.WriteStartObject();
        w.WriteString("scenario", s.Scenario.Name);
        w.WriteNumber("seed", s.Seed);
        w.WriteNumber("followers", s.FollowerCount);
        w.WriteStartArray("steps");
        foreach (var step in s.Steps)
        {
            w.WriteStartObject();
            w.WriteNumber("step", step.Step);
            w.WriteStartArray("followers");
            foreach (var f in step.Followers)
            {
                w.WriteStartObject();
                w.WriteString("followerId", f.FollowerId);
                w.WriteBoolean("consenting", f.Influence.Consenting);
                JsonOutput.PowerBases(w, f.Influence.Bases);
                w.WriteNumber("influence", f.Influence.Influence);
                WriteOutcome(w, f.Influence.Outcome);
                w.WriteStartArray("events");
                foreach (var e in f.Events)
                {
                    w.WriteStringValue(e.Name);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("team");
            w.WriteNumber("consentingShare", step.Team.ConsentingShare);
            w.WriteNumber("influence", step.Team.Influence);
            w.WriteNumber("totalInfluence", step.Team.TotalInfluence);
            WriteOutcome(w, step.Team.Outcome);
            w.WriteStartArray("heldByLeversOnly");
            foreach (var id in step.Team.HeldByLeversOnly)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter w, OutcomeShares o)
    {
        w.WriteStartObject("outcome");
        w.WriteNumber("commitment", o.Commitment);
        w.WriteNumber("compliance", o.Compliance);
        w.WriteNumber("resistance", o.Resistance);
        w.WriteNumber("none", o.None);
        w.WriteEndObject();
    }
}
