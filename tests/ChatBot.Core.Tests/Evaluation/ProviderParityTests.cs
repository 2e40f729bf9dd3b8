using ChatBot.Core.Evaluation;
using ChatBot.Core.Tests.Index.Qdrant;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Evaluation;

public class ProviderParityTests(FakeQdrantFixture qdrant) : IClassFixture<FakeQdrantFixture>
{
    [SharedFact("eval", "seeds-gold.json")]
    public async Task Eval_on_Qdrant_gives_the_same_metrics_as_on_SQLite()
    {
        var set = GoldSet.Load(RepositoryPaths.SharedFile("eval", "seeds-gold.json"));
        using var sqlite = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);
        using var onQdrant = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds, FakeQdrantIndexes.Create(qdrant).Index);

        var expected = await new Evaluator(sqlite.Index, sqlite.Indexer, sqlite.Answers).RunAsync(set, sqlite.Source, "extractive");
        var actual = await new Evaluator(onQdrant.Index, onQdrant.Indexer, onQdrant.Answers).RunAsync(set, onQdrant.Source, "extractive");

        Assert.Equal(expected.Metrics with { LatencyP50Ms = 0, LatencyP95Ms = 0 }, actual.Metrics with { LatencyP50Ms = 0, LatencyP95Ms = 0 });
        Assert.Equal(1.0, actual.Metrics.QuoteFidelity);
    }
}
