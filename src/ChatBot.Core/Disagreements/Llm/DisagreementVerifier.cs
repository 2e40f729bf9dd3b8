using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Llm;

namespace ChatBot.Core.Disagreements.Llm;

/// <summary>
/// Turns proposed conflicts into <see cref="Disagreement"/>s only when they hold: each side's quote is the stored
/// sentence it names (an id not given drops the side), verified in its story, the claimed value present in that quote, one side per story, and at least
/// two stories. Two verified quotes from two stories, or no flag.
/// </summary>
public static class DisagreementVerifier
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        DisagreementKinds.Number, DisagreementKinds.Date, DisagreementKinds.Attribution, DisagreementKinds.Event,
    };

    /// <summary>The proposals that survive verification.</summary>
    public static List<Disagreement> Verify(IEnumerable<ProposedDisagreement> proposals, IReadOnlyList<PromptPassage> passages)
    {
        var byId = PromptPassages.ById(passages);
        var verified = new List<Disagreement>();
        foreach (var proposal in proposals)
        {
            var kind = proposal.Kind.Trim().ToLowerInvariant();
            var sides = new List<DisagreementClaim>();
            foreach (var claim in proposal.Claims)
            {
                if (!byId.TryGetValue(claim.SentenceId, out var found)) continue;
                var story = found.Passage.Story;
                if (sides.Any(s => s.SourceId == story.Id)) continue;
                var span = QuoteVerifier.Find(story.Text, found.Sentence.Text, found.Sentence.Start);
                if (span is null) continue;
                var quote = span.Value.Of(story.Text);
                var value = claim.Value.Trim();
                if (value.Length == 0 || !QuoteVerifier.IsVerbatim(quote, value))
                {
                    // A number or date must be stated by its quote; for who said what or what happened the quote itself is the value.
                    if (kind is DisagreementKinds.Number or DisagreementKinds.Date) continue;
                    value = quote;
                }

                sides.Add(new DisagreementClaim(story.Id, story.Metadata.Outlet, story.Metadata.Title, MentionGuard.Defuse(value), null, quote, span.Value.Start, span.Value.End, story.Metadata.Published, DisplayName: SourceLabel.For(story)));
            }

            if (sides.Count < 2 || !HasDifferentValues(sides)) continue;
            var topic = string.IsNullOrWhiteSpace(proposal.Topic) ? "what happened" : MentionGuard.Defuse(proposal.Topic.Trim());
            verified.Add(new Disagreement(topic, Kinds.Contains(kind) ? kind : DisagreementKinds.Event, sides, NewerNote(sides)));
        }

        return verified;
    }

    /// <summary>When the stories carry different dates, the later may be an update rather than a dispute.</summary>
    public static string? NewerNote(IReadOnlyList<DisagreementClaim> sides)
    {
        var dated = sides.Where(s => s.Published is not null).OrderBy(s => s.Published).ToList();
        if (dated.Count < 2 || dated[0].Published == dated[^1].Published) return null;
        var newest = dated[^1];
        return $"{newest.DisplayName ?? newest.Outlet ?? newest.SourceId} is the most recent ({newest.Published:yyyy-MM-dd}); it may be an update rather than a dispute.";
    }

    private static bool HasDifferentValues(IReadOnlyList<DisagreementClaim> sides) =>
        sides.Select(s => s.Value.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() > 1;
}
