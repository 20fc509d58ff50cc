using LeadershipModel.Campaigns.Hosting;
using Microsoft.Extensions.Configuration;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Hosting;

public sealed class LocalhostBindingTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void DefaultUrl_IsLoopbackOnly() => new Uri(LocalhostBinding.DefaultUrl).Host.Should().Be("127.0.0.1");

    [Fact]
    public void IsConfigured_Nothing_IsFalse() => LocalhostBinding.IsConfigured(Config()).Should().BeFalse();

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://localhost:9000")]
    public void IsConfigured_AddressesGiven_IsTrue(string key, string value)
        => LocalhostBinding.IsConfigured(Config((key, value))).Should().BeTrue();
}
