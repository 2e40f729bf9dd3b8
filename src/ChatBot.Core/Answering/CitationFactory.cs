using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>Makes citations only from quotes that pass verification against the stored story.</summary>
public static class CitationFactory
{
    /// <summary>A citation for <paramref name="quote"/>, or null when the quote is not verbatim in the story.</summary>
    public static Citation? Create(int number, Story story, string quote, int near = 0)
    {
        var span = QuoteVerifier.Find(story.Text, quote, near);
        if (span is null) return null;
        var m = story.Metadata;
        return new Citation(number, story.Id, m.Title, m.Outlet, m.Url, m.Published, span.Value.Of(story.Text), span.Value.Start, span.Value.End,
            AiGenerated: StorySelfDescription.AiGenerated(story.Text), Label: StorySelfDescription.Label(story.Text), DisplayName: SourceLabel.For(story));
    }
}
