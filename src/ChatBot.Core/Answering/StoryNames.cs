using ChatBot.Core.Answering.Candidates;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering;

/// <summary>Which retrieved stories are about what the question names.</summary>
public static class StoryNames
{
    /// <summary>
    /// The stories that name the question's names (all of them when it mentions none): at least half of the
    /// names' information, as IDF-weighted terms, so a question about one company is not answered from another's
    /// story, while a long preamble naming five things does not demand that one story names all five.
    /// </summary>
    /// <param name="nameTerms">Where each story's terms are read once per version of it.</param>
    public static HashSet<string> StoriesNaming(QuestionProfile profile, IReadOnlyDictionary<string, Story> stories, StoryNameTermsCache nameTerms) =>
        stories.Values
            .Where(s => profile.EntityTerms.Count == 0 || NamesEnough(profile, nameTerms.For(s)))
            .Select(s => s.Id)
            .ToHashSet(StringComparer.Ordinal);

    private static bool NamesEnough(QuestionProfile profile, StoryNameTerms story)
    {
        var terms = story.Terms;
        double named = 0, total = 0;
        foreach (var name in profile.EntityTerms)
        {
            var weight = profile.TermWeights.GetValueOrDefault(name, 1);
            total += weight;
            if (terms.Contains(name) || Thesaurus.Equivalents(name).Overlaps(terms) || terms.Contains(NameForms.Expand(name))
                || NameForms.IsWrittenDotted(story.Text, name) || story.Acronyms.Contains(name))
            {
                named += weight;
            }
        }

        return named * 2 >= total;
    }
}
