namespace LeadershipModel;

/// <summary>
/// The nineteen canonical dimensions, exactly as the seed document pairs them, in the seed's order.
/// </summary>
/// <remarks>
/// <para>Pole labels are the seed's words verbatim; names and descriptions are ours. Ids are stable and
/// kebab-case; use the constants in <see cref="Ids"/> rather than string literals.</para>
/// <para>This type is stateless and thread-safe; every member returns an immutable value.</para>
/// </remarks>
public static class CanonicalDimensions
{
    /// <summary>Gets dimension 1: "Seek control" versus "Seek influence".</summary>
    public static Dimension ControlInfluence { get; } = new(
        Ids.ControlInfluence,
        "Control and influence",
        new Pole("Seek control", "Directs people and outcomes through rules, approvals and oversight."),
        new Pole("Seek influence", "Moves people by persuasion, example and relationship rather than by command."),
        Facets.Power,
        1,
        "Whether a person gets things done by holding the levers of decision and supervision, or by shaping what others want to do. Control works through the authority of the role; influence works through the trust and respect of the people involved.");

    /// <summary>Gets dimension 2: "Emphasize what is visible" versus "Emphasize what is invisible".</summary>
    public static Dimension VisibleInvisible { get; } = new(
        Ids.VisibleInvisible,
        "The visible and the invisible",
        new Pole("Emphasize what is visible", "Attends to what can be seen and counted: output, plans, headcount and budgets."),
        new Pole("Emphasize what is invisible", "Attends to what cannot be seen directly: culture, trust, morale and shared beliefs."),
        Facets.Attention,
        2,
        "Whether attention goes to the tangible and measurable side of the organisation or to the intangible forces beneath it. Both are real; the contrast is in which one the person treats as the thing to work on.");

    /// <summary>Gets dimension 3: "Focus on doing" versus "Focus on becoming".</summary>
    public static Dimension DoingBecoming { get; } = new(
        Ids.DoingBecoming,
        "Doing and becoming",
        new Pole("Focus on doing", "Cares most about tasks being carried out and activity being completed."),
        new Pole("Focus on becoming", "Cares most about who people and the organisation are growing into."),
        Facets.Development,
        3,
        "Whether a person values work for what gets done today or for how it changes the people doing it. A focus on doing keeps the work moving; a focus on becoming invests in growth that shows later.");

    /// <summary>Gets dimension 4: "Goal oriented" versus "Mission oriented".</summary>
    public static Dimension GoalMission { get; } = new(
        Ids.GoalMission,
        "Goals and mission",
        new Pole("Goal oriented", "Works towards specific, measurable targets with deadlines."),
        new Pole("Mission oriented", "Works from a lasting sense of purpose that goals only serve."),
        Facets.Purpose,
        4,
        "Whether the person is steered mainly by concrete targets or by the larger purpose those targets are meant to advance. Goals make progress checkable; a mission explains why the goals matter.");

    /// <summary>Gets dimension 5: "Provide form &amp; structure" versus "Provide meaning".</summary>
    public static Dimension StructureMeaning { get; } = new(
        Ids.StructureMeaning,
        "Structure and meaning",
        new Pole("Provide form & structure", "Gives people clear roles, processes and procedures to work within."),
        new Pole("Provide meaning", "Helps people see why their work matters and how it fits a bigger story."),
        Facets.Purpose,
        5,
        "Whether the person's main gift to others is an orderly frame for the work or a reason for doing it. Structure reduces confusion; meaning creates motivation.");

    /// <summary>Gets dimension 6: "Stay within the boundaries" versus "Play with the boundaries".</summary>
    public static Dimension WithinPlayBoundaries { get; } = new(
        Ids.WithinPlayBoundaries,
        "Staying within and playing with the boundaries",
        new Pole("Stay within the boundaries", "Keeps to agreed limits, policies and the way things are done."),
        new Pole("Play with the boundaries", "Tests, stretches and reimagines limits to find new possibilities."),
        Facets.Change,
        6,
        "Whether the person treats the organisation's limits as fixed lines to respect or as material to experiment with. Respecting boundaries protects the organisation; playing with them opens new ground.");

    /// <summary>Gets dimension 7: "Preserve stability" versus "Promote instability".</summary>
    public static Dimension StabilityInstability { get; } = new(
        Ids.StabilityInstability,
        "Stability and instability",
        new Pole("Preserve stability", "Protects continuity, predictability and smooth running."),
        new Pole("Promote instability", "Deliberately unsettles the status quo to make room for change."),
        Facets.Change,
        7,
        "Whether the person sees disruption as a risk to contain or as a condition for renewal. Stability lets an organisation deliver reliably; a measure of instability lets it adapt.");

    /// <summary>Gets dimension 8: "Do things right" versus "Do the right things".</summary>
    public static Dimension ThingsRightRightThings { get; } = new(
        Ids.ThingsRightRightThings,
        "Doing things right and doing the right things",
        new Pole("Do things right", "Makes sure work is done correctly, by the book and without error."),
        new Pole("Do the right things", "Makes sure the work chosen is the work worth doing at all."),
        Facets.Results,
        8,
        "Whether the person's first question is how well a task is executed or whether it is the right task. The first guards quality; the second guards direction.");

