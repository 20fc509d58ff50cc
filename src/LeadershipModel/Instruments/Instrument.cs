using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using LeadershipModel.Internal;
using LeadershipModel.Serialization;

namespace LeadershipModel.Instruments;

/// <summary>
/// A checked questionnaire: its id and version, response scale, the dimensions, power bases and constructs it
/// measures, and its items.
/// </summary>
/// <remarks>
/// <para>Create with <see cref="Create"/> (throws, listing every problem) or <see cref="Validate"/> (returns the
/// problems). The canonical instruments ship with the package; any other can be defined in
/// code or JSON and gets the same engine.</para>
/// <para>A scale is the set of items that share an <see cref="ItemTarget"/>; <see cref="Scales"/> lists them in
/// the order their first item appears.</para>
/// <para>This type is immutable and thread-safe. Two instruments are equal when their definitions are equal.</para>
/// </remarks>
public sealed class Instrument : IEquatable<Instrument>
{
    private readonly FrozenDictionary<string, int> _itemIndex;
    private readonly FrozenDictionary<ItemTarget, ScaleReliability> _reliabilities;
    private readonly FrozenDictionary<string, FrozenDictionary<string, LocalizedText>> _forms;
    private readonly FrozenDictionary<string, LabelSet> _labelSets;

    private Instrument(InstrumentDefinition definition)
    {
        Definition = definition;
        _itemIndex = definition.Items.Select((item, i) => KeyValuePair.Create(item.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
        _reliabilities = definition.Reliabilities.ToFrozenDictionary(r => r.Target);
        _forms = definition.Forms.ToFrozenDictionary(f => f.Id, f => f.ItemTexts.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
        _labelSets = definition.LabelSets.ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);
        Scales = definition.Items
            .Select((item, i) => (item, i))
            .GroupBy(x => x.item.Target)
            .Select(g => new InstrumentScale(g.Key, g.Select(x => x.i).ToEquatableArray(), _reliabilities.GetValueOrDefault(g.Key)))
            .ToEquatableArray();
    }

    /// <summary>Gets the definition the instrument was created from.</summary>
    public InstrumentDefinition Definition { get; }

    /// <summary>Gets the kebab-case id.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the version.</summary>
    public string Version => Definition.Version;

    /// <summary>Gets the display name.</summary>
    public string Name => Definition.Name;

    /// <summary>Gets the response scale.</summary>
    public ResponseScale Scale => Definition.Scale;

    /// <summary>Gets the dimensions measured.</summary>
    public DimensionSet Dimensions => Definition.Dimensions;

    /// <summary>Gets the host-defined constructs measured.</summary>
    public EquatableArray<Construct> Constructs => Definition.Constructs;

    /// <summary>Gets the items in presentation order.</summary>
    public EquatableArray<Item> Items => Definition.Items;

    /// <summary>Gets the declared forms, such as <see cref="FormIds.Observer"/>; the items' own texts are the
    /// <see cref="FormIds.Self"/> form unless one of that id is declared.</summary>
    public EquatableArray<InstrumentForm> Forms => Definition.Forms;

    /// <summary>Gets the free-text questions asked after the items.</summary>
    public EquatableArray<OpenQuestion> OpenQuestions => Definition.OpenQuestions;

    /// <summary>Gets the ids of the forms a rater can answer: <see cref="FormIds.Self"/> first, then the declared forms.</summary>
    public IEnumerable<string> AvailableFormIds => Forms.Select(f => f.Id).Prepend(FormIds.Self).Distinct(StringComparer.Ordinal);

    /// <summary>Gets the scales (items grouped by target) in order of first appearance.</summary>
    public EquatableArray<InstrumentScale> Scales { get; }

    /// <summary>Gets the power bases the instrument measures, in declaration order.</summary>
    public IEnumerable<PowerBase> PowerBases => Scales.Where(s => s.Target.Kind == ItemTargetKind.PowerBase).Select(s => s.Target.PowerBase!.Value).Order();

    /// <summary>Checks a definition and creates the instrument.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="InstrumentValidationException">The definition breaks one or more rules; all are listed.</exception>
    public static Instrument Create(InstrumentDefinition definition)
    {
        var errors = Validate(definition);
        return errors.Count == 0 ? new Instrument(definition) : throw new InstrumentValidationException(errors);
    }

    /// <summary>Checks a definition against the rules that span its parts.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>Every problem found, each with the JSON path of the part at fault; empty when valid.</returns>
    public static IReadOnlyList<InstrumentError> Validate(InstrumentDefinition definition)
    {
        Preconditions.NotNull(definition);
        var errors = new List<InstrumentError>();
        var items = definition.Items;
        if (items.Count == 0)
        {
            errors.Add(new("$.items", InstrumentErrorCodes.Empty, "The instrument has no items."));
        }

        var constructIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Constructs.Count; i++)
        {
            var c = definition.Constructs[i];
            if (c is null)
            {
                errors.Add(new($"$.constructs[{i}]", InstrumentErrorCodes.Required, "The construct is null."));
            }
            else if (!constructIds.TryAdd(c.Id, i))
            {
                errors.Add(new($"$.constructs[{i}].id", InstrumentErrorCodes.DuplicateId, $"Construct id '{c.Id}' is already used by $.constructs[{constructIds[c.Id]}]."));
            }
            else if (definition.Dimensions.Contains(c.Id))
            {
                errors.Add(new($"$.constructs[{i}].id", InstrumentErrorCodes.DuplicateId, $"Construct id '{c.Id}' is also a dimension id."));
            }
        }

        var itemIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<ItemTarget, int>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var path = $"$.items[{i}]";
            if (item is null)
            {
                errors.Add(new(path, InstrumentErrorCodes.Required, "The item is null."));
                continue;
            }

            if (!itemIds.TryAdd(item.Id, i))
            {
                errors.Add(new(path + ".id", InstrumentErrorCodes.DuplicateId, $"Item id '{item.Id}' is already used by $.items[{itemIds[item.Id]}]."));
            }

            var target = item.Target;
            switch (target.Kind)
            {
                case ItemTargetKind.Pole or ItemTargetKind.Dimension when !definition.Dimensions.Contains(target.DimensionId!):
                    errors.Add(new(path + ".target.dimension", InstrumentErrorCodes.UnknownTarget, $"Item '{item.Id}' targets dimension '{target.DimensionId}', which the instrument does not define."));
                    continue;
                case ItemTargetKind.Construct when !constructIds.ContainsKey(target.ConstructId!):
                    errors.Add(new(path + ".target.construct", InstrumentErrorCodes.UnknownTarget, $"Item '{item.Id}' targets construct '{target.ConstructId}', which the instrument does not define."));
                    continue;
            }

            counts[target] = counts.GetValueOrDefault(target) + 1;
        }

        for (var d = 0; d < definition.Dimensions.Count; d++)
        {
            var id = definition.Dimensions[d].Id;
            var management = counts.GetValueOrDefault(ItemTarget.ForPole(id, PoleKind.Management));
            var leadership = counts.GetValueOrDefault(ItemTarget.ForPole(id, PoleKind.Leadership));
            var bipolar = counts.GetValueOrDefault(ItemTarget.ForDimension(id));
            if (management + leadership + bipolar == 0)
            {
                errors.Add(new($"$.dimensions[{d}]", InstrumentErrorCodes.NoItems, $"Dimension '{id}' has no items."));
            }
            else if (management + leadership > 0 && (management == 0 || leadership == 0))
            {
                var pole = management == 0 ? "management" : "leadership";
                errors.Add(new($"$.dimensions[{d}]", InstrumentErrorCodes.NoItems, $"The {pole} pole of dimension '{id}' has no items, while its other pole has some."));
            }
        }

        foreach (var (id, i) in constructIds)
        {
            if (!counts.ContainsKey(ItemTarget.ForConstruct(id)))
            {
                errors.Add(new($"$.constructs[{i}]", InstrumentErrorCodes.NoItems, $"Construct '{id}' has no items."));
            }
        }

        ValidateForms(definition, itemIds, errors);
        ValidateOpenQuestions(definition, itemIds, errors);
        ValidateLabelSets(definition, errors);

        for (var r = 0; r < definition.Reliabilities.Count; r++)
        {
            var rel = definition.Reliabilities[r];
            if (rel is null || !counts.ContainsKey(rel.Target))
            {
                errors.Add(new($"$.reliabilities[{r}].target", InstrumentErrorCodes.UnknownTarget, $"Reliability is given for scale '{rel?.Target.Key}', which has no items."));
            }
        }

        return errors.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Gets the text of an item in a form, falling back to the item's own text when the instrument has no such form.</summary>
    /// <param name="itemId">The item id.</param>
    /// <param name="formId">The form id, such as <see cref="FormIds.Observer"/>.</param>
    /// <returns>The text, in its default language.</returns>
    /// <exception cref="ArgumentException">The instrument has no item <paramref name="itemId"/>.</exception>
    public string GetItemText(string itemId, string formId) => GetLocalizedItemText(itemId, formId).Default;

    /// <summary>Gets the text of an item in a form, in every language given, falling back to the item's own text when the instrument has no such form.</summary>
    /// <param name="itemId">The item id.</param>
    /// <param name="formId">The form id, such as <see cref="FormIds.Observer"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The instrument has no item <paramref name="itemId"/>.</exception>
    public LocalizedText GetLocalizedItemText(string itemId, string formId)
    {
        Preconditions.NotNull(formId);
        if (!TryGetItem(itemId, out var item))
        {
            throw new ArgumentException($"Instrument '{Id}' {Version} has no item '{itemId}'.", nameof(itemId));
        }

        return _forms.TryGetValue(formId, out var texts) && texts.TryGetValue(itemId, out var text) ? text : item.Text;
    }

    /// <summary>Gets a value indicating whether a rater can answer a form: <see cref="FormIds.Self"/> or a declared form.</summary>
    /// <param name="formId">The form id.</param>
    /// <returns><see langword="true"/> when the form exists.</returns>
    public bool HasForm(string formId) => Preconditions.NotNull(formId) == FormIds.Self || _forms.ContainsKey(formId);

    /// <summary>Gets the answer labels shown with an item: its <see cref="Item.Labels"/> set, or the scale's labels.</summary>
    /// <param name="item">An item of this instrument.</param>
    /// <returns>The labels, in ascending order of value.</returns>
    public EquatableArray<ScaleLabel> GetAnswerLabels(Item item)
        => Preconditions.NotNull(item).Labels is { } id && _labelSets.TryGetValue(id, out var set) ? set.Labels : Scale.Labels;

    /// <summary>Looks up an item by id.</summary>
    /// <param name="itemId">The item id.</param>
    /// <param name="item">The item, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetItem(string itemId, [NotNullWhen(true)] out Item? item)
    {
        if (_itemIndex.TryGetValue(Preconditions.NotNull(itemId), out var i))
        {
            item = Items[i];
            return true;
        }

        item = null;
        return false;
    }

    /// <summary>Gets the position of an item in <see cref="Items"/>, or −1.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The zero-based position, or −1 when absent.</returns>
    public int IndexOfItem(string itemId) => _itemIndex.TryGetValue(Preconditions.NotNull(itemId), out var i) ? i : -1;

    /// <summary>Gets the known reliability of a scale, or <see langword="null"/>.</summary>
    /// <param name="target">The scale.</param>
    /// <returns>The reliability, when given.</returns>
    public ScaleReliability? GetReliability(ItemTarget target) => _reliabilities.GetValueOrDefault(Preconditions.NotNull(target));

    private static void ValidateForms(InstrumentDefinition definition, Dictionary<string, int> itemIds, List<InstrumentError> errors)
    {
        var formIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < definition.Forms.Count; f++)
        {
            var form = definition.Forms[f];
            var path = $"$.forms[{f}]";
            if (form is null)
            {
                errors.Add(new(path, InstrumentErrorCodes.Required, "The form is null."));
                continue;
            }

            if (!formIds.TryAdd(form.Id, f))
            {
                errors.Add(new(path + ".id", InstrumentErrorCodes.DuplicateId, $"Form id '{form.Id}' is already used by $.forms[{formIds[form.Id]}]."));
            }

            var covered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (itemId, _) in form.ItemTexts)
            {
                if (!covered.Add(itemId))
                {
                    errors.Add(new(ItemTextPath(path, itemId), InstrumentErrorCodes.DuplicateId, $"Form '{form.Id}' gives item '{itemId}' more than one text."));
                }
                else if (!itemIds.ContainsKey(itemId))
                {
                    errors.Add(new(ItemTextPath(path, itemId), InstrumentErrorCodes.UnknownItem, $"Form '{form.Id}' has a text for item '{itemId}', which the instrument does not have."));
                }
            }

            var missing = itemIds.Keys.Where(id => !covered.Contains(id)).OrderBy(id => itemIds[id]).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new(path + ".items", InstrumentErrorCodes.MissingText, $"Form '{form.Id}' has no text for item{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Take(10).Select(m => $"'{m}'"))}{(missing.Count > 10 ? $" and {missing.Count - 10} more" : "")}."));
            }
        }
    }

    private static string ItemTextPath(string formPath, string itemId) => JsonPaths.Property(formPath + ".items", itemId);

    private static void ValidateOpenQuestions(InstrumentDefinition definition, Dictionary<string, int> itemIds, List<InstrumentError> errors)
    {
        var forms = definition.Forms.Where(f => f is not null).Select(f => f.Id).Prepend(FormIds.Self).Distinct(StringComparer.Ordinal).ToList();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var q = 0; q < definition.OpenQuestions.Count; q++)
        {
            var question = definition.OpenQuestions[q];
            var path = $"$.openQuestions[{q}]";
            if (question is null)
            {
                errors.Add(new(path, InstrumentErrorCodes.Required, "The open question is null."));
                continue;
            }

            if (!ids.TryAdd(question.Id, q))
            {
                errors.Add(new(path + ".id", InstrumentErrorCodes.DuplicateId, $"Open question id '{question.Id}' is already used by $.openQuestions[{ids[question.Id]}]."));
            }
            else if (itemIds.ContainsKey(question.Id))
            {
                errors.Add(new(path + ".id", InstrumentErrorCodes.DuplicateId, $"Open question id '{question.Id}' is also an item id."));
            }

            foreach (var (formId, _) in question.Texts)
            {
                if (!forms.Contains(formId))
                {
                    errors.Add(new(JsonPaths.Property(path + ".texts", formId), InstrumentErrorCodes.UnknownForm, $"Open question '{question.Id}' has a text for form '{formId}', which the instrument does not declare."));
                }
            }

            if (definition.Forms.Count > 0)
            {
                foreach (var formId in forms.Where(f => !question.Texts.Any(t => t.Key == f)))
                {
                    errors.Add(new(path + ".texts", InstrumentErrorCodes.MissingText, $"Open question '{question.Id}' has no text for form '{formId}'."));
                }
            }
        }
    }

    private static void ValidateLabelSets(InstrumentDefinition definition, List<InstrumentError> errors)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < definition.LabelSets.Count; s++)
        {
            var set = definition.LabelSets[s];
            var path = $"$.labelSets[{s}]";
            if (set is null)
            {
                errors.Add(new(path, InstrumentErrorCodes.Required, "The label set is null."));
                continue;
            }

            if (!ids.TryAdd(set.Id, s))
            {
                errors.Add(new(path + ".id", InstrumentErrorCodes.DuplicateId, $"Label set id '{set.Id}' is already used by $.labelSets[{ids[set.Id]}]."));
            }

            for (var l = 0; l < set.Labels.Count; l++)
            {
                if (!definition.Scale.Contains(set.Labels[l].Value))
                {
                    errors.Add(new($"{path}.labels[{l}].value", InstrumentErrorCodes.UnknownLabels, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Label value {set.Labels[l].Value} is not an answer on the scale [{definition.Scale.Min}, {definition.Scale.Max}].")));
                }
            }
        }

        for (var i = 0; i < definition.Items.Count; i++)
        {
            if (definition.Items[i]?.Labels is { } id && !ids.ContainsKey(id))
            {
                errors.Add(new($"$.items[{i}].labels", InstrumentErrorCodes.UnknownLabels, $"Item '{definition.Items[i].Id}' names label set '{id}', which the instrument does not declare."));
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Instrument? other) => other is not null && Definition.Equals(other.Definition);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Instrument);

    /// <inheritdoc/>
    public override int GetHashCode() => Definition.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Version} ({Items.Count} items)";
}
