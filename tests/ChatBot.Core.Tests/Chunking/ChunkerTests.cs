using ChatBot.Core.Chunking;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Chunking;

public class ChunkerTests
{
    [Fact]
    public async Task Chunk_spans_round_trip_on_every_seed_story()
    {
        var source = new FolderStorySource("seeds", RepositoryPaths.Seeds, new IngestionOptions());
        var chunker = new Chunker();
        foreach (var entry in await source.ScanAsync())
        {
            var story = await entry.LoadAsync();
            var chunks = chunker.Chunk(story);
            Assert.NotEmpty(chunks);
            Assert.All(chunks, c => Assert.Equal(c.Text, story.Text[c.Start..c.End]));
            Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Ordinal));
        }
    }

    [Fact]
    public void Passages_stay_within_the_size_bounds_and_overlap_a_little()
    {
        var sentence = "Officials said the plan would cost about 4,000 dollars per household this year. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 60)).Trim();
        var chunks = new Chunker().Chunk("s", text);
        Assert.True(chunks.Count > 3);
        Assert.All(chunks.SkipLast(1), c => Assert.InRange(c.Text.Length, 500, 1000));
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.True(chunks[i].Start < chunks[i - 1].End, "consecutive passages share a sentence");
        }
    }

    [Fact]
    public void A_short_story_is_one_passage()
    {
        var chunks = new Chunker().Chunk("s", "Short story. Only two sentences.");
        var chunk = Assert.Single(chunks);
        Assert.Equal("Short story. Only two sentences.", chunk.Text);
    }
}