    /// <summary>Gets dimension 9: "Needs-driven" versus "Values-led".</summary>
    public static Dimension NeedsValues { get; } = new(
        Ids.NeedsValues,
        "Needs and values",
        new Pole("Needs-driven", "Acts on what the situation or the organisation requires right now."),
        new Pole("Values-led", "Acts from principles and convictions that hold whatever the situation."),
        Facets.Purpose,
        9,
        "Whether decisions are driven by pressing requirements or anchored in stable values. Responding to needs keeps the organisation functioning; leading from values keeps it true to itself.");

    /// <summary>Gets dimension 10: "Expect followers to serve" versus "Seek to serve followers".</summary>
    public static Dimension ServedServing { get; } = new(
        Ids.ServedServing,
        "Being served and serving",
        new Pole("Expect followers to serve", "Sees people as there to carry out the work the role requires of them."),
        new Pole("Seek to serve followers", "Sees the role as being there to help people succeed and grow."),
        Facets.Followers,
        10,
        "Which way service flows between the person and the people they work with. Expecting service follows the hierarchy; offering it turns the hierarchy upside down.");

    /// <summary>Gets dimension 11: "Influence through power &amp; authority" versus "Influence through love &amp; caring".</summary>
    public static Dimension PowerLove { get; } = new(
        Ids.PowerLove,
        "Power and care",
        new Pole("Influence through power & authority", "Relies on position, rank and the right to decide to move people."),
        new Pole("Influence through love & caring", "Relies on genuine care for people and the loyalty it earns to move them."),
        Facets.Power,
        11,
        "Whether the person's influence rests on the authority of the role or on the goodwill they have built. Authority obliges people to act; care makes them willing to.");

    /// <summary>Gets dimension 12: "Train for skill development" versus "Train for self development".</summary>
    public static Dimension SkillSelfDevelopment { get; } = new(
        Ids.SkillSelfDevelopment,
        "Skill development and self development",
        new Pole("Train for skill development", "Develops people's technical competence for the job at hand."),
        new Pole("Train for self development", "Develops people as whole persons: judgement, character and self-awareness."),
        Facets.Development,
        12,
        "Whether the person develops others mainly in what they can do or in who they are. Skills make people effective in a role; self development makes them able to grow beyond it.");

    /// <summary>Gets dimension 13: "Pull, prod, push followers" versus "Attract followers".</summary>
    public static Dimension PushAttract { get; } = new(
        Ids.PushAttract,
        "Pushing and attracting followers",
        new Pole("Pull, prod, push followers", "Moves people by pressure, reminders and incentives."),
        new Pole("Attract followers", "Draws people in so that they choose to follow."),
        Facets.Followers,
        13,
        "Whether people follow because they are pushed or because they are drawn. Pushing works while the pressure lasts; attraction lasts because followers chose it.");

    /// <summary>Gets dimension 14: "Focus on the parts" versus "Focus on the whole".</summary>
    public static Dimension PartsWhole { get; } = new(
        Ids.PartsWhole,
        "The parts and the whole",
        new Pole("Focus on the parts", "Attends to individual tasks, units and details."),
        new Pole("Focus on the whole", "Attends to the system as a whole and how its parts connect."),
        Facets.Attention,
        14,
        "Whether the person sees the organisation as a set of components to optimise or as a whole to understand. Details must be right; the whole must make sense.");

    /// <summary>Gets dimension 15: "Concerned about the physical" versus "Concerned about the spiritual".</summary>
    public static Dimension PhysicalSpiritual { get; } = new(
        Ids.PhysicalSpiritual,
        "The physical and the spiritual",
        new Pole("Concerned about the physical", "Cares about material conditions: resources, facilities, pay and output."),
        new Pole("Concerned about the spiritual", "Cares about the inner life of people: purpose, spirit and sense of worth."),
        Facets.Attention,
        15,
        "Whether the person's concern centres on the material side of work or on its human and spiritual side. People need both good conditions and a sense that their work is worthwhile.");

    /// <summary>Gets dimension 16: "Short-term perspective" versus "Long-term perspective".</summary>
    public static Dimension ShortLongTerm { get; } = new(
        Ids.ShortLongTerm,
        "Short-term and long-term perspective",
        new Pole("Short-term perspective", "Plans and judges success over the current period."),
        new Pole("Long-term perspective", "Plans and judges success over years and generations."),
        Facets.Results,
        16,
        "The time horizon the person works to. A short horizon delivers results now; a long one builds what will still matter later.");

    /// <summary>Gets dimension 17: "Efficient" versus "Effective".</summary>
    public static Dimension EfficientEffective { get; } = new(
        Ids.EfficientEffective,
        "Efficiency and effectiveness",
        new Pole("Efficient", "Gets the most output for the least input."),
        new Pole("Effective", "Achieves the outcomes that actually matter."),
        Facets.Results,
        17,
        "Whether success is measured by the economy of the means or by the value of the ends. An efficient process can still produce the wrong thing; an effective one produces the right thing.");

