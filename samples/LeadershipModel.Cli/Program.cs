using LeadershipModel;

// Until the scoring engine lands, the command prints the canonical model: the nineteen dimensions and the
// sources of authority.
Console.WriteLine("LeadershipModel: management and leadership on nineteen dimensions");
Console.WriteLine();
foreach (var facet in DimensionSet.Canonical.GroupBy(d => d.Facet))
{
    Console.WriteLine(facet.Key);
    foreach (var d in facet)
    {
        Console.WriteLine($"  {d.Order,2}. {d.ManagementPole.Label,-38} | {d.LeadershipPole.Label}");
    }
}

Console.WriteLine();
Console.WriteLine("Sources of authority");
foreach (var source in AuthorityModel.Default.Sources)
{
    var bases = string.Join(", ", AuthorityModel.Default.BasesOf(source.Source));
    var who = source.ConferredBy == Conferrer.Followers ? "conferred by followers, who can withdraw it" : "granted by the organisation, not the person's own";
    Console.WriteLine($"  {source.Name,-22} {who} ({bases})");
}
