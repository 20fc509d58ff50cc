namespace LeadershipModel.Scoring;

internal sealed class DelegateProfileEnricher(string name, Action<EnrichmentArguments> enrich) : IProfileEnricher
{
    public string Name { get; } = name;

    public void Enrich(in EnrichmentArguments arguments) => enrich(arguments);
}
