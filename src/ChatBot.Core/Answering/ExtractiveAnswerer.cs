using System.Text;
using ChatBot.Core.Answering.Candidates;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>
/// Answers without a language model. When the question wants a phrase (a name, a date, a number), the phrases
/// of the supporting sentences are tallied across independent stories; the winner leads the answer in bold
/// with its markers, and the sentences stating it are quoted first. Then the best further sentences, preferring
/// different stories, each quoted verbatim with an inline marker. Quotes go through <see cref="QuoteVerifier"/>
/// like any other.
/// </summary>
public sealed class ExtractiveAnswerer(int maxCitations = ExtractiveAnswerer.DefaultMaxCitations, double minimumCoverage = RefusalPolicy.DefaultMinimumCoverage)
{
    /// <summary>The most different statements an answer quotes unless configured otherwise: several outlets in view, few enough to read. Other outlets restating them are quoted besides.</summary>
    public const int DefaultMaxCitations = 5;

    /// <summary>A sentence is worth quoting when it scores at least this share of the best supporting sentence's score.</summary>
    public const double RelativeScore = 0.6;

    /// <summary>
    /// The evidence settles on a phrase when it has at least this many times the support of the next one:
    /// a clear majority of the two strongest votes (60 : 40).
    /// </summary>
    public const double SettledMargin = 1.5;

    /// <summary>How many stories' sentences stating the leading phrase are quoted.</summary>
    public const int LeadingStories = 2;

    /// <summary>How many runners-up of the vote are quoted, each in its best sentence.</summary>
    public const int RunnersUp = 2;

    private readonly RefusalPolicy _support = new(minimumCoverage);

    /// <summary>Composes the answer text, its citations and its short answer from scored evidence.</summary>
    /// <param name="origins">Each story's origin: a syndicated copy never corroborates its original.</param>
    public ExtractiveDraft Compose(QuestionProfile question, IReadOnlyList<EvidenceSentence> evidence, IReadOnlyDictionary<string, Story> stories, IReadOnlyDictionary<string, string>? origins = null)
    {
        var citable = CitableStories(question, evidence);
        var supporting = evidence.Where(s => citable.Contains(s.StoryId) && _support.Supports(question, s) && stories.ContainsKey(s.StoryId)).ToList();
        var votes = question.Asked.WantsCandidate ? CandidateVote.Tally(question, supporting) : [];
        var leading = Leading(votes);
        // Further quotes show what other stories say near the question's key terms, phrase or not; any story
        // saying the same thing corroborates a quote, cited or not.
        var aboutQuestion = evidence.Where(s => s.NamesEntities && s.IsProse && RefusalPolicy.Nearness(question, s) >= minimumCoverage && stories.ContainsKey(s.StoryId)).ToList();
        var chosen = Choose(question, aboutQuestion.Where(s => citable.Contains(s.StoryId)).ToList(), leading, votes);
        var citations = new List<Citation>();
        var quotes = new StringBuilder();
        foreach (var sentence in chosen)
        {
            var story = stories[sentence.StoryId];
            var citation = CitationFactory.Create(citations.Count + 1, story, sentence.Text, sentence.Span.Start);
            if (citation is null) continue;
            citation = citation with { CorroboratedBy = Corroboration.Of(sentence, aboutQuestion, origins) };
            citations.Add(citation);
            QuotedLine.Append(quotes, story, citation);
        }

        var phrases = leading
            .Select(v => new ShortAnswer(v.Text, citations.Where(c => c.Quote.Contains(v.Text, StringComparison.Ordinal)).Select(c => c.Number).ToList()))
            .Where(p => p.Citations.Count > 0)
            .ToList();
        var shortAnswer = phrases.Count == 1 ? phrases[0] : null;
        return new ExtractiveDraft(ShortAnswerLine(phrases) + quotes, citations, shortAnswer, SingleSourceLine(citations, stories, origins));
    }

