using ChatBot.Core.Index;

namespace ChatBot.Bench.Queries;

/// <summary>
/// Questions made from the headlines of indexed stories: "What happened: {headline}?". "What" and "happened"
/// are stop words to the product, so the query terms are the headline's, and every question has a story that
/// answers it. Headlines are taken evenly across the index (by story id), and reused in turn when the index has
/// fewer than asked for.
/// </summary>
internal static class QuestionSet
{
    public static async Task<List<string>> FromIndexAsync(IStoryIndex index, int count, CancellationToken cancellationToken = default)
    {
        var titles = (await index.ListStoriesAsync(cancellationToken))
            .Where(s => !Path.GetFileName(s.StoryId).StartsWith("README", StringComparison.OrdinalIgnoreCase)) // a collection's README, not news
            .Select(s => s.Metadata.Title)
            .OfType<string>()
            .Where(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            .ToList();
        if (titles.Count == 0) return [];
        var step = Math.Max(1.0, titles.Count / (double)count);
        var questions = new List<string>(count);
        for (var i = 0; questions.Count < count; i++)
        {
            questions.Add(Question(titles[(int)(i * step) % titles.Count]));
        }

        return questions;
    }

    private static string Question(string headline) => $"What happened: {headline.TrimEnd('.', '?', '!')}?";
}
