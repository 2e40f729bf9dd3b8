using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Index;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Digests;

/// <summary>
/// Posts the digest due at one time: the stories no earlier digest covered, summarised, then records it. Every
/// message carries a nonce derived from the digest and its due time with enforce_nonce, so a digest re-sent after a
/// crash between posting and recording is not posted twice.
/// </summary>
internal sealed class DigestPoster(IStoryCatalog catalog, IAnswerService answers, IDiscordRestClient rest, IDigestLedger ledger)
{
    public async Task PostAsync(DigestOptions digest, DigestState state, DateTimeOffset due, int missed, CancellationToken cancellationToken = default)
    {
        var fresh = (await catalog.ListAsync(cancellationToken))
            .Where(s => InSources(s, digest.Sources) && !state.CoveredStories.Contains(StoryKey(s)))
            .ToList();
        Answer? summary = null;
        if (fresh.Count > 0)
        {
            var published = fresh.Select(s => s.Metadata.Published).ToList();
            var request = new SummaryRequest(
                digest.Topic,
                digest.Sources is [var only] ? only : null,
                published.All(p => p is not null) ? published.Min() : null);
            summary = await answers.SummarizeAsync(request, cancellationToken);
        }

        var messages = DigestRenderer.Render(new DigestContent(digest.Topic, state.LastDue, fresh, summary, missed));
        for (var i = 0; i < messages.Count; i++)
        {
            await rest.CreateMessageAsync(digest.ChannelId, messages[i].ToBody(nonce: Nonce(digest.Key, due, i)), cancellationToken);
        }

        await ledger.RecordPostedAsync(digest.Key, due, [.. fresh.Select(StoryKey)], cancellationToken);
    }

    public static string StoryKey(StoryListing story) => story.StoryId + "|" + story.ContentHash;

    /// <summary>At most 25 characters, as Discord allows: "d", 20 hex digits of the digest and due time, the message index.</summary>
    public static string Nonce(string digestKey, DateTimeOffset due, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{digestKey}@{due.UtcTicks}"));
        return $"d{Convert.ToHexStringLower(hash)[..20]}{index}";
    }

    private static bool InSources(StoryListing story, IReadOnlyList<string> sources) =>
        sources.Count == 0
        || sources.Any(s => string.Equals(s, story.Source, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s, story.Metadata.Outlet, StringComparison.OrdinalIgnoreCase));
}