    /// <summary>
    /// The stories an answer may quote. For a question wanting an answer, those that match the question nearly
    /// as well as the best-matching one: a story whose best passage scores under <see cref="RelativeScore"/> of
    /// the best passage's retrieval score shares some of the question's words but is seldom about what was
    /// asked, however well one of its sentences reads. For a claim, every story whose sentences are about it:
    /// the outlets that word a rumour their own way are the ones whose stance a reader needs.
    /// </summary>
    private static HashSet<string> CitableStories(QuestionProfile question, IReadOnlyList<EvidenceSentence> evidence) =>
        evidence.GroupBy(s => s.StoryId)
            .Where(g => !RelativeGates(question) || g.Max(s => s.Passage.Match) >= RelativeScore)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether quoting is held to <see cref="RelativeScore"/> of the best match (stories) and of the best sentence
    /// (quotes). Not for a claim: its answer is each outlet's stance, and outlets word a rumour their own way, so
    /// every story and sentence about it is worth quoting, not only those near the best-worded one.
    /// </summary>
    private static bool RelativeGates(QuestionProfile question) => question.Asked.Kind != AnswerKind.YesNo;

    /// <summary>
    /// Says so when the answer rests on one independent story ("Only The Next Web reports this."), or only on
    /// stories that say AI wrote them.
    /// </summary>
    private static string SingleSourceLine(IReadOnlyList<Citation> citations, IReadOnlyDictionary<string, Story> stories, IReadOnlyDictionary<string, string>? origins)
    {
        if (citations.Count == 0 || citations.Any(c => c.CorroboratedBy is { Count: > 0 })) return "";
        var independent = citations.Select(c => origins?.GetValueOrDefault(c.SourceId) ?? c.SourceId).Distinct(StringComparer.Ordinal).Count();
        var aiOnly = citations.All(c => c.AiGenerated == true);
        if (independent > 1) return aiOnly ? "\nOnly stories that say they are AI-generated report this; no other indexed story corroborates it." : "";
        var first = citations[0];
        var label = SourceLabel.For(stories[first.SourceId]);
        return aiOnly
            ? $"\nOnly {label} reports this, in a story that says it is AI-generated; no other indexed story corroborates it."
            : $"\nOnly {label} reports this; no other indexed story corroborates it.";
    }

    /// <summary>
    /// The winning phrase; the two strongest when the vote does not settle and they come from different stories
    /// (no story giving both: two figures of one sentence are not two answers); none without votes.
    /// </summary>
    private static List<VotedCandidate> Leading(IReadOnlyList<VotedCandidate> votes)
    {
        if (votes.Count == 0) return [];
        if (votes.Count == 1 || votes[0].Support >= SettledMargin * votes[1].Support) return [votes[0]];
        var first = votes[0].Sentences.Select(s => s.StoryId).ToHashSet(StringComparer.Ordinal);
        return votes[1].Sentences.Any(s => first.Contains(s.StoryId)) ? [votes[0]] : [votes[0], votes[1]];
    }

    /// <summary>"**Buffalo Bills** [1][2]", or, when the stories differ, each phrase with its markers.</summary>
    private static string ShortAnswerLine(IReadOnlyList<ShortAnswer> phrases)
    {
        static string Phrase(ShortAnswer p) => $"**{p.Text}** {string.Concat(p.Citations.Select(n => $"[{n}]"))}";
        return phrases.Count switch
        {
            0 => "",
            1 => Phrase(phrases[0]) + "\n",
            _ => "The stories give different answers: " + string.Join("; ", phrases.Select(Phrase)) + ".\n",
        };
    }

