using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using LeadershipModel.Campaigns.Tests.ScoringApi.Infrastructure;

namespace LeadershipModel.Campaigns.Tests.ScoringApi.Robustness;

/// <summary>
/// Issue 14: every request body of tests/corpus/http (made by tests/corpus/generate.py) gets its expected status and
/// message, as problem details when it is an error, and never a 500; CsCheck sends random and mutated bodies (bounded
/// in CI; LEADERSHIP_FUZZ_CASES for more) and no answer is a 500.
/// </summary>
public sealed class HttpCorpusTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "corpus", "http");
    private static readonly long Cases = long.TryParse(Environment.GetEnvironmentVariable("LEADERSHIP_FUZZ_CASES"), out var n) && n > 0 ? n : 60;
    private readonly HttpClient _client = api.Client;

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows())
        {
            data.Add(row[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Corpus_Request_GetsItsStatusAndNeverA500(string input)
    {
        var row = Rows().Single(r => r[0] == input);
        var command = row[1].Split(' ');
        var (path, contentType, status, message) = (command[1], command[2], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture), row[3]);

        var response = await PostAsync(path, File.ReadAllBytes(Path.Combine(Root, input)), contentType == "-" ? null : contentType);
        var text = await response.TextAsync();

        ((int)response.StatusCode).Should().Be(status, text.Length > 600 ? text[..600] : text);
        if (status >= 400)
        {
            response.MediaType().Should().Be("application/problem+json");
        }

        if (message.Length > 0)
        {
            text.Should().Contain(message);
        }
    }

    [Fact]
    public async Task Fuzz_RandomBodies_NeverGetA500()
    {
        var bodies = Gen.Byte.Array[0, 512].Array[(int)Cases].Single();
        foreach (var body in bodies)
        {
            await NoServerErrorAsync("/profiles/batch", body);
            await NoServerErrorAsync("/profiles", body);
        }
    }

    [Fact]
    public async Task Fuzz_MutatedValidBatches_NeverGetA500()
    {
        var valid = Encoding.UTF8.GetBytes(ResponseSets.Json([ResponseSets.Canonical("a"), ResponseSets.Canonical("b", seed: 2)]));
        var specials = "\"{}[],:0-.eE\\ "u8.ToArray().Concat(new byte[] { 0xC3, 0xFF, 0 }).ToArray();
        var edits = Gen.Select(Gen.Int[0, 2], Gen.Int[0, valid.Length - 1], Gen.Int[0, specials.Length - 1]).Array[1, 8].Array[(int)Cases].Single();
        foreach (var edit in edits)
        {
            var bytes = new List<byte>(valid);
            foreach (var (kind, at, value) in edit)
            {
                var i = Math.Min(at, bytes.Count - 1);
                switch (kind)
                {
                    case 0: bytes.Insert(i, specials[value]); break;
                    case 1 when bytes.Count > 1: bytes.RemoveAt(i); break;
                    default: bytes[i] = specials[value]; break;
                }
            }

            await NoServerErrorAsync("/profiles/batch", [.. bytes]);
        }
    }

    private static IEnumerable<string[]> Rows()
        => File.ReadLines(Path.Combine(Root, "cases.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));

    private async Task NoServerErrorAsync(string path, byte[] body)
    {
        var response = await PostAsync(path, body, "application/json");
        var text = await response.TextAsync();
        ((int)response.StatusCode).Should().BeOneOf([200, 400, 413, 415, 422], text.Length > 300 ? text[..300] : text);
    }

    private Task<HttpResponseMessage> PostAsync(string path, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return _client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }
}
