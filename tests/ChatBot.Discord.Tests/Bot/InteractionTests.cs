using System.Text.Json.Nodes;
using ChatBot.Core.Text;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Bot;

public sealed class InteractionTests
{
    [Fact]
    public async Task Ask_answered_within_the_window_gets_a_type_4_response_in_time()
    {
        await using var bot = await BotHarness.StartAsync();

        var dispatched = DateTimeOffset.UtcNow;
        var callback = await bot.InteractAsync(DiscordPayloads.Ask("786008729715212338", "Who moved?"));

        Assert.True(callback.At - dispatched < TimeSpan.FromSeconds(3));
        var json = callback.Json;
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var data = json.GetProperty("data");
        Assert.StartsWith("Answer to Who moved?", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", data.GetProperty("allowed_mentions").GetRawText());
        Assert.False(data.TryGetProperty("flags", out _));
        Assert.Equal("Who moved?", Assert.Single(bot.Answers.Questions.Snapshot()));
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_then_the_original_response_is_edited()
    {
        await using var bot = await BotHarness.StartAsync(s => s["ChatBot:Discord:ImmediateAnswerMilliseconds"] = "100");
        bot.Answers.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var callback = await bot.InteractAsync(DiscordPayloads.Ask("900", "Slow question?", token: "slow-token"));
        Assert.Equal("""{"type":5}""", callback.Body);
        bot.Answers.Gate.SetResult();
        var edit = await bot.Discord.Requests.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal($"/api/v10/webhooks/{DiscordPayloads.ApplicationId}/slow-token/messages/@original", edit.Path);
        Assert.StartsWith("Answer to Slow question?", edit.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", edit.Json.GetProperty("allowed_mentions").GetRawText());
        Assert.Equal(1, bot.Discord.CallbackCounts["900"]);
    }

    [Fact]
    public async Task A_failing_answer_becomes_an_ephemeral_apology()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.Failure = new InvalidOperationException("index unavailable");

        var callback = await bot.InteractAsync(DiscordPayloads.Ask("901", "Anything?"));

        var data = callback.Json.GetProperty("data");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("Sorry", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("index unavailable", callback.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_answer_continues_in_follow_up_messages_with_allowed_mentions_on_each()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.Answer = q => Answers.Simple(q) with
        {
            Text = string.Join(" ", Enumerable.Range(1, 80).Select(i => $"Claim {i} is supported by the reporting in the story. [1]")),
        };

        await bot.InteractAsync(DiscordPayloads.Ask("902", "Long?", token: "long-token"));
        var followUps = await bot.Discord.Requests.WaitForCountAsync(r => r.Method == "POST" && r.Path.Contains("/webhooks/", StringComparison.Ordinal), 2);

        var messages = bot.Discord.MessageBodies();
        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(m.Message.GetProperty("content").GetString()!.Length <= 2000));
        Assert.All(messages, m => Assert.Equal("""{"parse":[]}""", m.Message.GetProperty("allowed_mentions").GetRawText()));
        Assert.All(followUps, f => Assert.EndsWith("/long-token", f.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_story_containing_everyone_pings_nobody()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.Answer = q => Answers.Simple(q) with
        {
            Text = "The notice went to @everyone and @here. [1]",
            Citations = [Answers.Citation(1, "A message to @everyone from <@&165511591545143296>.")],
        };

        var callback = await bot.InteractAsync(DiscordPayloads.Ask("903", "Who was told?"));

        var data = callback.Json.GetProperty("data");
        var content = data.GetProperty("content").GetString()!;
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&", content, StringComparison.Ordinal);
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task A_question_over_the_maximum_length_is_refused_ephemerally()
    {
        await using var bot = await BotHarness.StartAsync(s => s["ChatBot:Discord:MaxQuestionLength"] = "20");

        var callback = await bot.InteractAsync(DiscordPayloads.Ask("904", new string('x', 21)));

        var data = callback.Json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("under 20 characters", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(bot.Answers.Questions.Snapshot());
    }

    [Fact]
    public async Task A_question_with_no_word_the_index_reads_gets_the_clis_sentence_by_slash_command_and_mention()
    {
        await using var bot = await BotHarness.StartAsync();

        var callback = await bot.InteractAsync(DiscordPayloads.Ask("905", "Сколько инженеров перевели?"));
        await bot.Discord.Gateway.DispatchAsync(
            "MESSAGE_CREATE", DiscordPayloads.MentionMessage("334385199974967062", $"<@{DiscordPayloads.BotUserId}> Сколько инженеров перевели?"));
        var reply = await bot.Discord.Requests.WaitForAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        var data = callback.Json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal(QuestionTerms.NoIndexableWords, data.GetProperty("content").GetString());
        Assert.Equal(QuestionTerms.NoIndexableWords, reply.Json.GetProperty("content").GetString());
        Assert.Empty(bot.Answers.Questions.Snapshot());
    }

    [Fact]
    public async Task A_second_question_within_the_cooldown_gets_a_friendly_ephemeral_message()
    {
        await using var bot = await BotHarness.StartAsync(s => s["ChatBot:Discord:UserCooldownSeconds"] = "60");

        var first = await bot.InteractAsync(DiscordPayloads.Ask("905", "First?"));
        var second = await bot.InteractAsync(DiscordPayloads.Ask("906", "Second?"));
        var other = await bot.InteractAsync(DiscordPayloads.Ask("907", "Someone else?", userId: "99"));

        Assert.False(first.Json.GetProperty("data").TryGetProperty("flags", out _));
        Assert.Equal(64, second.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(AbuseLimits.CooldownMessage, second.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.False(other.Json.GetProperty("data").TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task Questions_beyond_the_guild_concurrency_are_told_to_wait()
    {
        await using var bot = await BotHarness.StartAsync(s => s["ChatBot:Discord:MaxConcurrentAnswersPerGuild"] = "1");
        bot.Answers.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordPayloads.Ask("908", "Busy?"));
        await bot.Answers.Questions.WaitForAsync(_ => true);
        var refused = await bot.InteractAsync(DiscordPayloads.Ask("909", "Me too?", userId: "99"));
        bot.Answers.Gate.SetResult();
        await bot.CallbackAsync("908");

        Assert.Equal(AbuseLimits.BusyMessage, refused.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(64, refused.Json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Summarize_passes_topic_source_and_since_to_the_answer_service()
    {
        await using var bot = await BotHarness.StartAsync();
        var options = new JsonObject { ["topic"] = "layoffs", ["source"] = "bbc", ["since"] = "2024-05-01" };

        var callback = await bot.InteractAsync(DiscordPayloads.Interaction("910", "t910", "summarize", options));

        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        var request = Assert.Single(bot.Answers.Summaries.Snapshot());
        Assert.Equal("layoffs", request.Topic);
        Assert.Equal("bbc", request.SourceId);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), request.Since);
    }

    [Fact]
    public async Task Sources_lists_the_catalog_a_page_at_a_time()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Catalog.Stories.Clear();
        bot.Catalog.WithStories(25);

        var callback = await bot.InteractAsync(DiscordPayloads.Interaction("911", "t911", "sources", new JsonObject { ["page"] = 3 }));

        var content = callback.Json.GetProperty("data").GetProperty("content").GetString()!;
        Assert.Contains("21\\. **Story number 21**", content, StringComparison.Ordinal);
        Assert.Contains("25\\. **Story number 25**", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Story number 20**", content, StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_in_a_direct_message_is_answered_and_reindex_there_is_refused()
    {
        await using var bot = await BotHarness.StartAsync();
        JsonObject InDm(JsonObject interaction)
        {
            interaction["user"] = interaction["member"]!["user"]!.DeepClone();
            interaction.Remove("member");
            interaction.Remove("guild_id");
            return interaction;
        }

        var ask = await bot.InteractAsync(InDm(DiscordPayloads.Ask("912", "From a DM?")));
        var reindex = await bot.InteractAsync(InDm(DiscordPayloads.Interaction("913", "t913", "reindex", permissions: DiscordPayloads.AllPermissions)));

        Assert.StartsWith("Answer to From a DM?", ask.Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, reindex.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Empty(bot.Reindex.Calls.Snapshot());
    }

    [Fact]
    public async Task Disagreements_arrive_as_an_embed_with_the_sides_as_inline_fields()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.Answer = q => Answers.Simple(q) with { Disagreements = [Answers.Disagreement()] };

        var callback = await bot.InteractAsync(DiscordPayloads.Ask("914", "How many?"));

        var data = callback.Json.GetProperty("data");
        Assert.EndsWith("**Where the sources disagree**", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        var embed = Assert.Single(data.GetProperty("embeds").EnumerateArray());
        Assert.Equal("engineers reassigned", embed.GetProperty("title").GetString());
        var fields = embed.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(["Example News", "Other Times"], fields.Select(f => f.GetProperty("name").GetString()));
        Assert.All(fields, f => Assert.True(f.GetProperty("inline").GetBoolean()));
        Assert.Equal("""{"parse":[]}""", data.GetProperty("allowed_mentions").GetRawText());
    }
}
