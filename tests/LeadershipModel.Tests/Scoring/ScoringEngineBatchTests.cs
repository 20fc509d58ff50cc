using LeadershipModel.Instruments;
using LeadershipModel.Responses;
using LeadershipModel.Scoring;

namespace LeadershipModel.Tests.Scoring;

public sealed class ScoringEngineBatchTests
{
    private static readonly Instrument Small = TestInstruments.Small();
    private static readonly ScoringEngine Engine = ScoringEngine.CreateBuilder().AddInstrument(Small).Build();

    /// <summary>A deterministic mix: most sets valid, every seventh out of range, every eleventh for an unknown instrument.</summary>
    private static List<ResponseSet> Mixed(int count)
    {
        var sets = new List<ResponseSet>(count);
        for (var i = 0; i < count; i++)
        {
            var answers = Small.Items.Select((item, k) => KeyValuePair.Create(item.Id, (double?)(1 + ((i * 7 + k * 3) % 5)))).ToList();
            if (i % 7 == 3)
            {
                answers[2] = KeyValuePair.Create(answers[2].Key, (double?)8);
            }

            var set = ResponseSet.Create(i % 11 == 5 ? "other" : Small.Id, Small.Version, $"p{i}", answers);
            sets.Add(set);
        }

        return sets;
    }

    [Fact]
    public void ScoreBatch_CountsAddUpAndOrderIsKept()
    {
        var sets = Mixed(200);
        var result = Engine.ScoreBatch(sets);
        result.Total.Should().Be(200);
        result.Rejections.Should().NotBeEmpty();
        result.Profiles.Count.Should().Be(200 - result.Rejections.Count);
        result.Rejections.Select(r => r.Index).Should().BeInAscendingOrder();
        result.Rejections.Should().OnlyContain(r => r.Reasons.Count > 0 && r.RespondentId == $"p{r.Index}");
        result.Profiles.Select(p => int.Parse(p.RespondentId[1..], System.Globalization.CultureInfo.InvariantCulture)).Should().BeInAscendingOrder();
    }

    [Fact]
    public void ScoreBatch_Parallel_IsIdenticalToSequential()
    {
        var sets = Mixed(500);
        var sequential = Engine.ScoreBatch(sets);
        var parallel = Engine.ScoreBatch(sets, new BatchScoringOptions { MaxDegreeOfParallelism = -1 });
        parallel.Should().Be(sequential);
    }

    [Fact]
    public void Score_FromEightThreads_IsIdenticalToSequential()
    {
        var sets = Mixed(400);
        var expected = sets.Select((s, i) => Engine.Score(s, i)).ToList();
        var actual = new ScoringResult[sets.Count];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var i = t; i < sets.Count; i += 8)
            {
                actual[i] = Engine.Score(sets[i], i);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        actual.Should().Equal(expected);
    }

    [Fact]
    public async Task ScoreAsync_StreamsInOrderWithProgress_EqualToBatch()
    {
        var sets = Mixed(1000);
        var progress = new List<ScoringProgress>();
        var results = new List<ScoringResult>();
        await foreach (var r in Engine.ScoreAsync(ToAsync(sets), new StreamScoringOptions { ChunkSize = 128, MaxDegreeOfParallelism = 4 }, new SyncProgress(progress.Add), TestContext.Current.CancellationToken))
        {
            results.Add(r);
        }

        results.Select(r => r.Index).Should().Equal(Enumerable.Range(0, 1000).Select(i => (long)i));
        results.Should().Equal(sets.Select((s, i) => Engine.Score(s, i)));
        progress.Should().HaveCount(8);
        progress[^1].Processed.Should().Be(1000);
        (progress[^1].Scored + progress[^1].Rejected).Should().Be(1000);
        progress[^1].Rejected.Should().Be(results.Count(r => !r.IsScored));
    }

    [Fact]
    public async Task ScoreAsync_Cancelled_Stops()
    {
        using var cts = new CancellationTokenSource();
        var count = 0;
        var act = async () =>
        {
            await foreach (var _ in Engine.ScoreAsync(ToAsync(Mixed(2000)), new StreamScoringOptions { ChunkSize = 100 }, cancellationToken: cts.Token))
            {
                if (++count == 150)
                {
                    await cts.CancelAsync();
                }
            }
        };
        await act.Should().ThrowAsync<OperationCanceledException>();
        count.Should().BeLessThan(2000);
    }

    private static async IAsyncEnumerable<ResponseSet> ToAsync(IEnumerable<ResponseSet> sets)
    {
        foreach (var s in sets)
        {
            await Task.Yield();
            yield return s;
        }
    }

    private sealed class SyncProgress(Action<ScoringProgress> report) : IProgress<ScoringProgress>
    {
        public void Report(ScoringProgress value) => report(value);
    }
}
