using System.Text;
using System.Text.Json;
using LeadershipModel.Scoring;
using LeadershipModel.Serialization;

namespace LeadershipModel.Tests.Serialization;

public sealed class ProfileJsonWriterTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(250, false)]
    [InlineData(40, true)]
    public void Write_NProfiles_IsAValidArrayEqualToWriteMany(int count, bool indented)
    {
        var samples = ProfileSamples.All().ToList();
        var profiles = Enumerable.Range(0, count).Select(i => samples[i % samples.Count] with { RespondentId = "r" + i }).ToList();
        using var stream = new MemoryStream();

        using (var writer = new ProfileJsonWriter(stream, indented))
        {
            foreach (var profile in profiles)
            {
                writer.Write(profile);
            }

            writer.Count.Should().Be(count);
            writer.Complete();
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
        text.Should().Be(JsonFormats.Profiles.Write(profiles.ToEquatableArray(), indented));
        using var document = JsonDocument.Parse(text);
        document.RootElement.GetArrayLength().Should().Be(count);
        JsonFormats.Profiles.Read(text, new JsonReadOptions { MaxDocumentBytes = 64 * 1024 * 1024 }).GetValueOrThrow().Should().Equal(profiles);
    }

    [Fact]
    public void Write_ManyProfiles_FlushesAsItGoes()
    {
        var profile = ProfileSamples.Canonical(1)[0];
        using var stream = new MemoryStream();
        using var writer = new ProfileJsonWriter(stream, indented: false);

        for (var i = 0; i < 20; i++)
        {
            writer.Write(profile);
        }

        stream.Length.Should().BeGreaterThan(0, "output beyond 64 KiB is flushed before the array is complete");
    }

    [Fact]
    public async Task WriteAsync_ThenDisposeAsync_CompletesTheArray()
    {
        var profiles = ProfileSamples.All().ToList();
        using var stream = new MemoryStream();

        await using (var writer = new ProfileJsonWriter(stream, indented: false))
        {
            foreach (var profile in profiles)
            {
                await writer.WriteAsync(profile, TestContext.Current.CancellationToken);
            }
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(JsonFormats.Profiles.Write(profiles.ToEquatableArray(), indented: false));
    }

    [Fact]
    public void Dispose_WithoutComplete_ClosesTheArray()
    {
        using var stream = new MemoryStream();
        using (var writer = new ProfileJsonWriter(stream, indented: false))
        {
            writer.Write(ProfileSamples.Bipolar());
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(JsonFormats.Profiles.Write([ProfileSamples.Bipolar()], indented: false));
    }

    [Fact]
    public void Write_AfterComplete_Throws_AndCompleteTwiceIsHarmless()
    {
        using var stream = new MemoryStream();
        using var writer = new ProfileJsonWriter(stream);
        writer.Complete();
        writer.Complete();

        FluentActions.Invoking(() => writer.Write(ProfileSamples.Bipolar())).Should().Throw<InvalidOperationException>();
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be("[]");
    }

    [Fact]
    public void Write_AfterDispose_Throws()
    {
        var writer = new ProfileJsonWriter(new MemoryStream());
        writer.Dispose();

        FluentActions.Invoking(() => writer.Write(ProfileSamples.Bipolar())).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Write_OverACallersWriter_WritesTheArrayAsAPropertyValue()
    {
        var profiles = new[] { ProfileSamples.Bipolar(), ProfileSamples.Rich() };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WritePropertyName("profiles");
            using (var writer = new ProfileJsonWriter(json))
            {
                writer.Write(profiles[0]);
                writer.Write(profiles[1]);
            }

            json.WriteNumber("count", 2);
            json.WriteEndObject();
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        JsonFormats.Profiles.Read(document.RootElement.GetProperty("profiles").GetRawText()).GetValueOrThrow().Should().Equal(profiles);
        document.RootElement.GetProperty("count").GetInt32().Should().Be(2);
    }

    [Fact]
    public void WriteManyTo_Stream_EqualsWriteMany()
    {
        var profiles = ProfileSamples.All().ToList();
        using var stream = new MemoryStream();

        JsonFormats.Profiles.WriteTo(profiles.ToEquatableArray(), stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(JsonFormats.Profiles.Write(profiles.ToEquatableArray()));
    }
}
