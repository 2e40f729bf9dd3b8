using System.Text.Json.Nodes;
using ChatBot.Core.Answering;
using ChatBot.Core.Disagreements;

namespace ChatBot.Tests.Llm;

/// <summary>Conflicts the model reports: flagged only with two verified quotes from two stories, merged into the answer.</summary>
public sealed class LlmDisagreementPipelineTests
{
    private const string Question = "What did Andrew Bosworth say about opting out of the monitoring?";

    [Fact]
    public async Task A_conflict_with_two_verified_quotes_from_two_stories_is_flagged_and_described()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.IsDisagreementPrompt(request) ? Conflict(request, fabricateSecond: false) : SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        var flagged = Assert.Single(answer.Disagreements, d => d.Kind == DisagreementKinds.Event);
        Assert.Equal(2, flagged.Claims.Select(c => c.SourceId).Distinct().Count());
        Assert.StartsWith("The sources disagree on what the monitoring is for", DisagreementProse.Sentence(flagged, answer.Citations), StringComparison.Ordinal);
        await LlmAnswerPipelineTests.AssertAllQuotesVerbatim(host, answer);
        var request = server.ChatRequests.First(SeedModel.IsDisagreementPrompt);
        Assert.Contains("number, date, attribution or event", request.System, StringComparison.Ordinal);
        Assert.Contains("\"disagreements\"", request.User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conflict_whose_second_side_cites_a_sentence_id_not_given_is_not_flagged()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.IsDisagreementPrompt(request) ? Conflict(request, fabricateSecond: true) : SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.DoesNotContain(answer.Disagreements, d => d.Kind == DisagreementKinds.Event);
    }

    /// <summary>A conflict between the first passage and the first passage of another story, citing their first sentences; the second side's id invented when asked.</summary>
    private static FakeReply Conflict(CapturedRequest request, bool fabricateSecond)
    {
        var passages = SeedModel.Passages(request.User)
            .Select(p => (p.Id, Sentence: SeedModel.FirstSentence(p), Header: Header(request.User, p.Id)))
            .Where(p => p.Sentence is not null)
            .ToList();
        var first = passages[0];
        var second = passages.First(p => p.Header != first.Header && p.Sentence!.Text != first.Sentence!.Text);
        var secondId = fabricateSecond ? "S999" : second.Sentence!.Id;
        var body = new JsonObject
        {
            ["disagreements"] = new JsonArray(new JsonObject
            {
                ["topic"] = "what the monitoring is for",
                ["kind"] = "event",
                ["claims"] = new JsonArray(
                    new JsonObject { ["sentence"] = first.Sentence!.Id, ["value"] = "" },
                    new JsonObject { ["sentence"] = secondId, ["value"] = "" }),
            }),
        };
        return FakeReply.Completion(body.ToJsonString());
    }

    /// <summary>The passage's header line, which names its outlet and title: a stand-in for "another story".</summary>
    private static string Header(string user, string id)
    {
        var start = user.IndexOf($"<passage id=\"{id}\"", StringComparison.Ordinal);
        return user[(start + id.Length + 14)..user.IndexOf('>', start)];
    }
}
