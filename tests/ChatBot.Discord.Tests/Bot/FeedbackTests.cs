using ChatBot.Discord.Feedback;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Bot;

public sealed class FeedbackTests
{
    [Fact]
    public async Task An_answer_carries_three_feedback_buttons_within_the_component_limits()
    {
        await using var bot = await BotHarness.StartAsync();

        var callback = await bot.InteractAsync(DiscordPayloads.Ask("5001", "Who moved?"));

        var rows = callback.Json.GetProperty("data").GetProperty("components");
        var row = Assert.Single(rows.EnumerateArray());
        Assert.Equal(1, row.GetProperty("type").GetInt32());
        var buttons = row.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["Helpful", "Wrong quote", "Not a real disagreement"], buttons.Select(b => b.GetProperty("label").GetString()));
        Assert.All(buttons, b =>
        {
            Assert.Equal(2, b.GetProperty("type").GetInt32());
            Assert.InRange(b.GetProperty("custom_id").GetString()!.Length, 1, ComponentLimits.CustomIdLength);
            Assert.InRange(b.GetProperty("label").GetString()!.Length, 1, ComponentLimits.LabelLength);
        });
        Assert.Equal("feedback:wrong-quote:5001", buttons[1].GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task Two_clicks_by_one_user_are_acknowledged_ephemerally_once_each_and_the_second_changes_the_vote()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.InteractAsync(DiscordPayloads.Ask("5002", "Who moved?"));
        await bot.Logs.WaitForLineAsync(l => l.Contains("Answer 5002 kept for feedback", StringComparison.Ordinal));
        var before = bot.Discord.Requests.Snapshot().Count;

        var started = bot.Discord.Time.GetUtcNow();
        var first = await bot.InteractAsync(DiscordPayloads.ButtonClick("5003", "feedback:helpful:5002", "900"));
        var second = await bot.InteractAsync(DiscordPayloads.ButtonClick("5004", "feedback:wrong-quote:5002", "900"));

        Assert.All([first, second], ack =>
        {
            Assert.Equal(4, ack.Json.GetProperty("type").GetInt32());
            Assert.Equal(MessageFlags.Ephemeral, ack.Json.GetProperty("data").GetProperty("flags").GetInt32());
            Assert.True(ack.At - started < TimeSpan.FromSeconds(3));
        });
        Assert.Contains("Helpful", first.Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("now \"Wrong quote\"", second.Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, bot.Discord.CallbackCounts["5003"]);
        Assert.Equal(1, bot.Discord.CallbackCounts["5004"]);
        // Command registration runs beside everything else and may land late; it is not a reply.
        var after = bot.Discord.Requests.Snapshot().Skip(before).Where(r => !r.Path.EndsWith("/commands", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, after.Count); // The two acknowledgements, nothing public: no channel message, edit or follow-up.
        var complaint = Assert.Single(await new SqliteFeedbackStore(bot.DatabasePath).ComplaintsAsync());
        Assert.Equal(("5002", "Who moved?"), (complaint.AnswerId, complaint.Question));
        Assert.Equal([FeedbackVotes.WrongQuote], complaint.Votes);
        Assert.Equal(["story-1"], complaint.CitedSources);
    }

    [Fact]
    public async Task A_vote_on_an_answer_that_is_not_kept_is_refused_ephemerally()
    {
        await using var bot = await BotHarness.StartAsync();

        var ack = await bot.InteractAsync(DiscordPayloads.ButtonClick("5005", "feedback:helpful:424242", "900"));

        Assert.Equal(MessageFlags.Ephemeral, ack.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(Commands.FeedbackButtonHandler.ForgottenAnswer, ack.Json.GetProperty("data").GetProperty("content").GetString());
    }
}
