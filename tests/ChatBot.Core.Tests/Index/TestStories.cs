using ChatBot.Core.Stories;

namespace ChatBot.Core.Tests.Index;

/// <summary>Small stories for index tests, chunked by paragraph with exact spans.</summary>
internal static class TestStories
{
    public static (Story Story, IReadOnlyList<Chunk> Chunks) Create(
        string id,
        string text,
        string outlet = "Daily Planet",
        DateTimeOffset? published = null,
        string source = "news")
    {
        var metadata = new StoryMetadata($"Title of {id}", outlet, $"https://example.test/{id}", published, "A. Writer");
        var story = new Story(id, source, text, metadata, StoryHash.Compute(text, metadata));
        return (story, ChunkByParagraph(story));
    }

    public static IReadOnlyList<Chunk> ChunkByParagraph(Story story)
    {
        var chunks = new List<Chunk>();
        var start = 0;
        while (start < story.Text.Length)
        {
            var end = story.Text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = story.Text.Length;
            chunks.Add(new Chunk(story.Id, chunks.Count, start, end, story.Text[start..end]));
            start = end + 2;
        }

        return chunks;
    }

    /// <summary>Harbor bridge story: three paragraphs, Daily Planet, March 2024 (+01:00).</summary>
    public static (Story Story, IReadOnlyList<Chunk> Chunks) Harbor() => Create(
        "planet/harbor-bridge",
        "The harbor bridge reopened on Monday after repairs.\n\nEngineers replaced 6,500 rivets on the eastern span.\n\nTraffic returned to normal by evening.",
        "Daily Planet",
        new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)));

    /// <summary>Budget story: three paragraphs, Gotham Gazette, May 2024 (UTC); mentions the harbor once.</summary>
    public static (Story Story, IReadOnlyList<Chunk> Chunks) Budget() => Create(
        "gazette/budget",
        "The city council approved a new budget for schools.\n\nTeachers welcomed the budget increase.\n\nThe harbor authority asked for more funding.",
        "Gotham Gazette",
        new DateTimeOffset(2024, 5, 10, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Flood story: two paragraphs, from another source ("wire"), no date.</summary>
    public static (Story Story, IReadOnlyList<Chunk> Chunks) Flood() => Create(
        "wire/flood",
        "Floods closed the riverside park for a week.\n\nVolunteers cleaned the park paths.",
        "Wire Service",
        published: null,
        source: "wire");
}
