namespace ContactCenter.Dashboard.FuzzTests;

/// <summary>
/// POST /api/events under about three thousand generated hostile requests ("hostile input"): every answer
/// is a 2xx or a 4xx, in time, and says why it refused a request or an item; the floor still answers afterwards.
/// </summary>
[Collection(FuzzAppCollection.Name)]
public sealed class EventApiFuzzTests(FuzzApp app)
{
    public static TheoryData<string> Categories => new(Corpus.Categories);

    [Fact]
    public void The_corpus_is_thousands_of_requests_and_the_same_on_every_run()
    {
        var first = Corpus.All;
        var second = Corpus.Build(Corpus.BuiltAt);
        var run = first.Count(c => Corpus.Categories.Contains(c.Category));
        Assert.True(run >= 3_000, $"only {run} requests");
        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].Name == second[i].Name && first[i].Body.AsSpan().SequenceEqual(second[i].Body), $"request {i} ({first[i]}) differs between two builds");
        }

        Assert.All(Corpus.Categories, c => Assert.Contains(first, f => f.Category == c));
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public async Task Every_request_is_answered_in_time_with_a_2xx_or_a_4xx_and_a_reason(string category)
    {
        var client = app.Connector();
        var cases = Corpus.Of(category).ToList();
        var failures = new Failures();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (fuzz, _) =>
        {
            var logged = app.Log.Count;
            var outcome = await client.PostAsync(fuzz);
            if (Verdicts.OfEventsReply(fuzz, outcome) is { } fault)
            {
                failures.Add(fault, fuzz.Describe(), outcome, app.Log.Since(logged));
            }
        });

        // Whatever the junk did to the grains, the floor still reads.
        var logged = app.Log.Count;
        var floor = await (await app.ReaderAsync()).ReadAsync("/api/floor");
        if (Verdicts.OfReadReply(floor) is { } floorFault)
        {
            failures.Add(floorFault, $"GET /api/floor after the '{category}' requests", floor, app.Log.Since(logged));
        }

        Assert.True(failures.IsEmpty, failures.Report($"'{category}' requests", cases.Count));
        Assert.True(floor.Code == 200, $"GET /api/floor after the '{category}' requests: {floor}");
    }
}
