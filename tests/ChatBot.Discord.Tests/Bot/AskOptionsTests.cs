using System.Text.Json.Nodes;
using ChatBot.Core.Index;
using ChatBot.Core.Stories;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Bot;

public sealed class AskOptionsTests
{
    [Fact]
    public async Task Ask_with_source_since_and_private_restricts_the_question_and_answers_ephemerally()
    {
        await using var bot = await BotHarness.StartAsync();
        var options = new JsonObject { ["question"] = "Who moved?", ["source"] = "Example News", ["since"] = "2024-05-01", ["private"] = true };

        var callback = await bot.InteractAsync(DiscordPayloads.Interaction("7001", "t7001", "ask", options));

        var restriction = Assert.Single(bot.Answers.Restrictions.Snapshot())!;
        Assert.Equal(["Example News"], restriction.Outlets!);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), restriction.Since);
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task A_private_answer_that_takes_long_is_deferred_ephemerally()
    {
        await using var bot = await BotHarness.StartAsync(s => s["ChatBot:Discord:ImmediateAnswerMilliseconds"] = "0");
        bot.Answers.Gate = new TaskCompletionSource();
        var options = new JsonObject { ["question"] = "Who moved?", ["private"] = true };

        var callback = await bot.InteractAsync(DiscordPayloads.Interaction("7002", "t7002", "ask", options));
        bot.Answers.Gate.SetResult();

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", callback.Body);
    }

    [Fact]
    public async Task An_ask_without_options_has_no_restrictions_and_a_public_answer()
    {
        await using var bot = await BotHarness.StartAsync();

        var callback = await bot.InteractAsync(DiscordPayloads.Ask("7003", "Who moved?"));

        Assert.Null(Assert.Single(bot.Answers.Restrictions.Snapshot()));
        Assert.False(callback.Json.GetProperty("data").TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task A_since_that_is_not_a_date_is_refused_ephemerally()
    {
        await using var bot = await BotHarness.StartAsync();

        var callback = await bot.InteractAsync(DiscordPayloads.Interaction("7004", "t7004", "ask", new JsonObject { ["question"] = "q", ["since"] = "May" }));

        Assert.Equal(SinceOption.Problem, callback.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(bot.Answers.Questions.Snapshot());
    }

    [Fact]
    public async Task The_source_option_autocompletes_from_the_indexed_outlets()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Catalog.Stories.Add(new StoryListing("s9", "feeds", new StoryMetadata("T", "Other Times"), 2, "h9"));
        var typing = DiscordPayloads.Interaction("7005", "t7005", "ask", new JsonObject { ["question"] = "Who", ["source"] = "exa" });
        typing["type"] = 4;
        typing["data"]!["options"]![1]!["focused"] = true;

        var callback = await bot.InteractAsync(typing);

        Assert.Equal("""{"type":8,"data":{"choices":[{"name":"Example News","value":"Example News"}]}}""", callback.Body);
        Assert.Empty(bot.Answers.Questions.Snapshot());
    }

    [Fact]
    public void Suggestions_are_at_most_25_most_covered_first()
    {
        var stories = Enumerable.Range(1, 40).Select(i => new StoryListing($"s{i}", "x", new StoryMetadata(Outlet: $"Outlet {i % 30}"), 1, "h")).ToList();

        var choices = OutletAutocomplete.Suggest(stories, "");

        Assert.Equal(25, choices.Count);
        Assert.Equal("Outlet 1", choices[0].Name); // Outlets 1 to 10 have two stories each.
    }
}