    /// <summary>Gets dimension 18: "Administer what already exists" versus "Create what does not yet exist".</summary>
    public static Dimension ExistingNew { get; } = new(
        Ids.ExistingNew,
        "The existing and the new",
        new Pole("Administer what already exists", "Runs and improves what is already in place."),
        new Pole("Create what does not yet exist", "Imagines and builds what is not there yet."),
        Facets.Change,
        18,
        "Whether the person's work is the administration of the present or the creation of the future. Administration keeps today's organisation running; creation brings tomorrow's into being.");

    /// <summary>Gets dimension 19: "Administer resources" versus "Steward resources".</summary>
    public static Dimension AdministerSteward { get; } = new(
        Ids.AdministerSteward,
        "Administering and stewarding resources",
        new Pole("Administer resources", "Allocates and accounts for resources according to plan and rules."),
        new Pole("Steward resources", "Holds resources in trust, caring for them on behalf of others and the future."),
        Facets.Resources,
        19,
        "Whether resources are treated as things to allocate and control or as a trust to look after. Administration accounts for resources; stewardship answers for them to those who come later.");

    /// <summary>Gets all nineteen dimensions in the seed's order.</summary>
    public static EquatableArray<Dimension> All { get; } =
    [
        ControlInfluence,
        VisibleInvisible,
        DoingBecoming,
        GoalMission,
        StructureMeaning,
        WithinPlayBoundaries,
        StabilityInstability,
        ThingsRightRightThings,
        NeedsValues,
        ServedServing,
        PowerLove,
        SkillSelfDevelopment,
        PushAttract,
        PartsWhole,
        PhysicalSpiritual,
        ShortLongTerm,
        EfficientEffective,
        ExistingNew,
        AdministerSteward,
    ];

    /// <summary>The stable ids of the canonical dimensions.</summary>
    /// <remarks>This type is stateless and thread-safe.</remarks>
    public static class Ids
    {
        /// <summary>The id of dimension 1, "Seek control" versus "Seek influence".</summary>
        public const string ControlInfluence = "control-influence";

        /// <summary>The id of dimension 2, "Emphasize what is visible" versus "Emphasize what is invisible".</summary>
        public const string VisibleInvisible = "visible-invisible";

        /// <summary>The id of dimension 3, "Focus on doing" versus "Focus on becoming".</summary>
        public const string DoingBecoming = "doing-becoming";

        /// <summary>The id of dimension 4, "Goal oriented" versus "Mission oriented".</summary>
        public const string GoalMission = "goal-mission";

        /// <summary>The id of dimension 5, "Provide form &amp; structure" versus "Provide meaning".</summary>
        public const string StructureMeaning = "structure-meaning";

        /// <summary>The id of dimension 6, "Stay within the boundaries" versus "Play with the boundaries".</summary>
        public const string WithinPlayBoundaries = "within-play-boundaries";

        /// <summary>The id of dimension 7, "Preserve stability" versus "Promote instability".</summary>
        public const string StabilityInstability = "stability-instability";

        /// <summary>The id of dimension 8, "Do things right" versus "Do the right things".</summary>
        public const string ThingsRightRightThings = "things-right-right-things";

        /// <summary>The id of dimension 9, "Needs-driven" versus "Values-led".</summary>
        public const string NeedsValues = "needs-values";

        /// <summary>The id of dimension 10, "Expect followers to serve" versus "Seek to serve followers".</summary>
        public const string ServedServing = "served-serving";

        /// <summary>The id of dimension 11, "Influence through power &amp; authority" versus "Influence through love &amp; caring".</summary>
        public const string PowerLove = "power-love";

        /// <summary>The id of dimension 12, "Train for skill development" versus "Train for self development".</summary>
        public const string SkillSelfDevelopment = "skill-self-development";

        /// <summary>The id of dimension 13, "Pull, prod, push followers" versus "Attract followers".</summary>
        public const string PushAttract = "push-attract";

        /// <summary>The id of dimension 14, "Focus on the parts" versus "Focus on the whole".</summary>
        public const string PartsWhole = "parts-whole";

        /// <summary>The id of dimension 15, "Concerned about the physical" versus "Concerned about the spiritual".</summary>
        public const string PhysicalSpiritual = "physical-spiritual";

        /// <summary>The id of dimension 16, "Short-term perspective" versus "Long-term perspective".</summary>
        public const string ShortLongTerm = "short-long-term";

        /// <summary>The id of dimension 17, "Efficient" versus "Effective".</summary>
        public const string EfficientEffective = "efficient-effective";

        /// <summary>The id of dimension 18, "Administer what already exists" versus "Create what does not yet exist".</summary>
        public const string ExistingNew = "existing-new";

        /// <summary>The id of dimension 19, "Administer resources" versus "Steward resources".</summary>
        public const string AdministerSteward = "administer-steward";
    }
}