    /// <summary>
    /// Greedy choice: first the best sentence of the best-ranked story and the best-scoring sentence, then the
    /// sentences stating the leading phrases (the best of each story), then the best sentence of each further
    /// story that clears the bar (<see cref="RelativeScore"/> of the best sentence's score; none for a claim), in
    /// retrieval order, then the runners-up of the vote, then further sentences by score that share the question's
    /// words, until <c>maxCitations</c>.
    /// A near-repeat of a chosen sentence takes no place of its own: from the same story it is skipped; from
    /// another story it is quoted after the rest (at most <c>maxCitations</c> of them), since a second outlet
    /// saying the same is what a reader checks an answer against (see <see cref="Corroboration"/>); so, when the
    /// vote settles on a phrase, are the other outlets stating it, within the same limit.
    /// </summary>
    private List<EvidenceSentence> Choose(QuestionProfile question, IReadOnlyList<EvidenceSentence> supporting, IReadOnlyList<VotedCandidate> leading, IReadOnlyList<VotedCandidate> votes)
    {
        if (supporting.Count == 0) return [];
        var bar = RelativeGates(question) ? supporting[0].Score * RelativeScore : 0;
        var chosen = new List<EvidenceSentence>();
        var restating = new List<EvidenceSentence>();
        bool Quoted(string storyId) => chosen.Concat(restating).Any(c => c.StoryId == storyId);
        void Take(EvidenceSentence sentence, int limit)
        {
            if (chosen.Count >= limit || chosen.Contains(sentence)) return;
            var repeated = chosen.FirstOrDefault(c => Corroboration.SaysNearlyTheSame(c, sentence));
            if (repeated is null) chosen.Add(sentence);
            else if (repeated.StoryId != sentence.StoryId && restating.Count < maxCitations && !Quoted(sentence.StoryId)) restating.Add(sentence);
        }

        // First the best sentence of the best-ranked story and the best-scoring sentence: retrieval's first choice
        // and the scorer's are the likeliest to be about what was asked, whatever phrase wins the vote.
        var first = supporting.MinBy(s => s.Passage.Rank)!.StoryId;
        Take(supporting.Where(s => s.StoryId == first).MaxBy(s => s.Score)!, maxCitations);
        Take(supporting[0], maxCitations);

        foreach (var phrase in leading)
        {
            foreach (var best in phrase.Sentences.GroupBy(s => s.StoryId).Select(g => g.First()).Take(LeadingStories))
            {
                Take(best, maxCitations);
            }
        }

        // Then further stories in retrieval order: the best-ranked passages are the likeliest to be about the
        // question, and a reader checks an answer against several outlets before a second phrase of one.
        foreach (var story in supporting.Where(s => s.Score >= bar).GroupBy(s => s.StoryId).OrderBy(g => g.Min(s => s.Passage.Rank)))
        {
            if (Quoted(story.Key)) continue;
            Take(story.First(), maxCitations);
        }

        // Then the runners-up of the vote, each in its best sentence, and further sentences: what else the stories
        // offer. These last two steps take what room the answer has left, so each sentence must say something of
        // the question in its own words: one carried by its passage alone ("Parking was hard to find.") tells a
        // reader nothing.
        foreach (var runnerUp in votes.Except(leading).Take(RunnersUp))
        {
            if (runnerUp.Sentences.FirstOrDefault(SaysSomethingOfTheQuestion) is { } sentence) Take(sentence, maxCitations);
        }
        foreach (var sentence in supporting.Where(s => s.Score >= bar && SaysSomethingOfTheQuestion(s))) Take(sentence, Math.Min(maxCitations, 3));
        // Last, when the vote settles, the other outlets stating the phrase (their best sentence that clears the
        // bar), as corroboration: a reader checks an answer against every outlet that gives it.
        if (leading.Count == 1)
        {
            foreach (var sentence in supporting.Where(s => s.Score >= bar && s.Candidates.Any(c => c.Key == leading[0].Key)))
            {
                if (restating.Count < maxCitations && !Quoted(sentence.StoryId)) restating.Add(sentence);
            }
        }

        return [.. chosen, .. restating];
    }

    private static bool SaysSomethingOfTheQuestion(EvidenceSentence sentence) => sentence.OwnCoverage > 0;
}

/// <summary>What the extractive answerer composed: the text, its verified citations and its short answer.</summary>
/// <param name="SingleSourceNote">"Only X reports this…" when the answer rests on one independent story, else empty; the
/// pipeline adds it only when no other story is set beside it as a disagreement.</param>
public sealed record ExtractiveDraft(string Text, List<Citation> Citations, ShortAnswer? ShortAnswer, string SingleSourceNote);
