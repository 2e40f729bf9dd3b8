using ChatBot.Discord.Conversations;
using ChatBot.Discord.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Discord.Tests.Conversations;

public sealed class ConversationMemoryTests
{
    private const string Channel = "645027906669510667";

    [Fact]
    public void Only_the_last_three_turns_are_kept()
    {
        var memory = new ConversationMemory(new FakeTimeProvider());
        var key = ConversationMemory.ThreadKey(Channel);

        foreach (var question in new[] { "q1", "q2", "q3", "q4" })
        {
            memory.Record(key, Channel, new ConversationTurn(question, []), []);
        }

        Assert.Equal(["q2", "q3", "q4"], memory.Find(key, Channel)!.Turns.Select(t => t.Question));
    }

    [Fact]
    public void A_conversation_idle_for_more_than_15_minutes_is_forgotten_with_its_answers()
    {
        var time = new FakeTimeProvider();
        var memory = new ConversationMemory(time);
        var key = ConversationMemory.ChainKey("1");
        memory.Record(key, Channel, new ConversationTurn("q1", []), ["answer-1"]);

        time.Advance(TimeSpan.FromMinutes(14));
        Assert.NotNull(memory.Find(key, Channel));
        Assert.Equal(key, memory.KeyOfAnswer("answer-1"));
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(memory.Find(key, Channel));
        Assert.Null(memory.KeyOfAnswer("answer-1"));
    }

    [Fact]
    public void A_conversation_is_never_found_from_another_channel()
    {
        var memory = new ConversationMemory(new FakeTimeProvider());
        var key = ConversationMemory.ChainKey("1");
        memory.Record(key, Channel, new ConversationTurn("q1", ["Story 1"]), ["answer-1"]);

        Assert.Null(memory.Find(key, "999"));
        Assert.Equal("And then?\n\nEarlier in this conversation: q1 Stories: Story 1.", memory.Find(key, Channel)!.RetrievalQuestion("And then?"));
    }
}
