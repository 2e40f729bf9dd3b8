using ChatBot.Core.Answering.Candidates;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering;

/// <summary>What a story can name a question's names with: the terms of its text and title, and its acronyms.</summary>
public sealed class StoryNameTerms
{
    private readonly Lazy<HashSet<string>> _acronyms;

    /// <summary>Reads <paramref name="story"/>'s terms now and its acronyms when first asked.</summary>
    public StoryNameTerms(Story story)
    {
        Text = story.Text;
        Terms = Tokenizer.Terms(story.Text + "\n" + story.Metadata.Title).ToHashSet(StringComparer.Ordinal);
        // Most names are found among the terms, so the acronyms of most stories are never needed.
        _acronyms = new(() => NameForms.Acronyms(story.Text));
    }

    /// <summary>The story's text, where dotted initials ("U.S.") are looked for.</summary>
    public string Text { get; }

    /// <summary>The distinct terms of the story's text and title.</summary>
    public IReadOnlySet<string> Terms { get; }

    /// <summary>The acronyms of the story's capitalised runs ("World War II" gives "wwii").</summary>
    public IReadOnlySet<string> Acronyms => _acronyms.Value;
}
