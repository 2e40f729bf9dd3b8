using System.Text.RegularExpressions;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Tests.Rendering;

public sealed partial class MessageSplitterTests
{
    [Fact]
    public void A_text_of_exactly_2000_characters_is_one_message()
    {
        var text = new string('a', 1995) + " [1].";

        Assert.Single(MessageSplitter.Split(text));
    }

    [Fact]
    public void A_long_answer_splits_at_sentence_ends_under_2000_characters_without_cutting_a_marker()
    {
        var sentences = Enumerable.Range(1, 120).Select(i => $"Sentence number {i} says something about the story, at some length. [{i % 9 + 1}]");
        var text = string.Join(" ", sentences);

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 2);
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.MessageLimit, $"{p.Length} characters"));
        Assert.All(parts, p => Assert.Matches(@"\[[0-9]\]$", p));
        Assert.All(parts, p => Assert.StartsWith("Sentence number", p, StringComparison.Ordinal));
        Assert.Equal(Words(text), Words(string.Join(" ", parts)));
    }

    [Fact]
    public void A_split_never_falls_inside_bold_or_a_quotation()
    {
        var filler = string.Join(" ", Enumerable.Repeat("word", 380));
        var text = filler + " **a bold claim. with sentences. inside it** and “a quoted claim. that continues. here” end. " + filler;

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.Equal(0, Regex.Matches(p, @"\*\*").Count % 2));
        Assert.All(parts, p => Assert.Equal(p.Count(c => c == '“'), p.Count(c => c == '”')));
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.MessageLimit));
    }

    [Fact]
    public void Blocks_are_packed_whole_and_a_block_is_never_cut_when_it_fits_a_message()
    {
        var blocks = Enumerable.Range(0, 10).Select(i => $"**[{i}]** Title {i}\n> " + new string((char)('a' + i), 600)).ToList();

        var messages = MessageSplitter.Pack(blocks);

        Assert.All(messages, m => Assert.True(m.Length <= MessageSplitter.MessageLimit));
        Assert.All(blocks, b => Assert.Single(messages, m => m.Contains(b, StringComparison.Ordinal)));
        Assert.Equal(4, messages.Count);
    }

    [Fact]
    public void The_embed_limits_are_discords()
    {
        Assert.Equal(2000, MessageSplitter.MessageLimit);
        Assert.Equal(4096, MessageSplitter.EmbedDescriptionLimit);
        Assert.Equal(6000, MessageSplitter.EmbedTotalLimit);
        var parts = MessageSplitter.Split(string.Join(" ", Enumerable.Repeat("A sentence. [1]", 1000)), MessageSplitter.EmbedDescriptionLimit);
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.EmbedDescriptionLimit));
    }

    private static string Words(string text) => WhitespaceRegex().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
